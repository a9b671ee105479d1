/**
 * Line-level helpers over a text: where each line starts and ends, without
 * splitting the text into substrings.
 */
import { lowerBound } from './search';

/** Start and content end (before the line break) of every line, as UTF-16 offsets. */
export interface LineIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

/**
 * Indexes the lines of a text. A line ends at LF, CR LF or a CR alone, as VS Code
 * splits lines: the break is not part of the line's content.
 */
export function indexLines(text: string): LineIndex {
  // One pass; the arrays grow by doubling (a typical line is tens of characters long).
  let starts = new Int32Array(Math.max(16, text.length >> 6));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let start = 0;
  // The next LF and the next CR at or after `start` (-1: none left), each searched once per break it passes.
  let lf = -2;
  let cr = -2;
  for (;;) {
    if (count === starts.length) {
      starts = grown(starts, count * 2);
      ends = grown(ends, count * 2);
    }
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    starts[count] = start;
    count++;
    if (cr !== -1 && (lf === -1 || cr < lf - 1)) {
      ends[count - 1] = cr; // a CR alone
      start = cr + 1;
    } else if (lf !== -1) {
      ends[count - 1] = cr !== -1 && cr === lf - 1 ? cr : lf;
      start = lf + 1;
    } else {
      ends[count - 1] = text.length;
      break;
    }
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count), count };
}

function grown(a: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/**
 * The text with every CR that is not followed by LF replaced by LF: the same
 * length, offsets and line numbers (a CR alone is a line break to VS Code and to
 * {@link indexLines}), for readers that look for LF only. The text itself when it
 * has no such CR.
 */
export function normalizeLoneCR(text: string): string {
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) return text.replace(/\r(?!\n)/g, '\n');
  }
  return text;
}

/** True for the white space a label or a line may contain, NBSP and zero-width characters included. */
export function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // printable ASCII and C1: the common case, decided at once
  return (
    code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x200b || code === 0xfeff ||
    code === 0xad || code === 0x2009 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
  );
}

/** Offset of the first non-space character of the range, or `end` when it is blank. */
export function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character of the range, or `from` when it is blank. */
export function trimEnd(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Collapses every run of white space (NBSP included) into one space and trims the ends. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff\u00ad]+/g, ' ').trim();
}

/** Number of words (runs of non-space characters that hold a letter or a digit) in a range. */
export function countWords(text: string, from: number, end: number): number {
  let words = 0;
  // 0: between words; 1: in a word that has no letter or digit yet; 2: in a counted word.
  let state = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || (c <= 32 && c !== 0) || (c >= 0xa0 && isSpace(c))) {
      state = 0;
    } else if (state !== 2) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 0xbf) {
        words++;
        state = 2;
      } else {
        state = 1;
      }
    }
  }
  return words;
}

/**
 * A copy of a string that does not keep a larger string alive. V8 represents
 * a slice of a long string as a view into it; a label kept in a model across
 * edits would otherwise hold every old version of the document in memory.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Index of the first item whose line (the items sorted by it) is at least `line`; the length when there is none. */
export function firstIndexFrom<T>(items: readonly T[], lineOf: (item: T) => number, line: number): number {
  return lowerBound(0, items.length, (i) => lineOf(items[i]) < line);
}

/** True when `s` is the text from `start` to `end`, compared in place (no substring). */
export function isTextAt(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
