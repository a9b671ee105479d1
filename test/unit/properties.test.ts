import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyseRegions, findSpeakerMentions, parseTranscript, Span, Transcript } from './service';
import { firstWords } from '../../src/core/text/summary';
import { normalizeSpace } from '../../src/core/text/text';
import { linesOf } from './eol';

/** Pieces of real-looking transcript text, and pieces that try to break the parser. */
const LINES = [
  'Vladimir Putin: Good afternoon.',
  'President of\u00a0Russia Vladimir Putin: Colleagues,',
  'Head of\u00a0the\u00a0Donetsk People’s Republic Denis Pushilin: May I, Mr President?',
  'Denis Pushilin: Mr President, colleagues.',
  'Question: A question about the budget.',
  'Remark (retranslated): Thank you.',
  'M.Papchenkova: Good afternoon.',
  'A. Voronin: Thank you.',
  'President of\u00a0Turkey Recep Tayyip Erdogan (retranslated: Dear friends.',
  'Sergei Agafonov, Editor-in-Chief of\u00a0Ogonyok magazine: Mr President,',
  'chairman of\u00a0the\u00a0Board Nikolai Tokarev:',
  'Vladimir Putin:Yes.',
  'Regarding the social sphere, I would like to highlight one issue: support.',
  'Second: I did not.',
  'Font size:',
  'View settings',
  'Official website of the President of Russia',
  'September 28, 2023, The\u00a0Kremlin, Moscow',
  '14:10',
  '* * *',
  '(Applause.)',
  '[Inaudible]',
  'Владимир Путин: Добрый день.',
  'Вопрос: Что дальше?',
  'Emoji 🎉 label 👍: text 😀',
  '𝐁𝐨𝐥𝐝 𝐍𝐚𝐦𝐞: surrogate pairs',
  '',
  '   ',
  '\u00a0\u00a0',
  '\u200b',
  ':::::',
  '((((((((((',
  'A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A A:',
  'Mr Pushilin said: “Donbass never ceases to amaze me.”',
];

const lineArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...LINES).map((l) => l.repeat(200)) },
);
const eolArb = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\r');
const docArb = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(lineArb, eolArb), { maxLength: 60 }), fc.boolean())
  .map(([bom, parts, finalEol]) => (bom ? '\ufeff' : '') + parts.map(([l, e], i) => l + (i < parts.length - 1 || finalEol ? e : '')).join(''));

function textOf(lines: string[], s: Span): string {
  assert.strictEqual(s.start.line, s.end.line, 'a label span lies on one line');
  return lines[s.start.line].slice(s.start.character, s.end.character);
}

function within(outer: Span, inner: Span): boolean {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function checkInvariants(text: string, model: Transcript): void {
  const lines = linesOf(text);
  assert.strictEqual(model.lineCount, lines.length);
  let previousEnd = -1;
  for (const [i, t] of model.turns.entries()) {
    assert.strictEqual(t.index, i);
    assert.ok(t.span.start.line > previousEnd, 'turns are ordered and do not overlap');
    assert.ok(t.span.start.line <= t.span.end.line && t.span.end.line < lines.length, 'inside the text');
    previousEnd = t.span.end.line;
    assert.strictEqual(textOf(lines, t.labelSpan), t.label, 'the label span holds the label');
    assert.ok(within(t.labelSpan, t.nameSpan), 'the name is inside the label');
    if (t.roleSpan) assert.ok(within(t.labelSpan, t.roleSpan), 'the role is inside the label');
    assert.ok(t.speechStart.line === t.span.start.line && t.speechStart.character >= t.labelSpan.end.character);
    assert.ok(model.speakers.some((s) => s.key === t.speaker && s.turns.includes(i)));
  }
  const all = model.speakers.flatMap((s) => s.turns).sort((a, b) => a - b);
  assert.deepStrictEqual(all, model.turns.map((t) => t.index), 'speakers partition the turns');
  for (const p of model.paragraphs) assert.ok(p.line >= 0 && p.line < lines.length);
}

describe('property: the parser on generated documents', () => {
  it('never throws, and its turns are ordered, non-overlapping, inside the text, with labels where their spans say', () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const model = parseTranscript(text);
        // VS Code strips a BOM before the extension sees the text; the CLI does too. Positions are checked without it.
        checkInvariants(text.replace(/^\ufeff/, ''), text.startsWith('\ufeff') ? parseTranscript(text.slice(1)) : model);
      }),
      { numRuns: 600, seed: 42 },
    );
  });

  it('the region scanner returns ranges whose text is the mention', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom('Krasnoyarsk Territory', 'the Urals', 'Smolensk Region’s', 'Москва', 'Donetsk People’s Republic', 'Siberia'), (doc, place) => {
        const text = doc.replace(/\n/, `\n${place} and ${place.toUpperCase()}\n`);
        const lines = text.split('\n');
        for (const m of analyseRegions(text, parseTranscript(text)).mentions) {
          assert.strictEqual(m.span.start.line, m.span.end.line);
          assert.strictEqual(lines[m.span.start.line].slice(m.span.start.character, m.span.end.character), m.text);
        }
      }),
      { numRuns: 300, seed: 44 },
    );
  });

  it('mentions found in speech are inside the text and outside labels', () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const model = parseTranscript(text);
        const lines = linesOf(text);
        for (const m of findSpeakerMentions(text, model)) {
          assert.ok(m.span.start.line < lines.length);
          assert.ok(within(m.span, m.nameSpan));
        }
      }),
      { numRuns: 300, seed: 43 },
    );
  });
});

describe('property: firstWords reads only the start of a text', () => {
  /** What it must equal: the whole text with its spaces normalised, split, and cut. */
  const oracle = (text: string, words: number) => {
    const all = normalizeSpace(text).split(' ').filter(Boolean);
    const head = all.slice(0, words).join(' ');
    return all.length > words ? `${head}…` : head;
  };
  const spaced = fc.array(fc.oneof(fc.constantFrom(' ', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\t', '\n', '\r\n', 'word', 'Путин', '😀', '…'), fc.string({ maxLength: 4 })), { maxLength: 40 });
  it('equals normalising the whole text, for any text and word count', () => {
    fc.assert(
      fc.property(spaced, fc.integer({ min: 0, max: 12 }), (parts, words) => {
        const text = parts.join('');
        assert.strictEqual(firstWords(text, words), oracle(text, words));
      }),
      { numRuns: 2000, seed: 17 },
    );
  });
});
