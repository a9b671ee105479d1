/**
 * Text in, transcript model out: header, paragraphs, speaker turns and
 * speakers. The parse keeps its per-line results (`ParseState`) so that an
 * edit can be applied by re-reading only the lines it changed (`incremental.ts`).
 */
import { buildModel, Reuse } from './build';
import { classifyLine, findHeader, markFooter, markTopChrome } from './header';
import { acceptKnownNames, hasColonNearStart, LabelMatch, matchLabel, nameKey } from './labels';
import { MAX_LABEL_LENGTH } from '../profile';
import type { CancellationLike, Header, ParagraphKind, Transcript } from '../model';
import { TextLines } from '../text';
import { indexLines, LineIndex, skipSpace } from '../text';

/** Options of {@link parseTranscript}. */
export interface ParseOptions {
  /** Checked every few thousand lines; when set, parsing stops and returns an empty model. */
  readonly token?: CancellationLike;
}

/** Everything a parse found, line by line, kept so that an edit can reuse it. */
export interface ParseState {
  /** The text, line by line: after an edit, the text last parsed in full plus the lines edited since. */
  readonly source: TextLines;
  /** Kind of each line from the first pass (lines accepted by the second pass are still 'text' here). */
  readonly baseKinds: readonly (ParagraphKind | undefined)[];
  readonly header: Header;
  /** The last line the header search read. */
  readonly headerScanEnd: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Labels the pattern matched, sorted by line. */
  readonly strict: readonly LabelMatch[];
  /** Lines with a colon near the start that the pattern did not match, sorted. */
  readonly loose: readonly number[];
  /** How many strict labels carry each (normalised, two-word) name: the names the second pass knows. */
  readonly names: ReadonlyMap<string, number>;
  readonly model: Transcript;
}

const CANCEL_CHECK_LINES = 4096;

/** An empty model, returned for empty or cancelled input. */
export function emptyTranscript(lineCount = 1): Transcript {
  return { header: {}, turns: [], speakers: [], paragraphs: [], lineCount, bodyStart: 0, bodyEnd: -1 };
}

/** Parses a transcript. Never throws on any string; returns an empty model when cancelled. */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  return parseState(text, options.token)?.model ?? emptyTranscript(indexLines(text).count);
}

/** The result of reading one body line: its kind, and a label or a colon near its start. */
export interface LineRead {
  readonly kind: ParagraphKind | undefined;
  readonly match?: LabelMatch;
  readonly loose?: boolean;
}

/**
 * Where the next colon of the text is, for reading lines in order: one native
 * search serves every line up to that colon, so a text is searched once.
 */
export interface ColonCursor {
  /** Offset of the next colon at or after the last line read; -1 when there is none; -2 before the first search. */
  next: number;
}

/** True when a colon stands within a label's length of the line start. */
function colonNearStart(text: string, start: number, end: number, cursor?: ColonCursor): boolean {
  if (!cursor) return hasColonNearStart(text, start, end);
  if (cursor.next !== -1 && cursor.next < start) cursor.next = text.indexOf(':', start);
  return cursor.next !== -1 && cursor.next < end && cursor.next - start <= MAX_LABEL_LENGTH;
}

/** Reads one body line (lines read in order may share a colon cursor). */
export function readBodyLine(text: string, lines: LineIndex, line: number, cursor?: ColonCursor): LineRead {
  return readLine(text, lines.starts[line], lines.ends[line], line, cursor);
}

/** The result of reading a line without a label, one per kind: no object per line of prose. */
const PLAIN_READS = new Map<ParagraphKind | undefined, LineRead>();
function plainRead(kind: ParagraphKind | undefined): LineRead {
  let read = PLAIN_READS.get(kind);
  if (!read) PLAIN_READS.set(kind, (read = Object.freeze({ kind })));
  return read;
}
const LOOSE_READ: LineRead = Object.freeze({ kind: 'text', loose: true });

/** Reads body line `line`, which stands in `text` from `start` to `end` (a cursor only where the text is the whole text). */
export function readLine(text: string, start: number, end: number, line: number, cursor?: ColonCursor): LineRead {
  if (skipSpace(text, start, end) === end) return plainRead(undefined);
  const kind = classifyLine(text, start, end);
  // A label ends with a colon near the line start: most prose lines have none, and skip the patterns.
  if (kind !== 'text' || !colonNearStart(text, start, end, cursor)) return plainRead(kind);
  const match = matchLabel(text, line, start);
  if (match) return { kind: 'turn', match };
  return LOOSE_READ;
}

/** Counts a label's name in (or, with -1, out of) the names of the second pass. */
export function countName(names: Map<string, number>, m: LabelMatch, by: 1 | -1): void {
  const key = nameKey(m);
  if (key === undefined) return;
  const n = (names.get(key) ?? 0) + by;
  if (n > 0) names.set(key, n);
  else names.delete(key);
}

/** Parses a text into its state; undefined when cancelled. */
export function parseState(text: string, token?: CancellationLike): ParseState | undefined {
  const lines = indexLines(text);
  const kinds: (ParagraphKind | undefined)[] = new Array(lines.count);
  const firstContent = markTopChrome(text, lines, kinds);
  const { header, scanEnd } = findHeader(text, lines, kinds, firstContent);
  const bodyStart = header.span ? header.span.end.line + 1 : firstContent;
  const bodyEnd = markFooter(text, lines, kinds, bodyStart, header);
  const strict: LabelMatch[] = [];
  const loose: number[] = [];
  const names = new Map<string, number>();
  const colons: ColonCursor = { next: -2 };
  for (let line = bodyStart; line <= bodyEnd; line++) {
    if (line % CANCEL_CHECK_LINES === 0 && token?.isCancellationRequested) return undefined;
    if (kinds[line] !== undefined) continue;
    const read = readBodyLine(text, lines, line, colons);
    kinds[line] = read.kind;
    if (read.match) {
      strict.push(read.match);
      countName(names, read.match, 1);
    } else if (read.loose) {
      loose.push(line);
    }
  }
  if (token?.isCancellationRequested) return undefined;
  const partial = { source: TextLines.of(text, lines), baseKinds: kinds, header, headerScanEnd: scanEnd, bodyStart, bodyEnd, strict, loose, names };
  return { ...partial, model: finish(partial) };
}

/** Second pass and build: from the first pass's results to the model. */
export function finish(s: Omit<ParseState, 'model'>, reuse?: Reuse): Transcript {
  const accepted = acceptKnownNames(s.source, s.loose, new Set(s.names.keys()));
  let kinds = s.baseKinds;
  let matches = s.strict;
  if (accepted.length > 0) {
    const all = kinds.slice();
    for (const m of accepted) all[m.line] = 'turn';
    kinds = all;
    matches = mergeByLine(s.strict, accepted);
  }
  return buildModel({ source: s.source, kinds, header: s.header, matches, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd }, reuse);
}

/** Merges two lists of labels sorted by line. */
function mergeByLine(a: readonly LabelMatch[], b: readonly LabelMatch[]): LabelMatch[] {
  const out: LabelMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].line < b[j].line)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
