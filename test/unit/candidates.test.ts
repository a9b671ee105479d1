import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { readColonCandidate, readQuestion, readStamp, readTime, readVoice } from '../../src/core/parse/candidates';
import { candidateKey, CandidateShape, labelStyle, trailingParenthesesStart } from '../../src/core/parse/evidence';
import { testParser } from './service';
import { CandidateLinearResult, CASES } from './candidates-linear.child';

/**
 * Issue 13: the line scanners that read a *candidate* label (a label whose
 * acceptance depends on the rest of the document, `evidence.ts`). Each row is a
 * real line of test/fixtures (the file in the row), unless it says it was
 * written for the test. A scanner's offsets are characters from the line start.
 */
const words = testParser.labels.words;

/** What a row expects of an accepted shape. */
interface Expected {
  readonly label: string;
  readonly labelStart?: number;
  readonly labelEnd: number;
  /** What ends the label: the colon, or the last character of a time or a voice span's `>`. */
  readonly colon: number;
  /** Where the name ends inside the label (before its trailing parentheses). */
  readonly nameEnd?: number;
  readonly key?: string;
  readonly style?: CandidateShape['style'];
  readonly words?: number;
  readonly remark?: boolean;
  readonly lowerWords?: boolean;
  readonly comma?: boolean;
}

/** The fields of a shape a row names (the others are not checked). */
function picked(shape: CandidateShape, expected: Expected): Record<string, unknown> {
  const all: Record<string, unknown> = {
    label: shape.match.label, labelStart: shape.match.labelStart ?? 0, labelEnd: shape.match.labelEnd, colon: shape.match.colon,
    nameEnd: shape.match.nameEnd, key: shape.key, style: shape.style, words: shape.words, remark: shape.remark,
    lowerWords: shape.lowerWords, comma: shape.comma,
  };
  return Object.fromEntries(Object.keys(expected).map((k) => [k, all[k]]));
}

function checkShape(shape: CandidateShape | string | undefined, kind: CandidateShape['kind'], expected: Expected, line: string): void {
  assert.ok(shape !== undefined && typeof shape !== 'string', `no candidate in ${JSON.stringify(line)}: ${String(shape)}`);
  assert.strictEqual(shape.kind, kind);
  assert.deepStrictEqual(picked(shape, expected), { ...expected });
  // The offsets hold the label.
  assert.strictEqual(line.slice(shape.match.labelStart ?? 0, shape.match.labelEnd), shape.match.label);
}

/** The candidate of a line with a colon: its text before the first colon. */
function colonCandidate(line: string): CandidateShape | string {
  return readColonCandidate(line.slice(0, line.indexOf(':')), words);
}

describe('candidate scanners: text before a colon (readColonCandidate)', () => {
  const accepted: readonly (readonly [string, string, Expected])[] = [
    ['a bare surname in capitals', 'debates/rep-2016-03-10-cnn.txt:173 KAISCH: Well look, I believe in immigration',
      { label: 'KAISCH', labelStart: 0, labelEnd: 6, colon: 6, key: 'colon\u0000kaisch', style: 'caps', words: 1, remark: false }],
    ['a name and a remark in parentheses: the name ends before it, the key drops it', 'debates/dem-2016-03-09-univision.txt:3 MARÍA ELENA SALINAS (through translator): This will be the first',
      { label: 'MARÍA ELENA SALINAS (through translator)', labelStart: 0, labelEnd: 40, colon: 40, nameEnd: 19, key: 'colon\u0000maría elena salinas', style: 'caps', words: 3, remark: true }],
    ['a label that is all parentheses: the inside is its core', 'debates/rep-2015-08-06-fox.txt:73 (UNKNOWN): Is this in the rules?',
      { label: '(UNKNOWN)', labelEnd: 9, colon: 9, nameEnd: 9, key: 'colon\u0000(unknown)', style: 'caps', words: 1, remark: true }],
    ['a role of two words', 'meeting/ami-ES2004a.txt:3 Project Manager: {vocalsound} Are we',
      { label: 'Project Manager', labelEnd: 15, colon: 15, key: 'colon\u0000project manager', style: 'title', words: 2, lowerWords: false }],
    ['a role with a one-letter speaker mark (not the function word "a")', 'meeting/icsi-Bro007.txt:2 Professor B: OK So uh today',
      { label: 'Professor B', labelEnd: 11, colon: 11, style: 'title', words: 2 }],
    ['nested parentheses after the role', 'meeting/canada-covid-3.txt:2 The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.)): I call this meeting to order.',
      { label: 'The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', labelEnd: 58, colon: 58, nameEnd: 9, key: 'colon\u0000the chair', words: 2, remark: true, comma: false }],
    ['a comma outside the parentheses', 'debates/dem-2016-04-14-cnn.txt:59 SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE: Well, I’ve known',
      { label: 'SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE', labelEnd: 50, colon: 50, style: 'caps', words: 6, comma: true }],
    ['a lower-case word', 'debates/gen-1960-09-26.txt:137 Announcer offscreen: This will allow three minutes',
      { label: 'Announcer offscreen', labelEnd: 19, colon: 19, style: 'title', words: 2, lowerWords: true }],
    ['a subtitle dash before the label (written for the test)', '- Anna: Hi.',
      { label: 'Anna', labelStart: 2, labelEnd: 6, colon: 6, key: 'colon\u0000anna', words: 1 }],
    ['white space before the colon is not the label’s', 'written for the test: ANNA  : Hi.',
      { label: 'ANNA', labelEnd: 4, colon: 6 }],
  ];
  for (const [what, row, expected] of accepted) {
    it(`accepts ${what}`, () => {
      const line = row.replace(/^\S+\.txt:\d+ |^written for the test: /, '');
      checkShape(colonCandidate(line), 'colon', expected, line);
    });
  }

  const rejected: readonly (readonly [string, string, string])[] = [
    ['podcast/changelog-rfc-1.txt:99', 'Break: [22:46]', '"Break" opens headings, not speakers'],
    ['subtitles/ableplayer-blocks4all-captions.txt:2', 'Kind: captions', '"Kind" opens headings, not speakers'],
    ['subtitles/ableplayer-blocks4all-captions.txt:3', 'Language: en', '"Language" opens headings, not speakers'],
    ['hansard/pmqs-2006-02-08.txt:12', 'It also says:', '"It" is a word of prose'],
    ['podcast/changelog-news-80.txt:65', 'His conclusion: "with all else equal, take the road most documented."', '"His" is a word of prose'],
    ['podcast/changelog-news-100.txt:4', 'MORE IMPORTANTLY: This September, we\'re getting a Zelda game', '"MORE" is a word of prose'],
    ['corpus/README.md (a Kremlin page)', 'Here is my question: what about the budget?', '"Here" is a word of prose'],
    ['corpus/dev/17173.txt:165', 'Second: I did not throw anybody out.', '"Second" is a word of prose'],
    ['corpus/dev/17173.txt:10', '16:40', 'does not start with a letter'],
    ['written for the test', 'and then he said: no', 'starts in lower case'],
    ['written for the test', 'The President of the Russian Federation said that: yes', 'more than 6 words'],
    ['written for the test', 'Room 101B: the meeting', 'a word with digits'],
    ['written for the test', '2020 Presidential Debate: Part 1', 'does not start with a letter'],
    ['written for the test (Supreme Court caption)', 'DEPARTMENT OF HEALTH AND :', 'ends with "AND"'],
    ['written for the test', 'Minister of Health and: Thank you', 'ends with "and"'],
    ['written for the test', 'Is it true? Yes: it is', 'punctuation of prose or markup'],
    ['written for the test', ' Anna: indented', 'starts with white space'],
    ['written for the test', '(): nothing', 'empty'],
    ['written for the test', 'Supercalifragilisticexpialidocious: a word', 'a word too long for a name'],
    ['written for the test', 'Head of the department of state: yes', 'lower-case "department" in a long label'],
  ];
  for (const [source, line, reason] of rejected) {
    it(`rejects ${JSON.stringify(line.slice(0, line.indexOf(':') + 1))} (${source}): ${reason}`, () => {
      assert.strictEqual(colonCandidate(line), reason);
    });
  }
});

describe('candidate scanners: a whole body line (TranscriptParser.readLine)', () => {
  /** What readLine makes of a line: `kind`, the grammar's label, or the candidate and its label. */
  function read(line: string): string {
    const r = testParser.readLine(line, 0, line.length, 0);
    if (r.match) return `${r.kind} grammar ${r.match.label}`;
    if (r.candidate) return `${r.kind} ${r.candidate.shape.kind} ${r.candidate.shape.match.label}${r.candidate.alone ? ' alone' : ''} speech@${r.candidate.shape.match.colon + 1}`;
    return `${r.kind}${r.loose ? ' loose' : ''}`;
  }
  const rows: readonly (readonly [string, string, string])[] = [
    // A time's colon is no label's end, with or without text before it.
    ['corpus/dev/17173.txt:10', '16:40', 'text loose'],
    ['written for the test (prose quoting a verse)', 'John 3:16 For God so loved the world', 'text loose'],
    ['briefings/wh-2024-04-05-gaggle-kirby.txt:131', 'END\u00a0\u00a0\u00a0 12:27 P.M. EDT', 'text loose'],
    // `Q` and wide space is a question: the colon later in the line does not make `Q On the Middle East` a label.
    ['written for the test (briefings form, as wh-2021-09-15-background-aukus.txt:31)', 'Q\u00a0\u00a0\u00a0 On the Middle East: Some of the partners', 'text question Q speech@2'],
    ['briefings/wh-2021-09-15-background-aukus.txt:31', 'Q\u00a0\u00a0\u00a0 Hi.\u00a0 Thanks very much for doing this.', 'text question Q speech@2'],
    ['podcast/changelog-rfc-1.txt:99', 'Break: [22:46]', 'text loose'],
    ['debates/rep-2016-03-10-cnn.txt:173', 'KAISCH: Well look, I believe in immigration', 'text colon KAISCH speech@7'],
    ['written for the test', 'COOPER:', 'text colon COOPER alone speech@7'],
    ['timestamped/ladybug-62-security.txt:4', 'Kelly  0:34  ', 'text stamp Kelly alone speech@11'],
    ['subtitles/ableplayer-itaccess-captions.txt:4', '<v Michael Young> We are committed to the notion', 'text voice Michael Young speech@17'],
    ['debates/dem-2016-02-11-pbs.txt:37 (the grammar reads it; the document decides: evidence.test.ts)', 'Wisconsin Debate: Clinton vs. Sanders', 'turn grammar Wisconsin Debate'],
    // A court caption (the official transcript's form: a party's name, then a column of colons) is no label.
    ['written for the test (Supreme Court caption)', 'DEPARTMENT OF HEALTH AND :', 'text loose'],
  ];
  for (const [source, line, expected] of rows) {
    it(`${JSON.stringify(line)} (${source}) → ${expected}`, () => {
      assert.strictEqual(read(line), expected);
    });
  }
});

describe('candidate scanners: a question mark and wide space (readQuestion)', () => {
  const accepted: readonly (readonly [string, string])[] = [
    ['briefings/wh-2021-09-15-background-aukus.txt:31 (three U+00A0 and a space)', 'Q\u00a0\u00a0\u00a0 Hi.\u00a0 Thanks very much for doing this.'],
    ['written for the test: two spaces', 'Q  And on Russia?'],
    ['written for the test: a tab', 'Q\tAnd on Russia?'],
  ];
  for (const [source, line] of accepted) {
    it(`accepts ${JSON.stringify(line.slice(0, 4))} (${source})`, () => {
      const shape = readQuestion(line, 0, line.length, words);
      checkShape(shape, 'question', { label: 'Q', labelStart: 0, labelEnd: 1, colon: 1, key: 'question\u0000q' }, line);
      assert.strictEqual(shape?.match.generic, true, 'a question is a generic voice');
      // One shape for every line: the decision is made once per document.
      assert.strictEqual(readQuestion('Q\u00a0x', 0, 3, words), shape);
    });
  }
  const rejected: readonly string[] = ['Q and A: a format', 'Qatar  is a country', 'Q.\u00a0Did you see him?', 'q\u00a0\u00a0 lower case', 'A\u00a0\u00a0 an answer'];
  for (const line of rejected) {
    it(`rejects ${JSON.stringify(line)} (written for the test)`, () => {
      assert.strictEqual(readQuestion(line, 0, line.length, words), undefined);
    });
  }
  it('reads within the line: a wide space past its end does not count', () => {
    const text = 'Q\n  next line';
    assert.strictEqual(readQuestion(text, 0, 1, words), undefined);
  });
});

describe('candidate scanners: a WebVTT voice span (readVoice)', () => {
  const max = testParser.labels.maxLabelLength;
  const accepted: readonly (readonly [string, string, Expected])[] = [
    ['subtitles/ableplayer-itaccess-captions.txt:4', '<v Michael Young> We are committed to the notion',
      { label: 'Michael Young', labelStart: 3, labelEnd: 16, colon: 16, key: 'voice\u0000michael young', style: 'title', words: 2 }],
    ['subtitles/ableplayer-blocks4all-captions.txt:9', '<v Boon\'s Mom> Boon, he\'s very excited',
      { label: 'Boon\'s Mom', labelStart: 3, labelEnd: 13, colon: 13, words: 2, lowerWords: false }],
    ['subtitles/ableplayer-wwa-captions.txt:26', '<v Narrator> You <i>want</i> these people.',
      { label: 'Narrator', labelStart: 3, labelEnd: 11, colon: 11 }],
    ['written for the test: a class, and space before the `>`', '<v.loud Esme  >It’s a blue apple tree!',
      { label: 'Esme', labelStart: 8, labelEnd: 12, colon: 14 }],
  ];
  for (const [source, line, expected] of accepted) {
    it(`accepts ${JSON.stringify(line.slice(0, expected.colon + 1))} (${source})`, () => {
      checkShape(readVoice(line, 0, line.length, max, words), 'voice', expected, line);
    });
  }
  const rejected: readonly (readonly [string, string])[] = [
    ['no closing `>`', '<v Travis and more'],
    ['no space after `<v`', '<vTravis> Hi'],
    ['an empty name', '<v   > Hi'],
    ['another tag', '<c.yellow>Hi</c>'],
    ['a `<` in the name', '<v A<b>c> Hi'],
    ['the `>` on the next line', '<v Travis\n> Hi'],
  ];
  for (const [what, line] of rejected) {
    it(`rejects ${what}: ${JSON.stringify(line)}`, () => {
      const end = line.includes('\n') ? line.indexOf('\n') : line.length;
      assert.strictEqual(readVoice(line, 0, end, max, words), undefined);
    });
  }
  it('rejects a name longer than a label may be', () => {
    const line = `<v ${'A'.repeat(max + 1)}> Hi`;
    assert.strictEqual(readVoice(line, 0, line.length, max, words), undefined);
    const fits = `<v ${'A'.repeat(max)}> Hi`;
    assert.ok(readVoice(fits, 0, fits.length, max, words));
  });
});

describe('candidate scanners: a name and a timestamp (readStamp)', () => {
  const accepted: readonly (readonly [string, string, Expected])[] = [
    ['timestamped/ladybug-62-security.txt:4 (Otter.ai: the speech on the next line)', 'Kelly  0:34  ',
      { label: 'Kelly', labelStart: 0, labelEnd: 5, colon: 10, key: 'stamp\u0000kelly', style: 'title', words: 1 }],
    ['timestamped/ladybug-62-security.txt:7', 'Unknown Speaker  0:35 ',
      { label: 'Unknown Speaker', labelEnd: 15, colon: 20, key: 'stamp\u0000unknown speaker', words: 2 }],
    ['timestamped/ladybug-01-new-career.txt:1', 'Ali [00:00:00] Today we\'re going to talk about how to get started in tech.',
      { label: 'Ali', labelEnd: 3, colon: 13 }],
    ['timestamped/ladybug-03-blogging-101.txt:1', 'Lindsey [00:00]',
      { label: 'Lindsey', labelEnd: 7, colon: 14 }],
    ['timestamped/ladybug-03-blogging-101.txt:136', 'Lindsey [22:45][loud laugh]',
      { label: 'Lindsey', labelEnd: 7, colon: 14 }],
    ['written for the test (the form README.md names)', 'Speaker Name (00:01:23): text',
      { label: 'Speaker Name', labelEnd: 12, colon: 23 }],
    ['written for the test (a fraction of a second)', 'Ana María [00:01:02.5] Hola',
      { label: 'Ana María', labelEnd: 9, colon: 21 }],
  ];
  for (const [source, line, expected] of accepted) {
    it(`accepts ${JSON.stringify(line.slice(0, expected.colon + 1))} (${source})`, () => {
      checkShape(readStamp(line, 0, line.length, words), 'stamp', expected, line);
    });
  }
  const rejected: readonly (readonly [string, string])[] = [
    ['an unbracketed time that does not end the line (prose)', 'John 3:16 For God so loved the world'],
    ['briefings/wh-2024-04-05-gaggle-kirby.txt:131', 'END\u00a0\u00a0\u00a0 12:27 P.M. EDT'],
    ['a heading word', 'Break [32:23]'],
    ['a word of prose', 'Second  0:34'],
    ['lower case', 'kelly  0:34'],
    ['a time without its seconds', 'Kelly  0:3'],
    ['an unclosed bracket', 'Kelly [00:20 Welcome'],
    ['mismatched brackets', 'Kelly (00:20] Welcome'],
    ['five words before the time', 'Mary Ann Smith Jones Jr 1:00'],
    ['no time', 'Kelly Smith'],
    ['a time first', '0:34 Kelly'],
  ];
  for (const [what, line] of rejected) {
    it(`rejects ${what}: ${JSON.stringify(line)}`, () => {
      assert.strictEqual(readStamp(line, 0, line.length, words), undefined);
    });
  }
});

describe('candidate scanners: a time (readTime)', () => {
  const rows: readonly (readonly [string, number])[] = [
    ['0:34', 4], ['00:00:00]', 8], ['22:45][loud laugh]', 5], ['00:01:22.530 -->', 12], ['1:02,5', 6], ['1:23:45:67', 7],
    ['3:16 For God', 4], ['1:2', -1], ['123:45', -1], [':30', -1], ['12:5', -1], ['1:234', -1], ['12', -1], ['1:02.x', 4],
  ];
  for (const [text, end] of rows) {
    it(`${JSON.stringify(text)} → ${end}`, () => {
      assert.strictEqual(readTime(text, 0, text.length), end);
    });
  }
  it('stops at the end it is given', () => {
    assert.strictEqual(readTime('0:345', 0, 4), 4);
    assert.strictEqual(readTime('0:3\n4', 0, 3), -1);
  });
});

describe('candidate labels: style, trailing parentheses, key', () => {
  const styles: readonly (readonly [string, string])[] = [
    ['KAISCH', 'caps'], ['SALINAS (through translator)', 'caps'], ['(UNKNOWN)', 'caps'], ['MR. O’MALLEY', 'caps'],
    ['Jerod Santo', 'title'], ['Announcer offscreen', 'title'], ['The Chair (HON. ANTHONY ROTA)', 'title'],
    ['主持人', 'uncased'], ['(主持人)', 'uncased'], ['المذيع', 'uncased'],
  ];
  for (const [label, style] of styles) {
    it(`labelStyle(${JSON.stringify(label)}) = ${style}`, () => assert.strictEqual(labelStyle(label), style));
  }
  const cuts: readonly (readonly [string, number])[] = [
    ['SALINAS (through translator)', 7],
    ['The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', 9],
    ['A (b) (c)', 1],
    ['A (b)  ', 1],
    ['(UNKNOWN)', 0],
    ['No parentheses', 14],
    ['Unbalanced )', 12],
    ['x (a))', 6],
    ['(a) x', 5],
  ];
  for (const [label, cut] of cuts) {
    it(`trailingParenthesesStart(${JSON.stringify(label)}) = ${cut}`, () => assert.strictEqual(trailingParenthesesStart(label), cut));
  }
  it('the key folds case, white space and trailing parentheses, and keeps the kind apart', () => {
    assert.strictEqual(candidateKey('colon', 'MARÍA  ELENA\u00a0SALINAS (through translator)'), 'colon\u0000maría elena salinas');
    assert.strictEqual(candidateKey('colon', 'SALINAS'), candidateKey('colon', 'Salinas (translated)'));
    assert.notStrictEqual(candidateKey('colon', 'Kelly'), candidateKey('stamp', 'Kelly'));
    assert.strictEqual(candidateKey('colon', '(UNKNOWN)'), 'colon\u0000(unknown)');
  });
});

/**
 * Linear time by construction: each scanner, and the whole parse with its
 * `--explain`, on hostile lines of a megabyte and on documents of many hostile
 * lines. A scan that is not linear blocks the event loop, where no mocha timeout
 * fires: each case runs in a child process (candidates-linear.child.ts, as
 * labels-linear.test.ts runs its batch) that is killed when the hang guard runs out.
 */
describe('candidate scanners in linear time on hostile lines', function () {
  /** For one case; each takes well under a second. */
  const HANG_GUARD_MS = 20_000;
  this.timeout(2 * HANG_GUARD_MS);
  const CHILD = path.join(__dirname, 'candidates-linear.child.js');
  const cases: readonly (readonly [string, CandidateLinearResult])[] = [
    ['voice span without its `>`', { scanner: null, turns: 0, verdicts: 0 }],
    ['many voice spans without their `>` (each line searched to the text end)', { scanner: null, turns: 0, verdicts: 0 }],
    ['`Q` and a megabyte of U+00A0', { scanner: 'Q', turns: 1, verdicts: 1 }],
    ['a megabyte of capitalised words, then `[00:00`', { scanner: null, turns: 0, verdicts: 0 }],
    ['a name word of a megabyte, then a time', { scanner: null, turns: 0, verdicts: 0 }],
    ['nested parentheses', { scanner: 0, turns: 0, verdicts: 0 }],
    ['closing parentheses only', { scanner: (1 << 20) + 1, turns: 0, verdicts: 0 }],
    ['parenthesised groups one after another', { scanner: 1, turns: 0, verdicts: 0 }],
    ['a head of a megabyte before a colon (one word)', { scanner: 'a word too long for a name', turns: 0, verdicts: 0 }],
    ['a head of a megabyte before a colon (words)', { scanner: 'more than 6 words', turns: 0, verdicts: 0 }],
    ['many labels alone on their lines (`COOPER:` repeated)', { scanner: 'COOPER', turns: 0, verdicts: 0 }],
  ];
  it('the cases are the child’s', () => {
    assert.deepStrictEqual(cases.map(([name]) => name).sort(), Object.keys(CASES).sort());
  });
  for (const [name, expected] of cases) {
    it(`linear: ${name}`, () => {
      const r = spawnSync(process.execPath, [CHILD, name], { encoding: 'utf8', timeout: HANG_GUARD_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 });
      assert.ok(r.signal === null && r.status === 0, `not finished within ${HANG_GUARD_MS / 1000} s (signal ${r.signal}, exit ${r.status}): a scan that is not linear?\n${r.stderr}`);
      assert.deepStrictEqual(JSON.parse(r.stdout), expected);
    });
  }
});
