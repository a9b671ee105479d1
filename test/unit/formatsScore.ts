/**
 * The scoring of the formats corpus's scorer (`tools/score.py` beside the corpus the
 * fixtures in test/fixtures/formats come from), ported so that the test suite measures
 * what that script measures, with its definitions:
 *
 * - turns: a predicted turn matches a truth turn when the lines are equal and the labels
 *   are equal after whitespace normalisation; each truth turn matches at most one
 *   prediction (a second prediction on a line counts as a false positive);
 *   precision, recall and F1 are pooled (micro) over the turns of a set of files;
 * - speakers: over every pair of truth turns, "same speaker" in the truth against "same
 *   speaker" in the prediction (a truth turn with no prediction on its line is a speaker
 *   of its own); pairwise F1 per file; the headline is the mean over the files with at
 *   least two truth turns (macro), the pooled (micro) figure comes with it;
 * - no truth and no prediction scores 1.
 */

/** A ground-truth turn: 1-based line, label as in the file, speaker key. */
export interface TruthTurn {
  readonly line: number;
  readonly label: string;
  readonly speaker: string;
}

/** A predicted turn, as `transcript-nav outline FILE --json` prints it (speaker: the label when absent). */
export interface PredictedTurn {
  readonly line: number;
  readonly label: string;
  readonly speaker?: string;
}

/** The counts of one file, from which every figure is computed. */
export interface FileCounts {
  /** Turns: true positives, false positives, false negatives. */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly truthTurns: number;
  readonly predictedTurns: number;
  /** Pairs of truth turns: same speaker in both, only in the prediction, only in the truth. */
  readonly stp: number;
  readonly sfp: number;
  readonly sfn: number;
}

/** One file's counts with its turn F1 and (pairwise) speaker F1. */
export interface FileScore extends FileCounts {
  readonly turnF1: number;
  readonly speakerF1: number;
}

/** The totals of a set of files, as score.py's `summarize` computes them. */
export interface ScoreTotals {
  readonly files: number;
  readonly truthTurns: number;
  readonly predictedTurns: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  /** Pooled over all turns of the files. */
  readonly turnF1: number;
  /** The mean of the files' speaker F1, over the files with at least two truth turns (1 when none has). */
  readonly speakerF1: number;
  /** Pooled over all pairs of the files. */
  readonly speakerF1Micro: number;
}

/** Python's `\s` on str (Unicode white space; unlike JavaScript's `\s`, with U+001C–U+001F and U+0085, without U+FEFF). */
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** A label as score.py compares it: U+200B and every run of white space become one space, trimmed. */
export function normalizeLabel(s: string): string {
  return s.replace(/\u200b/g, ' ').replace(PY_WHITESPACE, ' ').replace(/^ | $/g, '');
}

/** Precision, recall and F1 of the counts (1 for all three when every count is 0). */
export function f1(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : 0;
  return { precision, recall, f1: (2 * tp) / (2 * tp + fp + fn) };
}

/** The number of pairs within each group: sum of n(n-1)/2 over the counts. */
function pairs(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += (v * (v - 1)) / 2;
  return n;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The predictions by line; a second prediction on a line is counted in `extra`. */
function predictionsByLine(predicted: readonly PredictedTurn[]): { byLine: Map<number, PredictedTurn>; extra: number } {
  const byLine = new Map<number, PredictedTurn>();
  let extra = 0;
  for (const p of predicted) {
    if (byLine.has(p.line)) extra++;
    else byLine.set(p.line, p);
  }
  return { byLine, extra };
}

/** The pair counts of the "same speaker" relation over the truth turns. */
function speakerPairs(truth: readonly TruthTurn[], byLine: ReadonlyMap<number, PredictedTurn>): { stp: number; sfp: number; sfn: number } {
  const both = new Map<string, number>();
  const truthKeys = new Map<string, number>();
  const predictedKeys = new Map<string, number>();
  truth.forEach((t, i) => {
    const p = byLine.get(t.line);
    const predictedKey = p ? `P ${p.speaker ?? normalizeLabel(p.label)}` : `U ${i}`;
    increment(both, JSON.stringify([t.speaker, predictedKey]));
    increment(truthKeys, t.speaker);
    increment(predictedKeys, predictedKey);
  });
  const stp = pairs(both);
  return { stp, sfp: pairs(predictedKeys) - stp, sfn: pairs(truthKeys) - stp };
}

/** The counts and F1 figures of one file's predicted turns against its ground truth. */
export function score(truth: readonly TruthTurn[], predicted: readonly PredictedTurn[]): FileScore {
  const { byLine, extra } = predictionsByLine(predicted);
  let tp = 0;
  for (const t of truth) {
    const p = byLine.get(t.line);
    if (p && normalizeLabel(p.label) === normalizeLabel(t.label)) tp++;
  }
  const fp = byLine.size + extra - tp;
  const fn = truth.length - tp;
  const { stp, sfp, sfn } = speakerPairs(truth, byLine);
  return {
    tp, fp, fn, truthTurns: truth.length, predictedTurns: byLine.size + extra, stp, sfp, sfn,
    turnF1: f1(tp, fp, fn).f1, speakerF1: f1(stp, sfp, sfn).f1,
  };
}

function sum(files: readonly FileCounts[], key: keyof FileCounts): number {
  return files.reduce((n, f) => n + f[key], 0);
}

/** The totals of a set of files: turns pooled, speakers as the mean over files with two truth turns or more. */
export function summarize(files: readonly FileCounts[]): ScoreTotals {
  const [tp, fp, fn] = [sum(files, 'tp'), sum(files, 'fp'), sum(files, 'fn')];
  const turns = f1(tp, fp, fn);
  const perFile = files.filter((f) => f.truthTurns >= 2).map((f) => f1(f.stp, f.sfp, f.sfn).f1);
  return {
    files: files.length,
    truthTurns: sum(files, 'truthTurns'),
    predictedTurns: sum(files, 'predictedTurns'),
    tp, fp, fn,
    precision: turns.precision,
    recall: turns.recall,
    turnF1: turns.f1,
    speakerF1: perFile.length > 0 ? perFile.reduce((a, b) => a + b, 0) / perFile.length : 1,
    speakerF1Micro: f1(sum(files, 'stp'), sum(files, 'sfp'), sum(files, 'sfn')).f1,
  };
}
