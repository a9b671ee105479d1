/**
 * Reading a line's candidate label (see `evidence.ts`): text before a colon
 * that has a label's shape, a question mark with wide space after it, a WebVTT
 * voice span, a name with a timestamp. Hand-written scanners, each linear in
 * the line; offsets are characters from the line start.
 */
import { CandidateKind, CandidateShape, CandidateWords, candidateKey, countRemark, labelStyle, notLabelReason, trailingParenthesesStart } from './evidence';
import type { LabelMatch } from './match';
import { isSpace, normalizeSpace, trimEnd } from '../text';

type Shape = Omit<LabelMatch, 'line'>;

/** A shape whose whole label (from `labelStart`) is the name, with what ends it at `colon`. */
function nameShape(label: string, labelStart: number, colon: number, nameLength: number): Shape {
  return {
    label, labelStart, labelEnd: labelStart + label.length, colon,
    nameStart: 0, nameEnd: nameLength, generic: false, endsInName: true, key: null,
  };
}

function candidate(kind: CandidateKind, label: string, core: string, match: Shape, w: CandidateWords): CandidateShape {
  const words = core === '' ? [label] : normalizeSpace(core).split(' ');
  const lowerWords = words.some((word, i) => i > 0 && /^\p{Ll}/u.test(word) && !w.particles.has(word.toLowerCase()));
  return {
    kind, key: candidateKey(kind, label), style: labelStyle(label), words: words.length, remark: core.length < label.length,
    lowerWords, comma: core.includes(','), match,
  };
}

/** The label's part before its trailing parentheses; for a label that is all parentheses (`(UNKNOWN)`), the inside. */
function coreOf(label: string): string {
  const cut = trailingParenthesesStart(label);
  const core = label.slice(0, trimEnd(label, 0, cut));
  if (core !== '') return core;
  return label.startsWith('(') && label.endsWith(')') ? label.slice(1, -1).trim() : '';
}

/**
 * The candidate of a line whose text up to its first colon is `head` (the
 * colon at `head.length`), or the reason it is none.
 */
export function readColonCandidate(head: string, w: CandidateWords): CandidateShape | string {
  let labelStart = 0;
  // A dash that opens a subtitle line (`- Name: text`).
  if ((head.startsWith('- ') || head.startsWith('– ')) && head.length > 2) labelStart = 2;
  if (isSpace(head.charCodeAt(labelStart))) return 'starts with white space';
  const labelEnd = trimEnd(head, labelStart, head.length);
  const label = head.slice(labelStart, labelEnd);
  const core = coreOf(label);
  if (core === '') return 'empty';
  if (countRemark(label)) return 'a count in parentheses';
  const words = normalizeSpace(core).split(' ');
  const reason = notLabelReason(core, words, w);
  if (reason !== undefined) return reason;
  const nameLength = label.startsWith('(') ? label.length : core.length;
  return candidate('colon', label, core, nameShape(label, labelStart, head.length, nameLength), w);
}

/** `Q` (a mark of the profile) followed by a no-break space, a tab or two spaces, then speech. */
export function readQuestion(text: string, start: number, end: number, w: CandidateWords): CandidateShape | undefined {
  for (const mark of w.questionMarks) {
    if (!text.startsWith(mark, start)) continue;
    const i = start + mark.length;
    const c = text.charCodeAt(i);
    const wide = c === 0xa0 || c === 9 || (c === 32 && i + 1 < end && isSpace(text.charCodeAt(i + 1)));
    if (wide && i < end) return markShape('question', mark, true, w);
  }
  return undefined;
}

/** `Q.` or `A.` (the profile's deposition marks) and a space opening a paragraph of a deposition: `Q. Did you see him?`. */
export function readDeposition(text: string, start: number, end: number, w: CandidateWords): CandidateShape | undefined {
  for (const mark of w.depositionMarks) {
    if (!text.startsWith(mark, start) || text.charCodeAt(start + mark.length) !== 46 /* . */) continue;
    const i = start + mark.length + 1;
    if (i < end && isSpace(text.charCodeAt(i)) && skipSpaceTo(text, i, end) < end) return markShape('deposition', mark, mark === w.depositionMarks[0], w);
  }
  return undefined;
}

function skipSpaceTo(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The shape of a mark's label (the same object for every line: the mark, or the mark and its
 * dot, ends the label); a question's mark is a generic voice.
 */
function markShape(kind: 'question' | 'deposition', mark: string, generic: boolean, w: CandidateWords): CandidateShape {
  const memo = `${kind} ${mark}`;
  let shape = w.questionShapes.get(memo);
  if (!shape) {
    // The label's end: the mark's dot for a deposition, the first space after a question mark.
    shape = candidate(kind, mark, mark, { ...nameShape(mark, 0, mark.length, mark.length), generic }, w);
    w.questionShapes.set(memo, shape);
  }
  return shape;
}

/** A WebVTT voice span opening a cue line: `<v Travis>`, `<v.loud Boon's Mom>`. */
export function readVoice(text: string, start: number, end: number, maxLength: number, w: CandidateWords): CandidateShape | undefined {
  if (!text.startsWith('<v', start)) return undefined;
  let i = start + 2;
  if (text.charCodeAt(i) === 46 /* . */) while (i < end && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 62) i++;
  if (i >= end || !isSpace(text.charCodeAt(i))) return undefined;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  // The `>` within a label's length: a search to the text's end for every such line would be quadratic.
  const stop = Math.min(end, i + maxLength + 1);
  let close = i;
  while (close < stop && text.charCodeAt(close) !== 62 /* > */) close++;
  if (close >= stop) return undefined;
  const nameEnd = trimEnd(text, i, close);
  if (nameEnd === i) return undefined;
  const label = text.slice(i, nameEnd);
  if (label.includes('<')) return undefined;
  return candidate('voice', label, label, nameShape(label, i - start, close - start, label.length), w);
}

/** Reads a time `h:mm:ss`, `mm:ss` or `m:ss` (a fraction allowed) at `i`; its end, or -1. */
export function readTime(text: string, i: number, end: number): number {
  let groups = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > 2) return -1;
    } else if (c === 58 /* : */ && digits > 0 && groups < 2) {
      if (groups > 0 && digits !== 2) return -1;
      groups++;
      digits = 0;
    } else break;
  }
  if (groups === 0 || digits !== 2) return -1;
  if ((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) && /\d/.test(text[i + 1] ?? '')) {
    i++;
    while (i < end && /\d/.test(text[i])) i++;
  }
  return i;
}

/** True for a capital letter or a letter without case (ASCII decided without a regular expression). */
function isCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return /[\p{Lu}\p{Lo}]/u.test(text[i]);
}

/** True for a character inside a word of a name: a letter, a mark, an apostrophe, a dot, a hyphen. */
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45;
  return /[\p{L}\p{M}’]/u.test(text[i]);
}

/** Capitalised words at the line start, one space apart, at most four: the name of a timestamp header; its end, or -1. */
function readNameWords(text: string, start: number, end: number): number {
  let i = start;
  let words = 0;
  while (i < end && words < 4) {
    if (!isCapital(text, i)) break;
    let j = i + 1;
    while (j < end && isNameChar(text, j)) j++;
    words++;
    i = j;
    if (text.charCodeAt(i) !== 32 || i + 1 >= end || !isCapital(text, i + 1)) break;
    i++;
  }
  return words === 0 ? -1 : i;
}

/**
 * A timestamp header: a name, white space and a time, the speech after it
 * (`Ali [00:00:00] Today…`, `Lindsey [22:45][laughs]`) or on the next lines
 * (`Kelly  0:34  `). An unbracketed time must end its line (`John 3:16 says` is prose).
 */
export function readStamp(text: string, start: number, end: number, w: CandidateWords): CandidateShape | undefined {
  const nameEnd = readNameWords(text, start, end);
  if (nameEnd < 0 || nameEnd >= end || !isSpace(text.charCodeAt(nameEnd))) return undefined;
  let i = nameEnd;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const open = text.charCodeAt(i);
  const bracket = open === 91 /* [ */ || open === 40; /* ( */
  const timeEnd = readTime(text, bracket ? i + 1 : i, end);
  if (timeEnd < 0) return undefined;
  let last = timeEnd - 1;
  if (bracket) {
    if (text.charCodeAt(timeEnd) !== (open === 91 ? 93 : 41)) return undefined;
    // `Speaker Name (00:01:23): text`: the colon after the time ends the label.
    last = text.charCodeAt(timeEnd + 1) === 58 ? timeEnd + 1 : timeEnd;
  } else if (trimEnd(text, timeEnd, end) !== timeEnd) return undefined;
  const label = text.slice(start, nameEnd);
  const words = label.split(' ');
  if (notLabelReason(label, words, w) !== undefined) return undefined;
  return candidate('stamp', label, label, nameShape(label, 0, last - start, label.length), w);
}
