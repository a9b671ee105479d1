/**
 * Turn start times as transcripts write them: `[00:01:23]`, `0:34`, `(01:02:03.5)`,
 * subtitle cue timings `00:00:07.360 --> 00:00:10.559` (SRT: `00:00:07,360`). A
 * scanner that reads a time at one place of a line, and the finder of a turn's time
 * around its label. Linear by construction: a time is read from a given place in a
 * bounded number of characters, white space is skipped once per place, and the lines
 * looked at per turn are its label line, its next non-blank line and at most
 * {@link CUE_LOOKBACK} lines above it.
 */
import type { TurnTime } from '../model';
import { isSpace, LineRef, lineRef, LineSource, skipSpace } from '../text';

/** A time read from a line: the time, and where it ends. */
export interface TimeRead extends TurnTime {
  /** Offset just after the time (after its closing bracket when bracketed). */
  readonly end: number;
  /** True when the time stands in square brackets or parentheses. */
  readonly bracketed: boolean;
}

/**
 * How many lines above a label the start of its subtitle cue is looked for: the timing line
 * and up to four lines of cue text before the label (captions keep to two; in the subtitle
 * corpus a voice span stands on the cue's first or second text line). An edit this close
 * above a turn may change its time.
 */
export const CUE_LOOKBACK = 5;

/** Digits of the first field (`1:02:03`, `75:12`, `100:00:00`). */
const MAX_LEAD_DIGITS = 3;
/** Digits of a fraction of a second (`.360`, `,360`, `.19`). */
const MAX_FRACTION_DIGITS = 3;
/** The longest time text with its brackets: `(100:00:00.000)`. */
const MAX_TIME_CHARS = 15;

const COLON = 58;
const OPEN_SQUARE = 0x5b;
const OPEN_PAREN = 0x28;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for what a time can start with: a digit or an opening bracket (a quick test before reading one). */
function mayStartTime(c: number): boolean {
  return isDigit(c) || c === OPEN_SQUARE || c === OPEN_PAREN;
}

function isAsciiWord(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Number of digits at `at` (before `end`), at most `max + 1` (one more than allowed tells a too-long run). */
function digitsAt(text: string, at: number, end: number, max: number): number {
  let n = 0;
  while (n <= max && at + n < end && isDigit(text.charCodeAt(at + n))) n++;
  return n;
}

/** The value of the digits from `at` to `to`. */
function valueOf(text: string, at: number, to: number): number {
  let v = 0;
  for (let i = at; i < to; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
}

/** The fields `h:mm:ss` or `m:ss` at `at`: their value in seconds and where they end; undefined when there are none. */
function readFields(text: string, at: number, end: number): { seconds: number; end: number } | undefined {
  const lead = digitsAt(text, at, end, MAX_LEAD_DIGITS);
  if (lead === 0 || lead > MAX_LEAD_DIGITS) return undefined;
  let i = at + lead;
  let seconds = valueOf(text, at, i);
  let fields = 1;
  while (fields < 3 && i < end && text.charCodeAt(i) === COLON && digitsAt(text, i + 1, end, 2) === 2) {
    const v = valueOf(text, i + 1, i + 3);
    if (v >= 60) return undefined;
    seconds = seconds * 60 + v;
    fields++;
    i += 3;
  }
  // `3:1`, `12:345`, `1:02:03:04`: not a time.
  if (fields < 2 || (i < end && (text.charCodeAt(i) === COLON || isDigit(text.charCodeAt(i))))) return undefined;
  return { seconds, end: i };
}

/**
 * The time that starts at `at` in `text` (before `end`): `h:mm:ss`, `mm:ss` or `m:ss`, with an
 * optional fraction (`.360`, `,360`), optionally in `[…]` or `(…)`. Minutes and seconds after
 * the first field are below 60. An unbracketed time must not run into a word or another
 * number (`0:34abc`, `1:02:03:04`). Undefined when no time starts there.
 */
export function readTime(text: string, at: number, end: number): TimeRead | undefined {
  const open = at < end ? text.charCodeAt(at) : -1;
  const bracketed = open === OPEN_SQUARE || open === OPEN_PAREN;
  const start = bracketed ? at + 1 : at;
  const fields = readFields(text, start, end);
  if (!fields) return undefined;
  let i = fields.end;
  let seconds = fields.seconds;
  const sep = i < end ? text.charCodeAt(i) : -1;
  if (sep === 46 || sep === 44) {
    const n = digitsAt(text, i + 1, end, MAX_FRACTION_DIGITS);
    if (n > MAX_FRACTION_DIGITS) return undefined;
    if (n > 0) {
      seconds += valueOf(text, i + 1, i + 1 + n) / 10 ** n;
      i += 1 + n;
    }
  }
  const timeEnd = i;
  if (bracketed) {
    if (i >= end || text.charCodeAt(i) !== (open === OPEN_SQUARE ? 0x5d : 0x29)) return undefined;
    i++;
  } else if (i < end && (isAsciiWord(text.charCodeAt(i)) || text.charCodeAt(i) === COLON)) {
    return undefined;
  }
  return { text: text.slice(start, timeEnd), seconds, end: i, bracketed };
}

/** The time when it is all a line holds (white space around it allowed): `0:00`, `[00:20]`. */
export function timeOnlyLine(text: string, start: number, end: number): TimeRead | undefined {
  const t = readTime(text, skipSpace(text, start, end), end);
  return t && skipSpace(text, t.end, end) === end ? t : undefined;
}

/** The start of a subtitle cue when the line is a cue timing line (`00:00:07.360 --> 00:00:10.559 align:end`). */
export function cueStart(text: string, start: number, end: number): TimeRead | undefined {
  const t = readTime(text, skipSpace(text, start, end), end);
  if (!t || t.bracketed) return undefined;
  const arrow = skipSpace(text, t.end, end);
  return arrow + 3 <= end && text.startsWith('-->', arrow) ? t : undefined;
}

/** A time that ends just before `labelEnd` in parentheses or brackets: `Speaker Name (00:01:23)`. */
function trailingTime(text: string, start: number, labelEnd: number, end: number): TimeRead | undefined {
  if (labelEnd <= start) return undefined;
  const last = text.charCodeAt(labelEnd - 1);
  if (last !== 0x29 && last !== 0x5d) return undefined;
  for (let k = labelEnd - 2; k >= start && k >= labelEnd - MAX_TIME_CHARS; k--) {
    const c = text.charCodeAt(k);
    if (c !== OPEN_PAREN && c !== OPEN_SQUARE) continue;
    const t = readTime(text, k, end);
    return t && t.end === labelEnd ? t : undefined;
  }
  return undefined;
}

/**
 * The time on a turn's label line (`text` from `start` to `end`, the label ending at offset
 * `labelEnd` of the text): before the label (`[00:01:23] Name:`), in the label's trailing
 * parentheses (`Name (00:01:23):`), or right after the label and its colon, if any
 * (`Name: [06:14] …`, `Ali [00:00:00] …`, `Kelly  0:34`). After a colon, a time without
 * brackets counts only when it ends the line (`Name: 16:40 is when…` is speech).
 */
export function labelLineTime(text: string, start: number, end: number, labelEnd: number): TimeRead | undefined {
  const lead = skipSpace(text, start, labelEnd);
  const before = mayStartTime(text.charCodeAt(lead)) ? readTime(text, lead, end) : undefined;
  if (before && before.end < labelEnd && isSpace(text.charCodeAt(before.end))) return before;
  const inLabel = trailingTime(text, start, labelEnd, end);
  if (inLabel) return inLabel;
  let i = skipSpace(text, labelEnd, end);
  const colon = i < end && text.charCodeAt(i) === COLON;
  if (colon) i = skipSpace(text, i + 1, end);
  const after = i < end && mayStartTime(text.charCodeAt(i)) ? readTime(text, i, end) : undefined;
  if (!after) return undefined;
  if (after.bracketed || skipSpace(text, after.end, end) === end) return after;
  return !colon && isSpace(text.charCodeAt(after.end)) ? after : undefined;
}

/** True when nothing but white space and a colon follows the label on its line. */
function labelOnly(text: string, end: number, labelEnd: number): boolean {
  let i = skipSpace(text, labelEnd, end);
  if (i < end && text.charCodeAt(i) === COLON) i = skipSpace(text, i + 1, end);
  return i === end;
}

/** The start of the cue that holds line `line`: the nearest cue timing line above it with no blank line between. */
function cueTimeAbove(lines: LineSource, line: number, ref: LineRef): TimeRead | undefined {
  for (let l = line - 1; l >= 0 && l >= line - CUE_LOOKBACK; l--) {
    const { text, start, end } = lines.line(l, ref);
    // Most lines start with a letter: neither blank nor a cue timing.
    if (start < end && !isDigit(text.charCodeAt(start)) && !isSpace(text.charCodeAt(start))) continue;
    if (skipSpace(text, start, end) === end) return undefined;
    const t = cueStart(text, start, end);
    if (t) return t;
  }
  return undefined;
}

/** The plain {@link TurnTime} of a read (no offsets: the model keeps positions only where it needs them). */
function turnTime(t: TimeRead | undefined): TurnTime | undefined {
  return t && { text: t.text, seconds: t.seconds };
}

/**
 * A turn's start time: on its label line (see {@link labelLineTime}); else, when the label
 * line holds no speech, the next non-blank line up to `lastLine` (the turn's last line) when
 * that line is only a time (`Travis:` / `0:00`); else the start of the subtitle cue that
 * holds the label line. `labelEnd` is the label's end on line `line` (a character offset from
 * the line start), so any label form works. Undefined when the document gives no time.
 */
export function findTurnTime(lines: LineSource, line: number, labelEnd: number, lastLine: number, ref: LineRef = lineRef()): TurnTime | undefined {
  const { text, start, end } = lines.line(line, ref);
  const onLine = labelLineTime(text, start, end, start + labelEnd);
  if (onLine) return turnTime(onLine);
  if (labelOnly(text, end, start + labelEnd)) {
    for (let l = line + 1; l <= lastLine; l++) {
      const next = lines.line(l, ref);
      const from = skipSpace(next.text, next.start, next.end);
      if (from === next.end) continue;
      const t = timeOnlyLine(next.text, from, next.end);
      if (t) return turnTime(t);
      break;
    }
  }
  return turnTime(cueTimeAbove(lines, line, ref));
}

/** True when two turns' times are the same (both absent, or the same text). */
export function sameTime(a: TurnTime | undefined, b: TurnTime | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text && a.seconds === b.seconds);
}
