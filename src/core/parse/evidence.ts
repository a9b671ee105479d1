/**
 * Document-level evidence for speaker labels. The label grammar knows names
 * and roles; many transcripts label turns otherwise: a bare surname
 * (`COOPER:`), a role (`Project Manager:`), a first name (`Travis:`), a
 * question mark of a briefing (`Q` and spaces), a WebVTT voice
 * (`<v Travis>`), a name with a timestamp (`Kelly  0:34`). Each such line is a
 * *candidate*; whether it opens a turn depends on the rest of the document:
 * a candidate that recurs as a line opener, or that has the style of the
 * document's other labels, is a label; a one-off `Second:` is not.
 *
 * The first pass reads each line's candidate (a pure function of the line);
 * the counts that the decision reads are kept up to date edit by edit
 * ({@link EvidenceCounts}), and the decision itself ({@link decideCandidates})
 * looks at each candidate once, with the counts: linear in the candidates.
 */
import { LabelMatch, LabelStyle, withLine } from './match';
import type { CandidateKind } from '../profile';
import { isSpace, normalizeSpace } from '../text';

export type { CandidateKind };

export type { LabelStyle };

/** What the text of a candidate line determines (shared by the lines with the same text before the colon). */
export interface CandidateShape {
  readonly kind: CandidateKind;
  /** What the evidence counts: the kind and the label folded (case, white space, trailing parentheses). */
  readonly key: string;
  readonly style: LabelStyle;
  /** Words of the label without its parenthesised parts. */
  readonly words: number;
  /** True when the label has a parenthesised part (`SALINAS (through translator)`). */
  readonly remark: boolean;
  /** True when a word other than a particle is in lower case (`Boon's mom`, `Jack Garbus writes`). */
  readonly lowerWords: boolean;
  /** True when a comma stands outside the parentheses (`SEN. BERNIE SANDERS (D-VT), PRESIDENTIAL CANDIDATE`). */
  readonly comma: boolean;
  /** The label as a match, used when the candidate is accepted. */
  readonly match: Omit<LabelMatch, 'line'>;
}

/** A line that may open a turn, depending on the document: three fields, as a long text has a candidate on most lines. */
export interface Candidate {
  readonly line: number;
  readonly shape: CandidateShape;
  /** True when nothing follows the label on its line: the speech must follow on the next line. */
  readonly alone: boolean;
}

/**
 * The candidates of a text, in two parallel arrays (16 bytes a line, not an
 * object: a long dialogue has a candidate on most lines): `at[i]` is the
 * line times two, plus one when the label stands alone on its line.
 */
export interface CandidateList {
  readonly at: readonly number[];
  readonly shapes: readonly CandidateShape[];
}

/** An empty list to fill: push with {@link addCandidate}. */
export function candidateList(): { at: number[]; shapes: CandidateShape[] } {
  return { at: [], shapes: [] };
}

export function addCandidate(list: { at: number[]; shapes: CandidateShape[] }, c: Candidate): void {
  list.at.push(c.line * 2 + (c.alone ? 1 : 0));
  list.shapes.push(c.shape);
}

/** The line of candidate `i`. */
export function candidateLine(list: CandidateList, i: number): number {
  return list.at[i] >> 1;
}

/** Candidate `i` as an object. */
export function candidateAt(list: CandidateList, i: number): Candidate {
  return { line: list.at[i] >> 1, shape: list.shapes[i], alone: (list.at[i] & 1) === 1 };
}

/** The word lists the candidate reader checks, from the profile. */
export interface CandidateWords {
  /** Words that mark prose (lower case): `here`, `is`, `second`. */
  readonly stop: ReadonlySet<string>;
  /** Words that open headings and metadata, not speakers (lower case): `note`, `break`, `kind`. */
  readonly notSpeaker: ReadonlySet<string>;
  /** Small words allowed in lower case inside a label (`of`, `the`, `de`). */
  readonly particles: ReadonlySet<string>;
  /** Marks of a question in interviews and briefings (`Q`). */
  readonly questionMarks: readonly string[];
  /** Marks of a deposition (`Q`, `A`), read with a dot (`Q.`). */
  readonly depositionMarks: readonly string[];
  /** The shape of each mark's label, made once (a parser's memo). */
  readonly questionShapes: Map<string, CandidateShape>;
}

/** Longest word of a label, in characters (a name in Chinese or Japanese is one word of a few characters). */
const MAX_WORD_LENGTH = 24;

/** Longest label a candidate may have, in words without the parenthesised parts. */
const MAX_CANDIDATE_WORDS = 6;

/**
 * Counts the decision reads, kept up to date by adding and removing the
 * candidates and labels of edited lines. Copied on write (one copy per edit).
 */
export interface EvidenceCounts {
  /** Candidates by {@link Candidate.key}. */
  readonly forms: ReadonlyMap<string, number>;
  /** Labels of the grammar and candidates, by style: caps, title, uncased. */
  readonly styles: readonly [number, number, number];
  /** The deposition marks found, and whether each of two or more opens at least two lines (`Q.`, `A.`). */
  readonly depositionKeys: ReadonlySet<string>;
  readonly depositionPairs: boolean;
  /** Timestamp candidates: lines, and distinct speakers. */
  readonly stampLines: number;
  readonly stampKeys: number;
}

export const NO_EVIDENCE: EvidenceCounts = Object.freeze({ forms: new Map<string, number>(), styles: [0, 0, 0] as const, depositionKeys: new Set<string>(), depositionPairs: false, stampLines: 0, stampKeys: 0 });

const STYLE_INDEX: Readonly<Record<LabelStyle, 0 | 1 | 2>> = { caps: 0, title: 1, uncased: 2 };

/** A mutable copy of counts, for one edit. */
export class EvidenceBuilder {
  private readonly forms: Map<string, number>;
  private readonly styles: [number, number, number];
  private stampLines: number;
  private stampKeys: number;
  /** The keys of the deposition marks found (a profile has two or three). */
  private readonly depositionKeys: Set<string>;

  constructor(from: EvidenceCounts = NO_EVIDENCE) {
    this.forms = new Map(from.forms);
    this.styles = [from.styles[0], from.styles[1], from.styles[2]];
    this.stampLines = from.stampLines;
    this.stampKeys = from.stampKeys;
    this.depositionKeys = new Set(from.depositionKeys);
  }

  /** Counts a candidate in (1) or out (-1). */
  candidate(c: CandidateShape, by: 1 | -1): void {
    const n = (this.forms.get(c.key) ?? 0) + by;
    if (c.kind === 'stamp') {
      this.stampLines += by;
      if (n === 0 || (n === 1 && by === 1)) this.stampKeys += by;
    }
    if (n > 0) this.forms.set(c.key, n);
    else this.forms.delete(c.key);
    if (c.kind === 'deposition') {
      if (n > 0) this.depositionKeys.add(c.key);
      else this.depositionKeys.delete(c.key);
    }
    this.styles[STYLE_INDEX[c.style]] += by;
  }

  /** Counts the style of a label the grammar matched in (1) or out (-1). */
  label(style: LabelStyle, by: 1 | -1): void {
    this.styles[STYLE_INDEX[style]] += by;
  }

  done(): EvidenceCounts {
    return {
      forms: this.forms, styles: this.styles, depositionKeys: this.depositionKeys, depositionPairs: this.depositionPairs(),
      stampLines: this.stampLines, stampKeys: this.stampKeys,
    };
  }

  /** Every deposition mark found opens two lines or more, and there are two marks or more (`Q.` and `A.`). */
  private depositionPairs(): boolean {
    if (this.depositionKeys.size < 2) return false;
    for (const key of this.depositionKeys) if ((this.forms.get(key) ?? 0) < 2) return false;
    return true;
  }
}

/** The style of a label: from its cased letters outside parentheses. */
export function labelStyle(label: string): LabelStyle {
  let upper = 0;
  let lower = 0;
  let depth = 0;
  for (const ch of label) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const l = ch.toLowerCase();
      const u = ch.toUpperCase();
      if (l === u) continue;
      if (ch === u) upper++;
      else lower++;
    }
  }
  if (upper === 0 && lower === 0) return label.includes('(') ? labelStyle(label.replace(/[()]/g, ' ')) : 'uncased';
  return lower === 0 ? 'caps' : 'title';
}

/** Why a candidate is or is not a turn: one line of `--explain`. */
export interface Verdict {
  readonly line: number;
  readonly label: string;
  readonly accepted: boolean;
  readonly reason: string;
}

/** The counts' dominant label style, and how many labels have it. */
export function dominantStyle(e: EvidenceCounts): { style: LabelStyle; count: number } {
  const [caps, title, uncased] = e.styles;
  if (caps >= title && caps >= uncased) return { style: 'caps', count: caps };
  return title >= uncased ? { style: 'title', count: title } : { style: 'uncased', count: uncased };
}

/** Fewest labels of one style that make it the document's style. */
const MIN_STYLE_LABELS = 3;
/** Fewest timestamp lines, of this many speakers, that make timestamps the document's labels. */
const MIN_STAMP_LINES = 3;
const MIN_STAMP_SPEAKERS = 2;

/**
 * Whether a candidate opens a turn, and why. The reasons are the words of
 * `--explain`; the decision is a function of the candidate and the counts.
 */
export function judge(c: CandidateShape, e: EvidenceCounts, dominant = dominantStyle(e)): { accepted: boolean; reason: string } {
  const count = e.forms.get(c.key) ?? 0;
  switch (c.kind) {
    case 'question':
      return { accepted: true, reason: 'a question mark followed by wide space' };
    case 'voice':
      return { accepted: true, reason: 'a WebVTT voice span' };
    case 'deposition': {
      // Every mark of the pair recurs: `Q.` and `A.` alternate; an initial `A. Smith said` alone is prose.
      const ok = e.depositionPairs;
      return { accepted: ok, reason: ok ? 'a deposition mark, and the question and answer marks both recur' : 'a deposition mark, but not both marks recur' };
    }
    case 'stamp': {
      const ok = e.stampLines >= MIN_STAMP_LINES && e.stampKeys >= MIN_STAMP_SPEAKERS;
      return { accepted: ok, reason: ok ? `timestamp headers: ${e.stampLines} lines, ${e.stampKeys} speakers` : `too few timestamp headers (${e.stampLines} lines, ${e.stampKeys} speakers)` };
    }
    default:
      return judgeColon(c, count, dominant);
  }
}

function judgeColon(c: CandidateShape, count: number, dominant: { style: LabelStyle; count: number }): { accepted: boolean; reason: string } {
  const styled = dominant.count >= MIN_STYLE_LABELS && c.style === dominant.style;
  if (count >= 2) {
    if (c.words > 1 || c.style !== 'title' || styled) return { accepted: true, reason: `recurs as a line opener (${count} times)` };
    return { accepted: false, reason: `one word, recurs ${count} times, but the document's labels are ${dominant.style}` };
  }
  if (!styled) return { accepted: false, reason: `once, and not in the style of the document's labels (${dominant.style}, ${dominant.count})` };
  if (c.lowerWords) return { accepted: false, reason: 'once, with a lower-case word' };
  if (c.comma) return { accepted: false, reason: 'once, with a comma' };
  if (c.style === 'caps' || c.words > 1 || c.remark) return { accepted: true, reason: `once, in the style of the document's ${dominant.count} ${dominant.style} labels` };
  return { accepted: false, reason: 'once, one word' };
}

/** Share of all labels that makes the capital style the document's only one. */
const CAPS_ONLY_SHARE = 0.9;
/** Fewest capital labels for that. */
const CAPS_ONLY_LABELS = 10;

/**
 * True when a grammar label does not fit a document whose labels are in capitals
 * (`BLITZER:`, `SEN. SANDERS:`): a capitalised `Wisconsin Debate:` there is page chrome.
 */
export function outOfStyle(m: LabelMatch, e: EvidenceCounts): boolean {
  if (m.generic || m.style !== 'title') return false;
  const [caps, title, uncased] = e.styles;
  return caps >= CAPS_ONLY_LABELS && caps >= CAPS_ONLY_SHARE * (caps + title + uncased);
}

/** Reads the kind of a line (undefined: blank) and whether a candidate stands on it. */
export interface LineKinds {
  readonly kinds: readonly (string | undefined)[];
  readonly end: number;
}

/**
 * Second pass: the candidates that open turns. Each distinct form is judged
 * once with the counts; a label alone on its line must have speech on the next
 * non-blank line (not another label), so `X:` repeated is no dialogue.
 */
export function decideCandidates(list: CandidateList, e: EvidenceCounts, lines: LineKinds, kinds?: Set<CandidateKind>): LabelMatch[] {
  if (list.at.length === 0) return [];
  const dominant = dominantStyle(e);
  const verdicts = new Map<CandidateShape, boolean>();
  const out: LabelMatch[] = [];
  for (let i = 0; i < list.at.length; i++) {
    const shape = list.shapes[i];
    let ok = verdicts.get(shape);
    if (ok === undefined) {
      ok = judge(shape, e, dominant).accepted;
      verdicts.set(shape, ok);
    }
    if (ok && ((list.at[i] & 1) === 0 || speechFollows(list, i, lines))) {
      out.push(withLine(shape.match, list.at[i] >> 1, null));
      kinds?.add(shape.kind);
    }
  }
  return out;
}

/** True when the next non-blank line after the alone candidate `i` is speech (not a label, not a candidate), or the text ends after a timestamp header. */
function speechFollows(list: CandidateList, i: number, lines: LineKinds): boolean {
  const next = i + 1 < list.at.length ? candidateLine(list, i + 1) : -1;
  return speechAfter(candidateLine(list, i), list.shapes[i].kind, next, lines);
}

/**
 * True when speech follows a label alone on line `line`: the next non-blank line is neither a
 * label (`turn`) nor the next candidate (`nextCandidate`, -1 when none), or the text ends after a
 * timestamp header.
 */
export function speechAfter(line: number, kind: CandidateKind, nextCandidate: number, lines: LineKinds): boolean {
  let l = line + 1;
  while (l <= lines.end && lines.kinds[l] === undefined) l++;
  // The end of the text: a cut transcript may end with a timestamp header (a colon label there has no speech).
  if (l > lines.end) return kind === 'stamp';
  return lines.kinds[l] !== 'turn' && nextCandidate !== l;
}

/** The verdict of each candidate, for `--explain`. */
export function explainCandidates(list: CandidateList, e: EvidenceCounts, lines: LineKinds): Verdict[] {
  const dominant = dominantStyle(e);
  return list.shapes.map((shape, i) => {
    const v = judge(shape, e, dominant);
    const alone = v.accepted && (list.at[i] & 1) === 1 && !speechFollows(list, i, lines);
    return { line: candidateLine(list, i), label: shape.match.label, accepted: v.accepted && !alone, reason: alone ? 'alone on its line, and no speech follows' : v.reason };
  });
}

// ---------------------------------------------------------------------------
// Reading candidates from a line

/** Where a label's trailing parenthesised parts start (nested parentheses allowed); the text's end when none. */
export function trailingParenthesesStart(s: string): number {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  let cut = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 41 /* ) */) {
    let depth = 0;
    let i = end - 1;
    for (; i >= 0; i--) {
      const c = s.charCodeAt(i);
      if (c === 41) depth++;
      else if (c === 40 /* ( */ && --depth === 0) break;
    }
    if (i < 0) break;
    cut = i;
    end = i;
    while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  }
  return cut === s.length ? s.length : end;
}

/** Why a head (the text before a colon) is not a label, or undefined when it may be one. */
export function notLabelReason(core: string, words: readonly string[], w: CandidateWords): string | undefined {
  if (words.length === 0) return 'empty';
  if (words.length > MAX_CANDIDATE_WORDS) return `more than ${MAX_CANDIDATE_WORDS} words`;
  if (/[!?;"“”«»<>{}[\]|=*#@/\\]/.test(core)) return 'punctuation of prose or markup';
  if (!/^[\p{L}]/u.test(words[0])) return 'does not start with a letter';
  if (/^\p{Ll}/u.test(words[0])) return 'starts in lower case';
  if (w.notSpeaker.has(words[0].toLowerCase())) return `"${words[0]}" opens headings, not speakers`;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // A name's word is short; a long run of letters is a sentence of a script without spaces (`他说我们应该…：`).
    if (word.length > MAX_WORD_LENGTH) return 'a word too long for a name';
    const lower = word.toLowerCase();
    if (word === 'I' || isProse(lower, w)) return `"${word}" is a word of prose`;
    if (/^\d+$/.test(word)) {
      // `Speaker 2`, `Juror 101`; a long number is a process id or a year (`UNDICI 16241`).
      if (word.length > 3) return 'a number of more than three digits';
      continue;
    }
    if (/\d/.test(word)) return 'a word with digits';
    if (i > 0 && words.length > 3 && /^\p{Ll}/u.test(word) && !w.particles.has(lower)) return `lower-case "${word}" in a long label`;
  }
  return endReason(words, w);
}

/**
 * Why a label of several words cannot end where it does: a name never ends with a function word
 * (`DEPARTMENT OF HEALTH AND :`, a line of a court caption). One-letter marks stay (`Grad A:`).
 */
export function endReason(words: readonly string[], w: CandidateWords): string | undefined {
  const last = words[words.length - 1];
  return words.length > 1 && last.length > 1 && w.particles.has(last.toLowerCase()) ? `ends with "${last}"` : undefined;
}

function isProse(lower: string, w: CandidateWords): boolean {
  return w.stop.has(lower) || w.stop.has(beforeApostrophe(lower));
}

/** The first word of a label that marks prose, if any. */
export function proseWord(label: string, w: CandidateWords): string | undefined {
  return normalizeSpace(label).split(' ').find((word) => isProse(word.toLowerCase(), w));
}

/** True when a label ends with a number in parentheses (`Jeff King (5)`, `TCPWRAP(7)`): a count, not a remark. */
export function countRemark(label: string): boolean {
  const open = trailingParenthesesStart(label);
  if (open >= label.length) return false;
  const paren = label.indexOf('(', open);
  return /^\(\s*\d+\s*\)\s*$/.test(label.slice(paren));
}

/** A word up to its apostrophe: `here` of `here's`, `it` of `it’s`. */
function beforeApostrophe(word: string): string {
  const i = word.search(/['’]/);
  return i > 0 ? word.slice(0, i) : word;
}

/** The folded key of a label: kind, lower case, white space normalised, trailing parentheses dropped. */
export function candidateKey(kind: CandidateKind, label: string): string {
  const core = label.slice(0, trailingParenthesesStart(label)).trim() || label;
  return `${kind}\u0000${normalizeSpace(core).toLowerCase()}`;
}
