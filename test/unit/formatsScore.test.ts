import * as assert from 'assert';
import { f1, FileScore, normalizeLabel, PredictedTurn, score, summarize, TruthTurn } from './formatsScore';

/** Truth turns from `line label speaker` triples. */
const truth = (...rows: [number, string, string][]): TruthTurn[] => rows.map(([line, label, speaker]) => ({ line, label, speaker }));
/** Predicted turns from `line label speaker` triples. */
const predicted = (...rows: [number, string, string][]): PredictedTurn[] => rows.map(([line, label, speaker]) => ({ line, label, speaker }));

/** Three turns, A B A. */
const ABA = truth([1, 'A', 'a'], [3, 'B', 'b'], [5, 'A', 'a']);
/** Four turns, A B A B. */
const ABAB = truth([1, 'A', 'a'], [2, 'B', 'b'], [3, 'A', 'a'], [4, 'B', 'b']);

// The expected figures are worked out by hand in each row's name:
// turn F1 = 2tp / (2tp + fp + fn); speaker F1 the same over pairs of truth turns.
describe('formats scorer (the port of score.py): one file', () => {
  const cases: [string, TruthTurn[], PredictedTurn[], Partial<FileScore>][] = [
    ['all found, speaker names differ but group alike: 1 and 1', ABA, predicted([1, 'A', 'x'], [3, 'B', 'y'], [5, 'A', 'x']),
      { tp: 3, fp: 0, fn: 0, turnF1: 1, stp: 1, sfp: 0, sfn: 0, speakerF1: 1 }],
    ['line 3 missed, line 4 invented: 4/6; the missed turn is a speaker of its own: 1', ABA, predicted([1, 'A', 'x'], [4, 'C', 'z'], [5, 'A', 'x']),
      { tp: 2, fp: 1, fn: 1, turnF1: 4 / 6, predictedTurns: 3, stp: 1, sfp: 0, sfn: 0, speakerF1: 1 }],
    ['right line, other label: neither found nor right: 0', truth([1, 'A', 'a']), predicted([1, 'B', 'a']),
      { tp: 0, fp: 1, fn: 1, turnF1: 0 }],
    ['labels equal after white space (U+00A0, runs, ends) is collapsed', truth([1, 'Mr. Smith', 'a']), predicted([1, ' Mr.\u00a0 Smith\t', 'x']),
      { tp: 1, turnF1: 1 }],
    ['two speakers merged into one: 2 of 6 pairs right, 4/8', ABAB, predicted([1, 'A', 'x'], [2, 'B', 'x'], [3, 'A', 'x'], [4, 'B', 'x']),
      { turnF1: 1, stp: 2, sfp: 4, sfn: 0, speakerF1: 0.5 }],
    ['one speaker split in two: 1 of 3 pairs found, 2/4', truth([1, 'A', 'a'], [2, 'A', 'a'], [3, 'A', 'a']), predicted([1, 'A', 'x'], [2, 'A', 'x'], [3, 'A', 'y']),
      { turnF1: 1, stp: 1, sfp: 0, sfn: 2, speakerF1: 0.5 }],
    ['a second prediction on a line is a false positive: 2/3', truth([1, 'A', 'a']), predicted([1, 'A', 'x'], [1, 'A', 'x']),
      { tp: 1, fp: 1, fn: 0, predictedTurns: 2, turnF1: 2 / 3 }],
    ['no truth, no prediction: 1 and 1', [], [], { tp: 0, fp: 0, fn: 0, turnF1: 1, speakerF1: 1 }],
    ['no truth, two predictions: 0', [], predicted([1, 'A', 'x'], [2, 'B', 'y']), { fp: 2, turnF1: 0, speakerF1: 1 }],
    ['nothing predicted: 0; every truth turn its own speaker: 0 of 1 pair', ABA, [], { fn: 3, turnF1: 0, stp: 0, sfp: 0, sfn: 1, speakerF1: 0 }],
  ];
  for (const [name, t, p, expected] of cases) {
    it(name, () => {
      const got = score(t, p);
      const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof FileScore]]));
      assert.deepStrictEqual(picked, expected);
    });
  }

  it('a prediction without a speaker is grouped by its normalised label', () => {
    const got = score(ABA, [{ line: 1, label: 'A' }, { line: 3, label: 'B' }, { line: 5, label: 'A ' }]);
    assert.deepStrictEqual([got.stp, got.sfp, got.sfn], [1, 0, 0]);
  });
});

describe('formats scorer: totals over files', () => {
  // File 1: 2 of 3 turns, speakers 1 (1 pair right). File 2: 4 of 4, speakers 0.5 (2 right, 4 wrong).
  // File 3: one truth turn, none predicted (no pair: left out of the speaker mean).
  const files = [
    score(ABA, predicted([1, 'A', 'x'], [4, 'C', 'z'], [5, 'A', 'x'])),
    score(ABAB, predicted([1, 'A', 'x'], [2, 'B', 'x'], [3, 'A', 'x'], [4, 'B', 'x'])),
    score(truth([7, 'A', 'a']), []),
  ];
  const cases: [string, number, number][] = [
    ['turn F1 pooled: tp 6, fp 1, fn 2 → 12/15', summarize(files).turnF1, 0.8],
    ['precision pooled: 6/7', summarize(files).precision, 6 / 7],
    ['recall pooled: 6/8', summarize(files).recall, 0.75],
    ['speaker F1: mean of 1 and 0.5 (file 3 has one truth turn)', summarize(files).speakerF1, 0.75],
    ['speaker F1 pooled: stp 3, sfp 4, sfn 0 → 6/10', summarize(files).speakerF1Micro, 0.6],
    ['speaker F1 with no file of two truth turns: 1', summarize([files[2]]).speakerF1, 1],
    ['no files: 1', summarize([]).turnF1, 1],
  ];
  for (const [name, got, expected] of cases) it(name, () => assert.ok(Math.abs(got - expected) < 1e-12, `${got} ≠ ${expected}`));

  it('precision 1 with nothing predicted and nothing to find, 0 recall with all missed', () => {
    assert.deepStrictEqual(f1(0, 0, 0), { precision: 1, recall: 1, f1: 1 });
    assert.deepStrictEqual(f1(0, 0, 2), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('formats scorer: labels compared as Python\'s \\s sees white space', () => {
  const cases: [string, string, string][] = [
    ['U+00A0 and a tab collapse', 'MS.\u00a0\tPSAKI', 'MS. PSAKI'],
    ['U+200B is a space', 'Jerod\u200bSanto', 'Jerod Santo'],
    ['U+0085 and U+001F are white space in Python', 'A\u0085B\u001fC', 'A B C'],
    ['U+FEFF is not (JavaScript\'s \\s would take it)', '\ufeffA', '\ufeffA'],
    ['ends are trimmed', '  Q \u00a0', 'Q'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.strictEqual(normalizeLabel(input), expected));
});
