/**
 * Issue 13: the document-level evidence is kept up to date edit by edit
 * (`incremental.ts` counts the candidates of the edited lines out and in), and
 * the model after an edit must equal a full parse of the new text. Property
 * tests on every document of test/fixtures/formats (WebVTT captions, briefings
 * with `Q` lines, timestamped podcasts among them) and a Kremlin page, with
 * edits that change the evidence: labels typed, colons deleted, label lines
 * duplicated, `X:` lines added, and a label's second occurrence added and
 * removed again (the first one becomes a turn, then is none again).
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync } from 'fs';
import * as path from 'path';
import { fuzzRuns } from './fuzz';
import { changeOf, readRepoFile, ROOT, safeOffset } from './helpers';
import { ModelCache, parseTranscript, testService, Transcript } from './service';
import { indexLines } from '../../src/core/text';

const FORMATS = 'test/fixtures/formats';
/** Every formats document, and a Kremlin page (title-case labels of the grammar, a one-off `Second:`). */
const FILES: readonly string[] = [
  ...(readdirSync(path.join(ROOT, FORMATS), { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(FORMATS, f)),
  'test/fixtures/corpus/dev/17173.txt',
];
const TEXTS = new Map<string, string>();
function textOf(file: string): string {
  let text = TEXTS.get(file);
  if (text === undefined) TEXTS.set(file, (text = readRepoFile(file)));
  return text;
}

/** One step of an edit: replace [from, to) by `insert`. */
interface Step {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Lines an editor may type or paste: labels of each style, and lines that are no labels. */
const LINES: readonly string[] = [
  'COOPER: Good evening.', 'Travis: Hello.', 'Project Manager: Okay.', 'Kelly  0:34  ', 'Ali [00:00:00] Today we talk.',
  'Q\u00a0\u00a0\u00a0 And on Russia?', '<v Travis> Hi.', 'Second: I did not.', 'Vladimir Putin: Thank you.', 'Question: Good afternoon.',
  'Wisconsin Debate: Clinton vs. Sanders', 'KAISCH: Well look.', '16:40', 'John 3:16 For God so loved', '(APPLAUSE)', '', 'Plain prose.',
  'SALINAS (through translator): Yes.', 'Break: [13:13]',
];
/** Pieces typed inside a line. */
const PIECES: readonly string[] = ['a', ' ', ':', '\n', '\n\n', '\u00a0', 'Q\u00a0\u00a0 ', '<v Ann>', ' 0:34', '[00:20]', '(', ')', 'X:', 'COOPER: '];

const editArb = fc.record({
  kind: fc.constantFrom(
    'insertChars', 'deleteChars', 'insertLine', 'deleteLine', 'typeLabel', 'deleteColon', 'duplicateLabelLine', 'addXLines',
    'secondOccurrence', 'secondOccurrenceOfFirstLine', 'labelAsFirstLine',
  ),
  // Uniform over the text (fast-check's doubles lean to the ends, where edits fall back to a full parse).
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  to: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  length: fc.nat(40),
  line: fc.constantFrom(...LINES),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })),
  turn: fc.nat(1000),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

/** Where line `l` starts, and where it ends with its line break. */
function lineBounds(text: string, l: number): { start: number; end: number; next: number } {
  const lines = indexLines(text);
  const line = Math.min(Math.max(0, l), lines.count - 1);
  return { start: lines.starts[line], end: lines.ends[line], next: line + 1 < lines.count ? lines.starts[line + 1] : text.length };
}

/** The line at a fraction of the text. */
function lineAt(text: string, fraction: number): number {
  return Math.floor(fraction * indexLines(text).count);
}

/** The label line's text up to and with its colon (or what ends its label), for the turn `n` (modulo the turns). */
function labelOf(text: string, model: Transcript, n: number): { line: number; head: string } | undefined {
  const t = model.turns[n % Math.max(1, model.turns.length)];
  if (!t) return undefined;
  const { start } = lineBounds(text, t.span.start.line);
  return { line: t.span.start.line, head: text.slice(start, start + t.speechStart.character) };
}

/** A label the document has once (its verdict says so), if any: its second occurrence changes the counts, and the decision where it was refused. */
function onceLabel(text: string, n: number): string | undefined {
  const refused = testService.explain(text).filter((v) => /^once|^one word/.test(v.reason) && v.label !== '');
  return refused.length > 0 ? refused[n % refused.length].label : undefined;
}

/** The steps of an edit of `text` (each applied as one document version), or none when it does not apply. */
function stepsOf(text: string, model: Transcript, e: Edit): Step[] {
  const at = safeOffset(text, Math.floor(e.at * text.length));
  const lineStart = lineBounds(text, lineAt(text, e.at)).start;
  const otherStart = lineBounds(text, lineAt(text, e.to)).start;
  switch (e.kind) {
    case 'insertChars':
      return [{ from: at, to: at, insert: e.piece }];
    case 'deleteChars':
      return [{ from: at, to: safeOffset(text, Math.min(text.length, at + e.length)), insert: '' }];
    case 'insertLine':
      return [{ from: lineStart, to: lineStart, insert: `${e.line}\n` }];
    case 'deleteLine': {
      const b = lineBounds(text, lineAt(text, e.at));
      return [{ from: b.start, to: b.next, insert: '' }];
    }
    case 'typeLabel': {
      // The label's start pasted, then its end typed one character at a time: `COOP`, `COOPE`, `COOPER`, `COOPER:`, `COOPER: `.
      const typed = labelOf(text, model, e.turn)?.head ?? 'COOPER: ';
      const cut = Math.max(0, typed.length - 4);
      return [{ from: lineStart, to: lineStart, insert: typed.slice(0, cut) }, ...[...typed.slice(cut)].map((ch, i) => ({ from: lineStart + cut + i, to: lineStart + cut + i, insert: ch }))];
    }
    case 'deleteColon': {
      const label = labelOf(text, model, e.turn);
      if (!label) return [];
      const { start } = lineBounds(text, label.line);
      const colon = label.head.lastIndexOf(':');
      return colon < 0 ? [] : [{ from: start + colon, to: start + colon + 1, insert: '' }];
    }
    case 'duplicateLabelLine': {
      const label = labelOf(text, model, e.turn);
      if (!label) return [];
      const b = lineBounds(text, label.line);
      return [{ from: otherStart, to: otherStart, insert: `${text.slice(b.start, b.end)}\n` }];
    }
    case 'addXLines':
      return [{ from: lineStart, to: lineStart, insert: ['X:', 'X:', ''].join('\n') }];
    case 'labelAsFirstLine': {
      // A turn's label line copied to the top (the header: a full parse), then the turn's own line deleted (an edit in the body).
      const label = labelOf(text, model, e.turn);
      if (!label) return [];
      const b = lineBounds(text, label.line);
      const copy = `${text.slice(b.start, b.end)}\n`;
      return [{ from: 0, to: 0, insert: copy }, { from: b.start + copy.length, to: b.next + copy.length, insert: '' }];
    }
    default: {
      // The second occurrence of a label, then its removal: the first crosses the threshold and back.
      const label = e.kind === 'secondOccurrence' ? onceLabel(text, e.turn) : firstLineLabel(text);
      if (label === undefined) return [];
      const line = `${label}: Thank you.\n`;
      return [{ from: lineStart, to: lineStart, insert: line }, { from: lineStart, to: lineStart + line.length, insert: '' }];
    }
  }
}

/** The label of the first line (a title, or a turn), when it has a colon near its start. */
function firstLineLabel(text: string): string | undefined {
  const first = text.slice(0, lineBounds(text, 0).end);
  const colon = first.indexOf(':');
  return colon > 0 && colon < 60 ? first.slice(0, colon) : undefined;
}

/** What the runs saw: edit steps applied by kind, and those that fell back to a full parse. */
interface Tally {
  readonly steps: Map<string, number>;
  full: number;
}

function tally(): Tally {
  return { steps: new Map(), full: 0 };
}

function stepCount(t: Tally): number {
  return [...t.steps.values()].reduce((a, b) => a + b, 0);
}

/**
 * Applies the edits to `file` through a model cache (the editor's path: `update` with the
 * change, the whole text asked for only when the change cannot be applied), checking after each
 * step that the model equals a full parse of the new text.
 */
function runEdits(file: string, edits: readonly Edit[], seen: Tally): void {
  const cache = new ModelCache();
  const uri = { toString: () => `file:///${file}` };
  let text = textOf(file);
  let version = 1;
  let model = cache.get({ uri, version, getText: () => text });
  for (const e of edits) {
    for (const s of stepsOf(text, model, e)) {
      const change = changeOf(text, s.from, s.to, s.insert);
      const next = text.slice(0, s.from) + s.insert + text.slice(s.to);
      text = next;
      version++;
      const updated = cache.update({ uri, version, getText: () => (seen.full++, next) }, [change]);
      assert.ok(updated, 'the cache holds the previous version');
      model = updated;
      seen.steps.set(e.kind, (seen.steps.get(e.kind) ?? 0) + 1);
      // The whole model: header, turns, speakers, paragraphs, label style.
      assert.deepStrictEqual(model, parseTranscript(next), `${file}: the model after ${e.kind} ${JSON.stringify(s)}`);
    }
  }
}

describe('evidence kept up to date edit by edit (property test: incremental equals a full parse)', function () {
  this.timeout(300_000);

  it('property: random edits of every formats document and a Kremlin page give the model of a full parse', () => {
    const seen = tally();
    fc.assert(
      fc.property(fc.nat(FILES.length - 1), fc.array(editArb, { minLength: 1, maxLength: 6 }), (file, edits) => runEdits(FILES[file], edits, seen)),
      fuzzRuns(200, 1313),
    );
    // Not vacuous: most steps are applied incrementally, and label lines met their second occurrence.
    assert.ok(seen.full < stepCount(seen) * 0.4, `${seen.full} full parses of ${stepCount(seen)} steps`);
    assert.ok((seen.steps.get('secondOccurrence') ?? 0) > 5, `${seen.steps.get('secondOccurrence')} second occurrences`);
  });

  it('property: every document once, with edits that change the evidence', () => {
    const seen = tally();
    const evidenceEdit = editArb.filter((e) => !['insertChars', 'deleteChars', 'insertLine', 'deleteLine'].includes(e.kind));
    for (const [i, file] of FILES.entries()) {
      fc.assert(fc.property(fc.array(evidenceEdit, { minLength: 1, maxLength: 4 }), (edits) => runEdits(file, edits, seen)), fuzzRuns(4, 2000 + i));
    }
    assert.ok(seen.full < stepCount(seen) * 0.4, `${seen.full} full parses of ${stepCount(seen)} steps`);
  });
});

describe('evidence kept up to date: thresholds crossed by one edit', () => {
  /** Applies the steps in turn through a cache; the turn lines after each, checked against a full parse. */
  function turnLinesAfter(text: string, steps: readonly Step[]): { lines: number[][]; full: number } {
    const cache = new ModelCache();
    const uri = { toString: () => 'file:///threshold' };
    let current = text;
    let full = 0;
    const out = [cache.get({ uri, version: 1, getText: () => current }).turns.map((t) => t.span.start.line)];
    steps.forEach((s, i) => {
      const change = changeOf(current, s.from, s.to, s.insert);
      const next = current.slice(0, s.from) + s.insert + current.slice(s.to);
      current = next;
      const model = cache.update({ uri, version: i + 2, getText: () => (full++, next) }, [change]) as Transcript;
      assert.deepStrictEqual(model, parseTranscript(next), `after step ${i + 1}`);
      out.push(model.turns.map((t) => t.span.start.line));
    });
    return { lines: out, full };
  }

  // A Kremlin page's header (test/fixtures/corpus/dev/17173.txt) and a body of prose around the edits.
  const prose = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the answer, about the budget.`);
  const body = ['News conference of Vladimir Putin', '', 'December 20, 2012', '', 'Vladimir Putin: Good afternoon.', ...prose.slice(0, 4),
    'Sobyanin: we discussed it.', ...prose.slice(4, 8), 'Dmitry Peskov: Colleagues.', 'Question: Thank you.', ...prose.slice(8), 'Vladimir Putin: Thank you.', 'The end.'];
  const text = body.join('\n') + '\n';
  const offsetOfLine = (t: string, l: number) => indexLines(t).starts[l];

  it('a one-word label\'s second occurrence makes the first a turn; deleting it makes it none again', () => {
    const at = offsetOfLine(text, 15);
    const line = 'Sobyanin: yes.\n';
    const r = turnLinesAfter(text, [{ from: at, to: at, insert: line }, { from: at, to: at + line.length, insert: '' }]);
    assert.deepStrictEqual(r.lines, [[4, 14, 15, 20], [4, 9, 14, 15, 16, 21], [4, 14, 15, 20]]);
    assert.strictEqual(r.full, 0, 'both applied incrementally');
  });

  it('typing the colon of a second occurrence, then deleting it', () => {
    const at = offsetOfLine(text, 15);
    const r = turnLinesAfter(text, [{ from: at, to: at, insert: 'Sobyanin yes.\n' }, { from: at + 8, to: at + 8, insert: ':' }, { from: at + 8, to: at + 9, insert: '' }]);
    assert.deepStrictEqual(r.lines, [[4, 14, 15, 20], [4, 14, 16, 21], [4, 9, 14, 15, 16, 21], [4, 14, 16, 21]]);
    assert.strictEqual(r.full, 0);
  });

  it('a third timestamp header makes the first two turns; deleting it makes them none again', () => {
    const stamps = ['Episode 62: Security', '', 'January 5, 2021', '', 'Kelly  0:34  ', 'Welcome to the ladybug podcast.', ...prose.slice(0, 4),
      'Emma  0:37  ', 'And I am Emma.', ...prose.slice(4), 'The end.'].join('\n') + '\n';
    const at = offsetOfLine(stamps, 12);
    const line = 'Kelly  1:29  \n';
    const r = turnLinesAfter(stamps, [{ from: at, to: at, insert: line }, { from: at, to: at + line.length, insert: '' }]);
    assert.deepStrictEqual(r.lines, [[], [4, 10, 12], []]);
    assert.strictEqual(r.full, 0);
  });

  it('the first line\'s label recurring far below makes the first line a turn, not the title; deleting it, the title again', () => {
    // test/fixtures/formats/debates/dem-2016-01-17-nbc.txt opens with HOLT's turn.
    const debate = ['HOLT: Good evening and welcome to the debate.', '', 'CLINTON: Well, good evening.', 'SANDERS: Thank you.', ...prose, 'CLINTON: Yes.', 'SANDERS: No.', 'The end.'].join('\n') + '\n';
    const at = offsetOfLine(debate, 14);
    const line = 'HOLT: Senator Sanders.\n';
    const r = turnLinesAfter(debate, [{ from: at, to: at, insert: line }, { from: at, to: at + line.length, insert: '' }]);
    assert.deepStrictEqual(r.lines, [[2, 3, 16, 17], [0, 2, 3, 14, 17, 18], [2, 3, 16, 17]]);
  });
});
