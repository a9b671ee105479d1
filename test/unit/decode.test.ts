import * as assert from 'assert';
import { decodeText } from './service';

/** A short transcript, written out: what every text encoding below must decode to. */
const TEXT = 'Meeting on healthcare\n\nVladimir Putin: Good afternoon, colleagues.\nMikhail Murashko: Thank you, Mr President.\n';

/** UTF-16 LE bytes of a string, code unit by code unit (lone surrogates kept, as a broken file has them). */
function utf16le(s: string): Buffer {
  const out = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) out.writeUInt16LE(s.charCodeAt(i), i * 2);
  return out;
}

function swapped(b: Buffer): Buffer {
  return Buffer.from(b).swap16();
}

const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);
const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
/** Windows-1252 quotes, a dash and an ellipsis, invalid in UTF-8: six in a short file (9% of its characters). */
const CP1252 = Buffer.concat([
  Buffer.from('Vladimir Putin: '), Buffer.from([0x93]), Buffer.from('Good afternoon'), Buffer.from([0x94]), Buffer.from(' '), Buffer.from([0x96]),
  Buffer.from(' so'), Buffer.from([0x85]), Buffer.from('\nMikhail Murashko: '), Buffer.from([0x93]), Buffer.from('Yes.'), Buffer.from([0x94]), Buffer.from('\n'),
]);

describe('decodeText: the bytes of a file to text, or a reason', () => {
  const texts: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(TEXT), TEXT],
    ['UTF-8 with a BOM (the BOM dropped)', Buffer.concat([BOM_UTF8, Buffer.from(TEXT)]), TEXT],
    ['UTF-16 LE with a BOM', Buffer.concat([BOM_LE, utf16le(TEXT)]), TEXT],
    ['UTF-16 BE with a BOM', Buffer.concat([BOM_BE, swapped(utf16le(TEXT))]), TEXT],
    ['UTF-16 LE, Cyrillic and an emoji', Buffer.concat([BOM_LE, utf16le('Владимир Путин: Добрый день 😀\n')]), 'Владимир Путин: Добрый день 😀\n'],
    ['CR LF kept', Buffer.from(TEXT.replace(/\n/g, '\r\n')), TEXT.replace(/\n/g, '\r\n')],
    ['a CR alone becomes LF (same offsets)', Buffer.from(TEXT.replace(/\n/g, '\r')), TEXT],
    ['CR alone, CR LF and LF mixed', Buffer.from('a\rb\r\nc\nd\r'), 'a\nb\r\nc\nd\n'],
    ['NBSP in a label kept', Buffer.from('Head of\u00a0the\u00a0Republic Denis Pushilin: Yes.\n'), 'Head of\u00a0the\u00a0Republic Denis Pushilin: Yes.\n'],
    ['UTF-16 LE with two lone surrogates: U+FFFD', Buffer.concat([BOM_LE, utf16le(`Vladimir Putin: Good \ud800afternoon.\nMikhail Murashko: Thank \udc00you.\n`)]), 'Vladimir Putin: Good \ufffdafternoon.\nMikhail Murashko: Thank \ufffdyou.\n'],
    ['UTF-16 BE with a lone surrogate: U+FFFD', Buffer.concat([BOM_BE, swapped(utf16le('Vladimir Putin: \udbffYes.\n'))]), 'Vladimir Putin: \ufffdYes.\n'],
    ['a few invalid UTF-8 bytes in a short file: U+FFFD', CP1252, 'Vladimir Putin: \ufffdGood afternoon\ufffd \ufffd so\ufffd\nMikhail Murashko: \ufffdYes.\ufffd\n'],
    ['an empty file', Buffer.alloc(0), ''],
    ['a BOM alone', BOM_LE, ''],
  ];
  for (const [name, bytes, expected] of texts) {
    it(`decodes ${name}`, () => {
      assert.deepStrictEqual(decodeText(bytes), { ok: true, text: expected });
    });
  }

  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
  const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x9c, 0x5a, 0x57]);
  /** Bytes without NUL that are no text: control characters and invalid sequences. */
  const NOISE = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 151 + 7) % 256).filter((b) => b !== 0));
  const refused: [string, Uint8Array, RegExp][] = [
    ['a PNG header', PNG, /binary data.*NUL/],
    ['a zip header', ZIP, /binary data.*NUL/],
    ['NUL bytes', Buffer.alloc(4096), /binary data.*NUL/],
    ['UTF-16 LE NUL characters', Buffer.concat([BOM_LE, Buffer.alloc(4096)]), /binary data.*NUL/],
    ['text followed by NUL bytes', Buffer.concat([Buffer.from(TEXT), Buffer.alloc(16)]), /binary data.*NUL/],
    ['bytes without NUL that are no text', NOISE, /binary data.*control characters/],
    ['Windows-1251 Cyrillic (almost every byte invalid UTF-8)', Buffer.from(Array.from({ length: 200 }, (_, i) => 0xc0 + (i % 32))), /not UTF-8 text.*invalid/],
  ];
  for (const [name, bytes, reason] of refused) {
    it(`refuses ${name}`, () => {
      const r = decodeText(bytes);
      assert.strictEqual(r.ok, false);
      if (!r.ok) assert.match(r.reason, reason);
    });
  }
});
