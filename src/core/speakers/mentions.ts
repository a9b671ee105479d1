/**
 * Mentions of speakers inside speech: "Mr Pushilin", "Ms Golikova", or the
 * full name "Denis Pushilin" outside a label. Found in one pass over the
 * text: from each position that can start a mention, the speakers' names are
 * walked as a trie (a sorted array narrowed character by character), so the
 * work does not grow with the number of speakers, only with the length of the
 * longest name.
 *
 * A mention is a whole word sequence: it does not start or end inside a word,
 * and a hyphen or an apostrophe between letters is inside a word (`Mr
 * Petrov-Vodkin` is not `Mr Petrov`), except the possessive `’s` / `'s`
 * (`Mr Pushilin’s` is a mention of Pushilin).
 */
import type { CancellationLike, Span, Transcript } from '../model';
import { indexLines, LineIndex, lowerBound } from '../text';

/** A mention of a speaker in speech. */
export interface SpeakerMention {
  readonly speaker: string;
  /** The whole mention (`Mr Pushilin`, `Denis Pushilin`). */
  readonly span: Span;
  /** The part that is the speaker's name or surname (`Pushilin`, `Denis Pushilin`). */
  readonly nameSpan: Span;
}

const HONORIFICS = ['Mr', 'Ms', 'Mrs', 'Miss', 'Madam', 'Dr', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'];
/** The honorifics by their first two units, in the order above. */
const HONORIFICS_BY_FIRST_TWO: ReadonlyMap<number, readonly string[]> = new Map(
  [...new Set(HONORIFICS.map((h) => pairKey(h.charCodeAt(0), h.charCodeAt(1))))].map((key) => [
    key,
    HONORIFICS.filter((h) => pairKey(h.charCodeAt(0), h.charCodeAt(1)) === key),
  ]),
);
/** Within a long line, the token is asked again after this many candidate positions. */
const CANCEL_CHUNK = 4096;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** One number for two UTF-16 units. */
function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** Surname of a person's name: its last word. */
export function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** A range [lo, hi) of a sorted form list whose forms all begin with the same `depth` units. */
interface FormRange {
  readonly lo: number;
  readonly hi: number;
  readonly depth: number;
}

/** The forms a mention can take, each list sorted by UTF-16 code units (a trie held in an array). */
interface NameIndex {
  /** Full names, words separated by one space (a run of spaces or NBSPs in the text). */
  readonly names: readonly string[];
  readonly nameKeys: readonly string[];
  /** The names by their first two units (a name has at least three: two words and a space). */
  readonly namesByFirstTwo: ReadonlyMap<number, FormRange>;
  /** Surnames that belong to one speaker only: after "Mr" a shared surname is ambiguous. */
  readonly surnames: readonly string[];
  readonly surnameKeys: readonly string[];
  /** All the surnames, as a range to walk from. */
  readonly allSurnames: FormRange;
  /** Finds the next unit a mention can start with (a character class: one native pass, whatever the number of names). */
  readonly starts: RegExp;
}

/** For each pair of first units of the sorted names, the range of names that begin with it. */
function rangesByFirstTwo(names: readonly string[]): Map<number, FormRange> {
  const ranges = new Map<number, FormRange>();
  for (let lo = 0; lo < names.length; ) {
    const key = pairKey(names[lo].charCodeAt(0), names[lo].charCodeAt(1));
    let hi = lo + 1;
    while (hi < names.length && pairKey(names[hi].charCodeAt(0), names[hi].charCodeAt(1)) === key) hi++;
    ranges.set(key, { lo, hi, depth: 2 });
    lo = hi;
  }
  return ranges;
}

/** The speaker forms of the model's non-generic speakers whose names have two words or more. */
function nameIndex(model: Transcript): NameIndex | undefined {
  const byName = new Map<string, string>();
  const surnameOwner = new Map<string, string | null>(); // null: shared by two speakers
  for (const s of model.speakers) {
    if (s.generic || !s.name.includes(' ')) continue;
    byName.set(s.name, s.key);
    const surname = surnameOf(s.name);
    const owner = surnameOwner.get(surname);
    surnameOwner.set(surname, owner === undefined || owner === s.key ? s.key : null);
  }
  if (byName.size === 0) return undefined;
  const names = [...byName.keys()].sort();
  const surnames = [...surnameOwner].filter(([, owner]) => owner !== null).map(([surname]) => surname).sort();
  const units = new Set(names.map((n) => n.charCodeAt(0)));
  if (surnames.length > 0) for (const h of HONORIFICS) units.add(h.charCodeAt(0));
  const unitClass = [...units].map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
  return {
    names,
    nameKeys: names.map((n) => byName.get(n) ?? ''),
    namesByFirstTwo: rangesByFirstTwo(names),
    surnames,
    surnameKeys: surnames.map((s) => surnameOwner.get(s) ?? ''),
    allSurnames: { lo: 0, hi: surnames.length, depth: 0 },
    starts: new RegExp(`[${unitClass}]`, 'g'),
  };
}

function isLetterOrMark(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** The code point that ends just before `i` (a surrogate pair read whole). */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const unit = text.charCodeAt(i - 1);
  return isLowSurrogate(unit) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? text.codePointAt(i - 2) : unit;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Hyphen, apostrophe, right single quotation mark: inside a word when a letter follows (and precedes). */
function isJoiner(unit: number): boolean {
  return unit === 0x2d || unit === 0x27 || unit === 0x2019;
}

/**
 * True when a mention may end just before `i`: no letter follows, nor (after
 * a letter) a hyphen or apostrophe that goes on with one, a possessive `’s` aside.
 */
function isMentionEnd(text: string, i: number): boolean {
  if (isLetterOrMark(text.codePointAt(i))) return false;
  const unit = text.charCodeAt(i);
  if (!isJoiner(unit) || !isLetterOrMark(text.codePointAt(i + 1)) || !isLetterOrMark(codePointBefore(text, i))) return true;
  return unit !== 0x2d && text.charCodeAt(i + 1) === 0x73 && !isLetterOrMark(text.codePointAt(i + 2));
}

/** True when a mention may start at `p`: not inside a word (nor inside a surrogate pair). */
function isMentionStart(text: string, p: number): boolean {
  if (isLowSurrogate(text.charCodeAt(p)) && p > 0 && isHighSurrogate(text.charCodeAt(p - 1))) return false;
  const before = codePointBefore(text, p);
  if (isLetterOrMark(before)) return false;
  return !(before !== undefined && isJoiner(before) && isLetterOrMark(codePointBefore(text, p - 1)));
}

/** First index in [lo, hi) whose form has a unit >= `unit` at `depth` (the forms there share their first `depth` units). */
function firstWithUnit(forms: readonly string[], lo: number, hi: number, depth: number, unit: number): number {
  return lowerBound(lo, hi, (i) => forms[i].charCodeAt(depth) < unit);
}

/** Offset after the run of spaces and NBSPs at `i`. */
function skipNameSpace(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  return j;
}

/**
 * The longest of the sorted `forms` that the text spells from `from` (a space
 * in a form matching a run of spaces and NBSPs) and that ends a mention:
 * its index and where it ends in the text. `range`: the forms that begin
 * with the `range.depth` units before `from`. Reads at most one form's length.
 */
function longestForm(text: string, from: number, end: number, forms: readonly string[], range: FormRange): { index: number; end: number } | undefined {
  let { lo, hi } = range;
  let best: { index: number; end: number } | undefined;
  for (let depth = range.depth, i = from; ; depth++) {
    // The forms in [lo, hi) are those that begin with the `depth` units read; one of them may be exactly those.
    if (lo < hi && forms[lo].length === depth) {
      if (isMentionEnd(text, i)) best = { index: lo, end: i };
      lo++;
    }
    if (lo >= hi || i >= end) return best;
    let unit = text.charCodeAt(i);
    if (unit === 0xa0 || unit === 32) {
      unit = 32;
      i = skipNameSpace(text, i, end);
    } else {
      i++;
    }
    lo = firstWithUnit(forms, lo, hi, depth, unit);
    hi = firstWithUnit(forms, lo, hi, depth, unit + 1);
  }
}

/** Offset after an honorific (one of `candidates`) and the spaces that follow it at `p`, if there is one. */
function afterHonorific(text: string, p: number, end: number, candidates: readonly string[]): number | undefined {
  for (const h of candidates) {
    const next = text.charCodeAt(p + h.length);
    if ((next === 32 || next === 0xa0) && p + h.length < end && text.startsWith(h, p)) return skipNameSpace(text, p + h.length, end);
  }
  return undefined;
}

/**
 * The mention starting at `p`: "Mr Surname" first, else the longest full
 * name. The first two units (a run of spaces read as one space) rule out
 * most positions at once.
 */
function mentionAt(text: string, p: number, end: number, index: NameIndex): { speaker: string; nameStart: number; end: number } | undefined {
  if (p + 1 >= end) return undefined;
  const second = text.charCodeAt(p + 1);
  const space = second === 32 || second === 0xa0;
  const key = pairKey(text.charCodeAt(p), space ? 32 : second);
  const honorifics = index.surnames.length > 0 ? HONORIFICS_BY_FIRST_TWO.get(key) : undefined;
  const names = index.namesByFirstTwo.get(key);
  if ((honorifics === undefined && names === undefined) || !isMentionStart(text, p)) return undefined;
  const q = honorifics && afterHonorific(text, p, end, honorifics);
  if (q !== undefined) {
    const s = longestForm(text, q, end, index.surnames, index.allSurnames);
    if (s) return { speaker: index.surnameKeys[s.index], nameStart: q, end: s.end };
  }
  const n = names && longestForm(text, space ? skipNameSpace(text, p + 1, end) : p + 2, end, index.names, names);
  return n && { speaker: index.nameKeys[n.index], nameStart: p, end: n.end };
}

/** Where the scan stands: the line of the last candidate and the part of it that is speech. */
interface LineCursor {
  line: number;
  /** From here on the line is not a label. */
  from: number;
  /** The end of the line's content (before CR LF). */
  end: number;
}

/** Moves the cursor to the line holding `at`, asking the token once per line passed; false when cancelled. */
function advanceTo(cursor: LineCursor, at: number, lines: LineIndex, labelEnds: ReadonlyMap<number, number>, token?: CancellationLike): boolean {
  if (at < lines.starts[cursor.line + 1] || cursor.line + 1 >= lines.count) return true;
  while (cursor.line + 1 < lines.count && lines.starts[cursor.line + 1] <= at) {
    cursor.line++;
    if (token?.isCancellationRequested) return false;
  }
  cursor.from = lines.starts[cursor.line] + (labelEnds.get(cursor.line) ?? 0);
  cursor.end = lines.ends[cursor.line];
  return true;
}

/** The mention as positions on its line. */
function toMention(line: number, lineStart: number, p: number, m: { speaker: string; nameStart: number; end: number }): SpeakerMention {
  const character = p - lineStart;
  return {
    speaker: m.speaker,
    span: { start: { line, character }, end: { line, character: m.end - lineStart } },
    nameSpan: { start: { line, character: m.nameStart - lineStart }, end: { line, character: m.end - lineStart } },
  };
}

/**
 * Finds every mention of the model's (non-generic, two-word-or-longer)
 * speakers in the text, outside labels; a surname shared by two speakers is
 * not looked for after "Mr". Asks the token once per line (and every 4096
 * candidate positions of a long line); returns [] when cancelled.
 */
export function findSpeakerMentions(text: string, model: Transcript, token?: CancellationLike): SpeakerMention[] {
  const index = nameIndex(model);
  if (!index || token?.isCancellationRequested) return [];
  const lines = indexLines(text);
  const labelEnds = new Map(model.turns.map((t) => [t.labelSpan.start.line, t.labelSpan.end.character]));
  const cursor: LineCursor = { line: 0, from: labelEnds.get(0) ?? 0, end: lines.ends[0] };
  const out: SpeakerMention[] = [];
  for (let p = 0, candidates = 0; ; ) {
    index.starts.lastIndex = p;
    if (!index.starts.test(text)) return out;
    const at = index.starts.lastIndex - 1;
    if (!advanceTo(cursor, at, lines, labelEnds, token) || (++candidates % CANCEL_CHUNK === 0 && token?.isCancellationRequested)) return [];
    // A label is the turn itself, not a mention: a label line is read from the label's end.
    if (at < cursor.from) {
      p = cursor.from;
      continue;
    }
    const m = at < cursor.end ? mentionAt(text, at, cursor.end, index) : undefined;
    if (m) out.push(toMention(cursor.line, lines.starts[cursor.line], at, m));
    p = m ? m.end : at + 1;
  }
}
