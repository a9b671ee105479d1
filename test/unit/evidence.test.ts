import * as assert from 'assert';
import { readdirSync } from 'fs';
import * as path from 'path';
import { CandidateShape, dominantStyle, EvidenceBuilder, EvidenceCounts, judge, NO_EVIDENCE, outOfStyle } from '../../src/core/parse/evidence';
import type { LabelMatch } from '../../src/core/parse/match';
import { readRepoFile, ROOT } from './helpers';
import { testParser, testService, Transcript } from './service';

/**
 * Issue 13: whether a candidate line opens a turn is decided by the document
 * (`evidence.ts`): a label that recurs, or that has the style of the
 * document's other labels, is one; a one-off that does not fit is none. Small
 * documents made of real lines (the file in a comment) show each rule, with a
 * control that differs only in what the rule reads; then real documents.
 */

/** The turns of a model as `line label`. */
function turnsOf(model: Transcript): string[] {
  return model.turns.map((t) => `${t.span.start.line} ${t.label}`);
}

/** A Kremlin page's header (test/fixtures/corpus/dev/17173.txt), so that the lines after it are body lines from line 4. */
const HEADER = ['News conference of Vladimir Putin', '', 'December 20, 2012', ''];

interface DocCase {
  readonly name: string;
  readonly lines: readonly string[];
  /** The turns, `line label`. */
  readonly turns: readonly string[];
  /** The title of the header; absent: no title. */
  readonly title?: string;
}

// Debate lines: test/fixtures/formats/debates/dem-2016-01-17-nbc.txt and rep-2016-03-10-cnn.txt.
const HOLT = 'HOLT: Good evening and welcome to the NBC News Youtube Democratic candidate’s debate.';
const CLINTON = 'CLINTON: Well, good evening.';
const SANDERS = 'SANDERS: Well, thank you.';
// Kremlin lines: test/fixtures/corpus/dev/17173.txt.
const PUTIN = 'Vladimir Putin: Thank you.';
const PESKOV = 'Dmitry Peskov: Colleagues, let us begin.';
const QUESTION = 'Question: Good afternoon, Mr President.';
// Otter.ai headers: test/fixtures/formats/timestamped/ladybug-62-security.txt.
const STAMPS = ['Kelly  0:34  ', 'Welcome to the ladybug podcast.', 'Emma  0:37  ', 'And I\'m Emma.', 'Kelly  1:29  ', 'What do cats drinking wine have in common?'];
/** Capital labels of a debate (test/fixtures/formats/debates/rep-2016-03-10-cnn.txt), `n` of them. */
function capsLabels(n: number): string[] {
  const speakers = ['BLITZER', 'KASICH', 'TRUMP', 'RUBIO', 'CRUZ'];
  return Array.from({ length: n }, (_, i) => `${speakers[i % speakers.length]}: Thank you.`);
}

const CASES: readonly DocCase[] = [
  // A one-word label is a turn when it recurs.
  { name: 'a one-word label that recurs, another label between', lines: [...HEADER, 'COOPER: Good evening.', 'Bernie Sanders: Thank you, Anderson.', 'COOPER: Senator, your first question.'],
    turns: ['4 COOPER', '5 Bernie Sanders', '6 COOPER'], title: HEADER[0] },
  { name: 'control: the same label once', lines: [...HEADER, 'COOPER: Good evening.', 'Bernie Sanders: Thank you, Anderson.', 'Anderson Cooper: Senator.'],
    turns: ['5 Bernie Sanders', '6 Anderson Cooper'], title: HEADER[0] },
  // A one-word title-case label once in a Kremlin page (title style): no turn; twice, it is one.
  { name: 'a one-off one-word label in a Kremlin page', lines: [...HEADER, PUTIN, PESKOV, 'Sobyanin: we discussed it.', QUESTION, PUTIN],
    turns: ['4 Vladimir Putin', '5 Dmitry Peskov', '7 Question', '8 Vladimir Putin'], title: HEADER[0] },
  { name: 'control: the one-word label twice', lines: [...HEADER, PUTIN, PESKOV, 'Sobyanin: we discussed it.', QUESTION, 'Sobyanin: yes.', PUTIN],
    turns: ['4 Vladimir Putin', '5 Dmitry Peskov', '6 Sobyanin', '7 Question', '8 Sobyanin', '9 Vladimir Putin'], title: HEADER[0] },
  // A one-off capital label in a document of capital labels (the typo KAISCH for KASICH): a turn.
  { name: 'a one-off capital label among capital labels', lines: [...HEADER, ...capsLabels(4), 'KAISCH: Well look, I believe in immigration.', 'BLITZER: Thank you.'],
    turns: ['4 BLITZER', '5 KASICH', '6 TRUMP', '7 RUBIO', '8 KAISCH', '9 BLITZER'], title: HEADER[0] },
  { name: 'control: a one-off capital label among title-case labels', lines: [...HEADER, PUTIN, PESKOV, PUTIN, 'KAISCH: Well look, I believe in immigration.', PESKOV],
    turns: ['4 Vladimir Putin', '5 Dmitry Peskov', '6 Vladimir Putin', '8 Dmitry Peskov'], title: HEADER[0] },
  // A one-off label with a comma, or a lower-case word, is no turn even in the document's style.
  { name: 'a one-off capital label with a comma', lines: [...HEADER, ...capsLabels(4), 'SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE: Well, I’ve known', 'BLITZER: Thank you.'],
    turns: ['4 BLITZER', '5 KASICH', '6 TRUMP', '7 RUBIO', '9 BLITZER'], title: HEADER[0] },
  // Page chrome with the grammar's shape in a document whose labels are all capitals (dem-2016-02-11-pbs.txt:37).
  { name: 'title-case chrome among ten capital labels', lines: [...HEADER, ...capsLabels(10), 'Wisconsin Debate: Clinton vs. Sanders', 'BLITZER: Thank you.'],
    turns: [...capsLabels(10).map((l, i) => `${4 + i} ${l.slice(0, l.indexOf(':'))}`), '15 BLITZER'], title: HEADER[0] },
  { name: 'control: the same chrome among nine capital labels (too few to say the style is capitals only)', lines: [...HEADER, ...capsLabels(8), 'Wisconsin Debate: Clinton vs. Sanders', 'BLITZER: Thank you.'],
    turns: [...capsLabels(8).map((l, i) => `${4 + i} ${l.slice(0, l.indexOf(':'))}`), '12 Wisconsin Debate', '13 BLITZER'], title: HEADER[0] },
  // A label alone on its line needs speech after it: `X:` lines repeated are no dialogue.
  { name: 'a label alone on its line repeated', lines: [...HEADER, 'X:', 'X:', '', 'X:', 'X:'], turns: [], title: HEADER[0] },
  { name: 'labels alone on their lines, each followed by speech', lines: [...HEADER, 'COOPER:', 'Good evening.', '', 'SANDERS:', 'Thank you.', 'COOPER:', 'Senator.'],
    turns: ['4 COOPER', '7 SANDERS', '9 COOPER'], title: HEADER[0] },
  { name: 'a label alone, then a label of the grammar', lines: [...HEADER, 'COOPER:', PUTIN, 'COOPER: Good evening.', PUTIN], turns: ['5 Vladimir Putin', '6 COOPER', '7 Vladimir Putin'], title: HEADER[0] },
  { name: 'a recurring label alone at the end of the text', lines: [...HEADER, 'COOPER: Good evening.', 'SANDERS: Thank you.', 'COOPER:'], turns: ['4 COOPER', '5 SANDERS'], title: HEADER[0] },
  // Timestamp headers: three lines or more, of two speakers or more.
  // The first header right after the date line is no place line of the header (`Kelly  0:34` holds a time).
  { name: 'timestamp headers: three lines, two speakers', lines: [...HEADER, ...STAMPS], turns: ['4 Kelly', '6 Emma', '8 Kelly'], title: HEADER[0] },
  { name: 'control: two timestamp lines', lines: [...HEADER, ...STAMPS.slice(0, 4)], turns: [], title: HEADER[0] },
  { name: 'control: three timestamp lines of one speaker', lines: [...HEADER, ...STAMPS.slice(0, 2), ...STAMPS.slice(4), 'Kelly  2:10  ', 'Welcome back.'], turns: [], title: HEADER[0] },
  { name: 'a timestamp header alone at the end of a cut transcript', lines: [...HEADER, ...STAMPS, 'Emma  1:40  '], turns: ['4 Kelly', '6 Emma', '8 Kelly', '10 Emma'], title: HEADER[0] },
  // A first line with a label that recurs is a turn, not the title; a Kremlin title stays a title.
  { name: 'a debate whose first line is a recurring label', lines: [HOLT, '', CLINTON, 'HOLT: Senator Sanders.', SANDERS], turns: ['0 HOLT', '2 CLINTON', '3 HOLT', '4 SANDERS'] },
  { name: 'control: the first line\'s label once', lines: [HOLT, '', CLINTON, SANDERS, 'CLINTON: Thank you.'], turns: ['2 CLINTON', '3 SANDERS', '4 CLINTON'], title: HOLT },
  { name: 'a first label alone on its line, then speech', lines: ['HOLT:', 'Good evening.', 'CLINTON: Thank you.', 'HOLT: Senator Sanders.', SANDERS], turns: ['0 HOLT', '2 CLINTON', '3 HOLT', '4 SANDERS'] },
  { name: 'control: a first label alone on its line, then another label', lines: ['HOLT:', 'CLINTON: Thank you.', 'HOLT: Senator Sanders.', SANDERS], turns: ['1 CLINTON', '2 HOLT', '3 SANDERS'], title: 'HOLT:' },
];

describe('document-level evidence: whether a candidate line opens a turn', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const text = c.lines.join('\n') + '\n';
      const model = testService.parse(text);
      assert.deepStrictEqual(turnsOf(model), c.turns);
      assert.strictEqual(model.header.title?.value, c.title);
    });
  }

  it('real pages: KAISCH once among capital labels is a turn; the chrome in a capital debate is none; Second: in a Kremlin page is none', () => {
    const rows: readonly (readonly [string, number, string | undefined, RegExp])[] = [
      ['test/fixtures/formats/debates/rep-2016-03-10-cnn.txt', 173, 'KAISCH', /^once, in the style of the document's \d+ caps labels$/],
      ['test/fixtures/formats/debates/dem-2016-02-11-pbs.txt', 37, undefined, /^the grammar's, but the document's labels are all in capitals$/],
      ['test/fixtures/corpus/dev/17173.txt', 165, undefined, /^"Second" is a word of prose$/],
    ];
    for (const [file, line1, label, reason] of rows) {
      const text = readRepoFile(file);
      const line = line1 - 1;
      const turn = testService.parse(text).turns.find((t) => t.span.start.line === line);
      assert.strictEqual(turn?.label, label, `${file}:${line1}`);
      const verdict = testService.explain(text).find((v) => v.line === line);
      assert.match(verdict?.reason ?? '', reason, `${file}:${line1}`);
    }
  });

  it('a real debate whose first line is HOLT: has HOLT\'s turn on line 0 and no title; a Kremlin page keeps its title', () => {
    const debate = testService.parse(readRepoFile('test/fixtures/formats/debates/dem-2016-01-17-nbc.txt'));
    assert.deepStrictEqual([debate.header.title, debate.bodyStart, debate.turns[0].span.start.line, debate.turns[0].label], [undefined, 0, 0, 'HOLT']);
    const page = testService.parse(readRepoFile('test/fixtures/corpus/dev/17173.txt'));
    assert.strictEqual(page.header.title?.value, 'News conference of Vladimir Putin');
    assert.ok(page.turns.every((t) => t.span.start.line > page.header.title!.span.start.line));
  });
});

/** Every .txt under a folder of the fixtures, recursively, as paths from the repository root. */
function fixtureTexts(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(folder, f));
}

describe('--explain agrees with the model', function () {
  this.timeout(60_000);
  const files = [...fixtureTexts('test/fixtures/formats'), ...fixtureTexts('test/fixtures/kremlin'), ...fixtureTexts('test/fixtures/corpus/dev'), ...fixtureTexts('seeds')];

  /** The lines where the verdicts and the model disagree, or a verdict has no reason. */
  function disagreements(text: string): string[] {
    const turns = new Set(testService.parse(text).turns.map((t) => t.span.start.line));
    const verdicts = testService.explain(text);
    const out: string[] = [];
    for (const v of verdicts) {
      if (v.reason.trim() === '') out.push(`${v.line}: no reason`);
      if (v.accepted !== turns.has(v.line)) out.push(`${v.line} ${v.label}: ${v.accepted ? 'accepted, no turn' : 'refused, a turn'} (${v.reason})`);
    }
    const judged = new Set(verdicts.map((v) => v.line));
    for (const line of turns) if (!judged.has(line)) out.push(`${line}: a turn without a verdict`);
    // Sorted by line, one verdict a line.
    if (verdicts.some((v, i) => i > 0 && verdicts[i - 1].line >= v.line)) out.push('verdicts not sorted by line');
    return out;
  }

  it(`on every fixture (${files.length} files): each verdict has a reason, and a verdict is accepted exactly where a turn starts`, () => {
    let verdicts = 0;
    for (const file of files) {
      const text = readRepoFile(file);
      assert.deepStrictEqual(disagreements(text), [], file);
      verdicts += testService.explain(text).length;
    }
    assert.ok(verdicts > 5000, `${verdicts} verdicts`);
  });

  it('on the documents above, with the reasons of the rules', () => {
    for (const c of CASES) assert.deepStrictEqual(disagreements(c.lines.join('\n') + '\n'), [], c.name);
    const reasons = (lines: readonly string[]) => testService.explain(lines.join('\n') + '\n').map((v) => `${v.line} ${v.accepted ? 'yes' : 'no'} ${v.reason}`);
    assert.deepStrictEqual(reasons(CASES[2].lines), [
      '4 yes a name or role of the label grammar', '5 yes a name or role of the label grammar', '6 no once, one word',
      '7 yes a name or role of the label grammar', '8 yes a name or role of the label grammar',
    ]);
    assert.deepStrictEqual(reasons(CASES[9].lines), ['4 no alone on its line, and no speech follows', '5 no alone on its line, and no speech follows', '7 no alone on its line, and no speech follows', '8 no alone on its line, and no speech follows']);
    assert.deepStrictEqual(reasons(CASES[15].lines), ['4 no too few timestamp headers (3 lines, 1 speakers)', '6 no too few timestamp headers (3 lines, 1 speakers)', '8 no too few timestamp headers (3 lines, 1 speakers)']);
  });
});

// ---------------------------------------------------------------------------
// The decision as a function of a candidate and the counts.

/** A candidate's shape with the fields the decision reads. */
function shape(kind: CandidateShape['kind'], label: string, fields: Partial<CandidateShape> = {}): CandidateShape {
  const match = { label, labelEnd: label.length, colon: label.length, nameStart: 0, nameEnd: label.length, generic: false, endsInName: true };
  return { kind, key: `${kind}\u0000${label.toLowerCase()}`, style: 'caps', words: 1, remark: false, lowerWords: false, comma: false, match, ...fields };
}

/** Counts: how often each shape's key occurs, and the labels of each style. */
function counts(forms: readonly (readonly [CandidateShape, number])[], styles: readonly [number, number, number], stamps?: { lines: number; keys: number }): EvidenceCounts {
  return { ...NO_EVIDENCE, forms: new Map(forms.map(([s, n]) => [s.key, n])), styles, stampLines: stamps?.lines ?? 0, stampKeys: stamps?.keys ?? 0 };
}

describe('judge: a candidate and the counts', () => {
  const cooper = shape('colon', 'COOPER');
  const travis = shape('colon', 'Travis', { style: 'title' });
  const manager = shape('colon', 'Project Manager', { style: 'title', words: 2 });
  const offscreen = shape('colon', 'Announcer offscreen', { style: 'title', words: 2, lowerWords: true });
  const senator = shape('colon', 'SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE', { words: 6, comma: true });
  const salinas = shape('colon', 'SALINAS (through translator)', { remark: true });
  const rows: readonly (readonly [string, CandidateShape, EvidenceCounts, boolean, string])[] = [
    ['a capital label twice', cooper, counts([[cooper, 2]], [2, 0, 0]), true, 'recurs as a line opener (2 times)'],
    ['a capital label once, no style yet', cooper, counts([[cooper, 1]], [2, 0, 0]), false, 'once, and not in the style of the document\'s labels (caps, 2)'],
    ['a capital label once, three capital labels', cooper, counts([[cooper, 1]], [3, 0, 0]), true, 'once, in the style of the document\'s 3 caps labels'],
    ['a capital label once among title-case labels', cooper, counts([[cooper, 1]], [1, 3, 0]), false, 'once, and not in the style of the document\'s labels (title, 3)'],
    ['one title-case word twice in a capital document', travis, counts([[travis, 2]], [5, 2, 0]), false, 'one word, recurs 2 times, but the document\'s labels are caps'],
    ['one title-case word twice among title-case labels', travis, counts([[travis, 2]], [0, 3, 0]), true, 'recurs as a line opener (2 times)'],
    ['one title-case word once among title-case labels', travis, counts([[travis, 1]], [0, 3, 0]), false, 'once, one word'],
    ['two title-case words twice, no style', manager, counts([[manager, 2]], [0, 2, 0]), true, 'recurs as a line opener (2 times)'],
    ['two title-case words once in style', manager, counts([[manager, 1]], [0, 3, 0]), true, 'once, in the style of the document\'s 3 title labels'],
    ['a lower-case word once', offscreen, counts([[offscreen, 1]], [0, 9, 0]), false, 'once, with a lower-case word'],
    ['a comma once', senator, counts([[senator, 1]], [9, 0, 0]), false, 'once, with a comma'],
    ['a comma twice', senator, counts([[senator, 2]], [9, 0, 0]), true, 'recurs as a line opener (2 times)'],
    ['one word with a remark once, in style', { ...salinas, style: 'title' }, counts([[salinas, 1]], [0, 3, 0]), true, 'once, in the style of the document\'s 3 title labels'],
    ['a question mark', shape('question', 'Q'), NO_EVIDENCE, true, 'a question mark followed by wide space'],
    ['a voice span', shape('voice', 'Travis'), NO_EVIDENCE, true, 'a WebVTT voice span'],
    ['stamps: 3 lines, 2 speakers', shape('stamp', 'Kelly'), counts([], [0, 3, 0], { lines: 3, keys: 2 }), true, 'timestamp headers: 3 lines, 2 speakers'],
    ['stamps: 2 lines, 2 speakers', shape('stamp', 'Kelly'), counts([], [0, 2, 0], { lines: 2, keys: 2 }), false, 'too few timestamp headers (2 lines, 2 speakers)'],
    ['stamps: 5 lines, 1 speaker', shape('stamp', 'Kelly'), counts([], [0, 5, 0], { lines: 5, keys: 1 }), false, 'too few timestamp headers (5 lines, 1 speakers)'],
  ];
  for (const [what, c, e, accepted, reason] of rows) {
    it(what, () => assert.deepStrictEqual(judge(c, e), { accepted, reason }));
  }

  it('the dominant style: the most labels, capitals first on a tie, then title case', () => {
    const rows: readonly (readonly [readonly [number, number, number], string])[] = [
      [[0, 0, 0], 'caps 0'], [[2, 2, 2], 'caps 2'], [[1, 2, 2], 'title 2'], [[1, 2, 3], 'uncased 3'], [[4, 1, 0], 'caps 4'],
    ];
    for (const [styles, expected] of rows) {
      const d = dominantStyle(counts([], styles));
      assert.strictEqual(`${d.style} ${d.count}`, expected, styles.join(','));
    }
  });

  it('outOfStyle: a title-case label of the grammar, where ten capital labels or more are nine in ten of all', () => {
    const chrome = { line: 0, label: 'Wisconsin Debate', labelEnd: 16, colon: 16, nameStart: 0, nameEnd: 16, generic: false, endsInName: true, style: 'title' } as LabelMatch;
    const rows: readonly (readonly [readonly [number, number, number], boolean])[] = [
      [[10, 1, 0], true], [[9, 1, 0], false], [[18, 2, 0], true], [[17, 2, 0], false], [[10, 0, 1], true], [[100, 12, 0], false],
    ];
    for (const [styles, out] of rows) assert.strictEqual(outOfStyle(chrome, counts([], styles)), out, styles.join(','));
    assert.strictEqual(outOfStyle({ ...chrome, generic: true }, counts([], [10, 1, 0])), false, 'a generic label (Question:) fits any document');
    assert.strictEqual(outOfStyle({ ...chrome, style: 'caps' }, counts([], [10, 1, 0])), false);
  });
});

describe('EvidenceBuilder: counts kept up to date by adding and removing candidates', () => {
  it('counts forms and styles in and out, and drops a form at zero', () => {
    const b = new EvidenceBuilder();
    const cooper = shape('colon', 'COOPER');
    b.candidate(cooper, 1);
    b.candidate(cooper, 1);
    b.label('title', 1);
    let e = b.done();
    assert.deepStrictEqual([[...e.forms], e.styles], [[[cooper.key, 2]], [2, 1, 0]]);
    const next = new EvidenceBuilder(e);
    next.candidate(cooper, -1);
    next.candidate(cooper, -1);
    next.label('title', -1);
    const after = next.done();
    assert.deepStrictEqual([[...after.forms], after.styles], [[], [0, 0, 0]]);
    e = b.done();
    assert.deepStrictEqual([[...e.forms], e.styles], [[[cooper.key, 2]], [2, 1, 0]], 'copied on write: the counts built from are unchanged');
  });

  it('counts timestamp lines, and distinct speakers as their first line comes and their last goes', () => {
    const kelly = shape('stamp', 'Kelly', { style: 'title' });
    const emma = shape('stamp', 'Emma', { style: 'title' });
    const b = new EvidenceBuilder();
    const steps: [CandidateShape, 1 | -1, number, number][] = [
      [kelly, 1, 1, 1], [kelly, 1, 2, 1], [emma, 1, 3, 2], [kelly, -1, 2, 2], [kelly, -1, 1, 1], [emma, -1, 0, 0], [emma, 1, 1, 1],
    ];
    for (const [s, by, lines, keys] of steps) {
      b.candidate(s, by);
      const e = b.done();
      assert.deepStrictEqual([e.stampLines, e.stampKeys], [lines, keys], `${s.match.label} ${by}`);
    }
  });
});

describe('the parser reads only its style\'s candidates', () => {
  it('a parser of the names style takes no candidate; auto takes them', () => {
    const text = [...HEADER, 'COOPER: Good evening.', 'SANDERS: Thank you.', 'COOPER: Senator.', ...STAMPS, '<v Travis> Hi.', 'Q\u00a0\u00a0 Why?'].join('\n') + '\n';
    assert.deepStrictEqual(turnsOf(testService.parse(text, { labelStyle: 'names' })), []);
    assert.deepStrictEqual(turnsOf(testService.parse(text)).length, 8);
    assert.strictEqual(testParser.style.id, 'auto');
  });
});
