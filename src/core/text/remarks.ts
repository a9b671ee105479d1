/**
 * Remarks in parentheses at the end of a label: `(retranslated)`,
 * `(Chingford and Woodford Green)`, `(Folkestone and Hythe) (Con)`,
 * `(Hon. Anthony Rota (NipissingTimiskaming, Lib.))`. Found by scanning the
 * characters once (back from the end, or forward from an opening parenthesis),
 * so the time is linear in the label whatever parentheses it holds; a regular
 * expression that tries every `(` as a start is quadratic on `((((…`.
 */
import { skipSpace, trimEnd } from './text';

const OPEN = 40; // (
const CLOSE = 41; // )

/**
 * Where `s[start, end)` ends without its trailing remarks: every parenthesised
 * part at its end (nested ones whole), and an unclosed `(remark` at its very
 * end, with the white space before them. A part that begins the range is kept
 * (`(UNKNOWN)` is a label, not a remark); unbalanced parentheses are kept.
 */
export function endBeforeRemarks(s: string, start = 0, end = s.length): number {
  let e = trimEnd(s, start, end);
  while (e > start) {
    const open = s.charCodeAt(e - 1) === CLOSE ? matchingOpen(s, start, e - 1) : unclosedOpen(s, start, e);
    if (open < 0) break;
    const before = trimEnd(s, start, open);
    if (before === start) break;
    e = before;
  }
  return e;
}

/** The string without its trailing remarks (see {@link endBeforeRemarks}). */
export function withoutRemarks(s: string): string {
  const e = endBeforeRemarks(s);
  return e === s.length ? s : s.slice(0, e);
}

/** Where a parenthesised part stands: its parentheses, and its content without white space at either end. */
export interface RemarkSpan {
  /** Offset of the `(`. */
  readonly open: number;
  /** Offset of the matching `)`, or the end of the range when the part is not closed. */
  readonly close: number;
  readonly contentStart: number;
  readonly contentEnd: number;
}

/**
 * The parenthesised part that starts at the first non-blank character at or
 * after `from` (the first remark after a label's core), or undefined when none
 * starts there.
 */
export function remarkAt(s: string, from: number, end = s.length): RemarkSpan | undefined {
  const open = skipSpace(s, from, end);
  if (open >= end || s.charCodeAt(open) !== OPEN) return undefined;
  let depth = 0;
  let close = end;
  for (let i = open; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) {
      close = i;
      break;
    }
  }
  const contentStart = skipSpace(s, open + 1, close);
  return { open, close, contentStart, contentEnd: trimEnd(s, contentStart, close) };
}

/** The `(` that the `)` at `close` closes, or -1. */
function matchingOpen(s: string, start: number, close: number): number {
  let depth = 0;
  for (let i = close; i >= start; i--) {
    const c = s.charCodeAt(i);
    if (c === CLOSE) depth++;
    else if (c === OPEN && --depth === 0) return i;
  }
  return -1;
}

/** The last `(` before `end` when no `)` follows it, or -1. */
function unclosedOpen(s: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = s.charCodeAt(i);
    if (c === CLOSE) return -1;
    if (c === OPEN) return i;
  }
  return -1;
}
