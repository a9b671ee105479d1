/**
 * Text in, transcript model out: header, paragraphs, speaker turns and
 * speakers. The parse keeps its per-line results (`ParseState`) so that an
 * edit can be applied by re-reading only the lines it changed (`incremental.ts`).
 */
import { buildModel, Reuse } from './build';
import { classifyLine, findHeader, markFooter, markTopChrome } from './header';
import { hasColonNearStart, LabelMatch, LabelReader } from './labels';
import { LabelForms } from './speakerGroups';
import { englishProfile, Profile } from '../profile';
import type { CancellationLike, Header, ParagraphKind, Transcript } from '../model';
import { indexLines, LineIndex, skipSpace, TextLines } from '../text';

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

/**
 * Parses a transcript with a fresh parser of the English profile (a convenience
 * for tests and one-off calls; long-lived callers keep one {@link TranscriptParser}).
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  return new TranscriptParser(englishProfile()).parse(text, options);
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

/** The result of reading a line without a label, one per kind: no object per line of prose. */
const PLAIN_READS: Readonly<Record<ParagraphKind | 'blank', LineRead>> = Object.freeze({
  blank: Object.freeze({ kind: undefined }),
  title: Object.freeze({ kind: 'title' }),
  date: Object.freeze({ kind: 'date' }),
  time: Object.freeze({ kind: 'time' }),
  place: Object.freeze({ kind: 'place' }),
  turn: Object.freeze({ kind: 'turn' }),
  text: Object.freeze({ kind: 'text' }),
  separator: Object.freeze({ kind: 'separator' }),
  stage: Object.freeze({ kind: 'stage' }),
  chrome: Object.freeze({ kind: 'chrome' }),
});
const LOOSE_READ: LineRead = Object.freeze({ kind: 'text', loose: true });

/**
 * A parser for one profile: the label grammar compiled, and the memos that let
 * a long transcript and its edits be read fast (label shapes, name keys, forms).
 * Long-lived callers keep one (the service does); it holds no document.
 */
export class TranscriptParser {
  readonly labels: LabelReader;
  readonly forms: LabelForms;

  constructor(readonly profile: Profile) {
    this.forms = new LabelForms(profile.genericLabels);
    this.labels = new LabelReader(profile, this.forms);
  }

  /** Parses a transcript. Never throws on any string; returns an empty model when cancelled. */
  parse(text: string, options: ParseOptions = {}): Transcript {
    return this.parseState(text, options.token)?.model ?? emptyTranscript(indexLines(text).count);
  }

  /** Parses a text into its state; undefined when cancelled. */
  parseState(text: string, token?: CancellationLike): ParseState | undefined {
    const lines = indexLines(text);
    const kinds: (ParagraphKind | undefined)[] = new Array(lines.count);
    const firstContent = markTopChrome(this.profile, text, lines, kinds);
    const { header, scanEnd } = findHeader(this.labels, text, lines, kinds, firstContent);
    const bodyStart = header.span ? header.span.end.line + 1 : firstContent;
    const bodyEnd = markFooter(this.profile, text, lines, kinds, bodyStart, header);
    const found = this.readBody(text, lines, kinds, bodyStart, bodyEnd, token);
    if (!found || token?.isCancellationRequested) return undefined;
    const partial = { source: TextLines.of(text, lines), baseKinds: kinds, header, headerScanEnd: scanEnd, bodyStart, bodyEnd, ...found };
    return { ...partial, model: this.finish(partial) };
  }

  /** First pass over the body: the kind of each line, the labels, the lines with a loose colon; undefined when cancelled. */
  private readBody(text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], bodyStart: number, bodyEnd: number, token?: CancellationLike): Pick<ParseState, 'strict' | 'loose' | 'names'> | undefined {
    const strict: LabelMatch[] = [];
    const loose: number[] = [];
    const names = new Map<string, number>();
    const colons: ColonCursor = { next: -2 };
    for (let line = bodyStart; line <= bodyEnd; line++) {
      if (line % CANCEL_CHECK_LINES === 0 && token?.isCancellationRequested) return undefined;
      if (kinds[line] !== undefined) continue;
      const read = this.readLine(text, lines.starts[line], lines.ends[line], line, colons);
      kinds[line] = read.kind;
      if (read.match) {
        strict.push(read.match);
        this.countName(names, read.match, 1);
      } else if (read.loose) {
        loose.push(line);
      }
    }
    return { strict, loose, names };
  }

  /** Reads body line `line`, which stands in `text` from `start` to `end` (a cursor only where the text is the whole text). */
  readLine(text: string, start: number, end: number, line: number, cursor?: ColonCursor): LineRead {
    if (skipSpace(text, start, end) === end) return PLAIN_READS.blank;
    const kind = classifyLine(this.labels.patterns, text, start, end);
    // A label ends with a colon near the line start: most prose lines have none, and skip the patterns.
    if (kind !== 'text' || !this.colonNearStart(text, start, end, cursor)) return PLAIN_READS[kind];
    const match = this.labels.match(text, line, start);
    if (match) return { kind: 'turn', match };
    return LOOSE_READ;
  }

  /** True when a colon stands within a label's length of the line start. */
  private colonNearStart(text: string, start: number, end: number, cursor?: ColonCursor): boolean {
    const max = this.labels.maxLabelLength;
    if (!cursor) return hasColonNearStart(text, start, end, max);
    if (cursor.next !== -1 && cursor.next < start) cursor.next = text.indexOf(':', start);
    return cursor.next !== -1 && cursor.next < end && cursor.next - start <= max;
  }

  /** Counts a label's name in (or, with -1, out of) the names of the second pass. */
  countName(names: Map<string, number>, m: LabelMatch, by: 1 | -1): void {
    const key = this.labels.nameKey(m);
    if (key === undefined) return;
    const n = (names.get(key) ?? 0) + by;
    if (n > 0) names.set(key, n);
    else names.delete(key);
  }

  /** Second pass and build: from the first pass's results to the model. */
  finish(s: Omit<ParseState, 'model'>, reuse?: Reuse): Transcript {
    const accepted = this.labels.acceptKnownNames(s.source, s.loose, new Set(s.names.keys()));
    let kinds = s.baseKinds;
    let matches = s.strict;
    if (accepted.length > 0) {
      const all = kinds.slice();
      for (const m of accepted) all[m.line] = 'turn';
      kinds = all;
      matches = mergeByLine(s.strict, accepted);
    }
    return buildModel(this.forms, { source: s.source, kinds, header: s.header, matches, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd }, reuse);
  }
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
