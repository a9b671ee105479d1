/**
 * Bytes to text for files read outside an editor (the CLI, the workspace
 * index): UTF-8, or UTF-16 LE or BE with a byte-order mark; the mark is
 * dropped. Bytes that are not valid in the encoding become U+FFFD, as an
 * editor shows them; binary data (NUL characters, many control or invalid
 * characters) is refused. A CR alone becomes LF (see {@link normalizeLoneCR}).
 */
import { normalizeLoneCR } from './text';

/** The result of decoding: text, or the reason it is not text. */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** How many leading characters are inspected for signs of binary data. */
const SNIFF_CHARS = 8192;
/** Share of control characters (other than tab, line breaks and form feed) above which a text is binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of invalid sequences (U+FFFD) above which a text is not in the encoding read. */
const MAX_INVALID_SHARE = 0.25;

/** The encoding its byte-order mark names, and the mark's length; UTF-8 without a mark. */
function encodingOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

/** UTF-16 BE as LE, byte pairs swapped (TextDecoder's `utf-16be` needs full ICU, which not every Node has). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** Why the start of a decoded text shows it is not text, or undefined when it is text. */
function binaryReason(text: string, encoding: string): string | undefined {
  const n = Math.min(text.length, SNIFF_CHARS);
  let invalid = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'it is binary data, not text (it contains NUL bytes)';
    if (c === 0xfffd) invalid++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 127) control++;
  }
  if (control > n * MAX_CONTROL_SHARE) return 'it is binary data, not text (too many control characters)';
  if (invalid > n * MAX_INVALID_SHARE) return `it is not ${encoding.toUpperCase()} text (too many invalid byte sequences)`;
  return undefined;
}

/**
 * Decodes a file's bytes: UTF-8 (with or without a BOM), UTF-16 LE or BE with a BOM.
 * Invalid sequences become U+FFFD; data with NUL characters, or with many control
 * characters or invalid sequences, is refused as not text.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const { encoding, skip } = encodingOf(bytes);
  const body = bytes.subarray(skip);
  let text: string;
  try {
    text = encoding === 'utf-16be' ? new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapPairs(body)) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  } catch (e) {
    // A string longer than the engine allows (about 512 MB of text).
    return { ok: false, reason: `it cannot be read as text (${(e as Error).message})` };
  }
  const reason = binaryReason(text, encoding);
  return reason ? { ok: false, reason } : { ok: true, text: normalizeLoneCR(text) };
}
