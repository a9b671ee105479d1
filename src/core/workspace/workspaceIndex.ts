/**
 * The index behind workspace symbols and `transcript-nav index DIR`: for every
 * transcript file, its speakers (with the lines of their turns) and its topic
 * segments, searchable by a fuzzy query. Plain data; the editor and the CLI
 * feed it file texts.
 */
import { DETECT_PREFIX_CHARS, looksLikeTranscript, MIN_TURNS_FOR_TRANSCRIPT } from '../parse';
import type { CancellationLike, Transcript } from '../model';
import { parseTranscript, TranscriptParser } from '../parse';
import { segmentTopics, TopicLexicon, TopicSegment } from '../topics';

/** One searchable entry: a speaker or a topic segment of a file. */
export interface IndexEntry {
  readonly kind: 'speaker' | 'topic';
  /** What the search matches and shows: `Denis Pushilin`, `Healthcare`. */
  readonly name: string;
  /** The speaker's role, or the first words of the segment. */
  readonly detail: string;
  /** 0-based line of the speaker's first turn, or of the segment's start. */
  readonly line: number;
  readonly endLine: number;
  /** For a speaker: the 0-based lines of all its turns. */
  readonly turnLines?: readonly number[];
}

/** What the index holds for one file. */
export interface IndexedFile {
  readonly uri: string;
  readonly entries: readonly IndexEntry[];
}

/** The entries of one transcript: its speakers and its topic segments. */
export function indexEntriesOf(text: string, model: Transcript, lexicon: TopicLexicon, token?: CancellationLike): IndexEntry[] {
  return entriesOf(model, segmentTopics(text, model, lexicon, token));
}

/** The entries of a transcript from its model and topic segments. */
export function entriesOf(model: Transcript, segments: readonly TopicSegment[]): IndexEntry[] {
  return [...speakerEntriesOf(model), ...segments.map(topicEntryOf)];
}

/** The entries of a transcript's speakers, with the lines of their turns. */
export function speakerEntriesOf(model: Pick<Transcript, 'speakers' | 'turns'>): IndexEntry[] {
  return model.speakers.map((s) => {
    const lines = s.turns.map((i) => model.turns[i].span.start.line);
    const last = model.turns[s.turns[s.turns.length - 1]];
    return { kind: 'speaker', name: s.name, detail: s.role ?? '', line: lines[0], endLine: last.span.end.line, turnLines: lines };
  });
}

/** The entry of a topic segment: its topic, with its first keywords as detail. */
export function topicEntryOf(seg: TopicSegment): IndexEntry {
  return { kind: 'topic', name: seg.topic, detail: seg.keywords.slice(0, 4).join(', '), line: seg.span.start.line, endLine: seg.span.end.line };
}

/**
 * How well a query matches a name, or -1: the query's characters must appear
 * in order (case-insensitive); consecutive runs and word starts score higher.
 */
export function fuzzyScore(query: string, name: string): number {
  if (query === '') return 0;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  const direct = n.indexOf(q);
  if (direct !== -1) return 1000 - direct + (direct === 0 || n[direct - 1] === ' ' ? 500 : 0);
  let score = 0;
  let at = 0;
  let run = 0;
  for (const ch of q) {
    const found = n.indexOf(ch, at);
    if (found === -1) return -1;
    run = found === at ? run + 1 : 1;
    score += run + (found === 0 || n[found - 1] === ' ' ? 3 : 0);
    at = found + 1;
  }
  return score;
}

/**
 * What the index keeps of a file: its speaker entries (or how to make them, for an open
 * document), and its topic segments (made entries when a search finds them).
 */
interface FileEntries {
  readonly uri: string;
  speakers: readonly IndexEntry[] | (() => readonly IndexEntry[]);
  readonly segments: readonly TopicSegment[];
}

/** The speaker entries of a file, made now if they were left for later. */
function speakersOf(file: FileEntries): readonly IndexEntry[] {
  if (typeof file.speakers === 'function') file.speakers = file.speakers();
  return file.speakers;
}

/** A search hit. */
export interface IndexHit {
  readonly uri: string;
  readonly entry: IndexEntry;
  readonly score: number;
}

/**
 * Transcript files and their entries, kept current as files change. A file's topic segments
 * are kept as they are (an open document's segments are shared with its outline), so putting
 * a file costs its speakers, not its tens of thousands of segments.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntries>();

  /** `parser`: reads the files given to {@link set} (default: a parser of the English profile per file). */
  constructor(private readonly parser?: TranscriptParser) {}

  /** Indexes (or re-indexes) a file; a `.txt` file that is not a transcript is dropped. */
  set(uri: string, text: string, options: { requireTurns?: boolean; lexicon: TopicLexicon; token?: CancellationLike }): boolean {
    // A short file is parsed once; a long one is first judged by its start, so a big log is not parsed whole.
    const short = text.length <= DETECT_PREFIX_CHARS;
    const model = short || !options.requireTurns || looksLikeTranscript(text, options.token, this.parser) ? this.parse(text, options.token) : undefined;
    if (!model || (options.requireTurns && model.turns.length < MIN_TURNS_FOR_TRANSCRIPT)) {
      this.files.delete(uri);
      return false;
    }
    this.put(uri, model, segmentTopics(text, model, options.lexicon, options.token));
    return true;
  }

  private parse(text: string, token?: CancellationLike): Transcript {
    return this.parser ? this.parser.parse(text, { token }) : parseTranscript(text, { token });
  }

  /**
   * Puts a file from its model and topic segments (made elsewhere: those of an open document, or
   * made in slices). With `later`, the speaker entries are made by the first search that needs
   * them (an open document is saved often; its model is kept by the editor meanwhile).
   */
  put(uri: string, model: Transcript, segments: readonly TopicSegment[], later = false): void {
    const { speakers, turns } = model;
    this.files.set(uri, { uri, speakers: later ? () => speakerEntriesOf({ speakers, turns }) : speakerEntriesOf(model), segments });
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  clear(): void {
    this.files.clear();
  }

  get size(): number {
    return this.files.size;
  }

  /** Every indexed file, with its entries: speakers, then topic segments. */
  all(): IndexedFile[] {
    return [...this.files.values()].map((f) => ({ uri: f.uri, entries: [...speakersOf(f), ...f.segments.map(topicEntryOf)] }));
  }

  /** Entries matching a query, best first, at most `limit`. */
  search(query: string, limit = 500, token?: CancellationLike): IndexHit[] {
    const hits: IndexHit[] = [];
    // Topic names repeat (a long transcript has thousands of segments and a few dozen topics): each is scored once.
    const topicScores = new Map<string, number>();
    for (const file of this.files.values()) {
      if (token?.isCancellationRequested) return [];
      for (const entry of speakersOf(file)) {
        const score = fuzzyScore(query, entry.name);
        if (score >= 0) hits.push({ uri: file.uri, entry, score });
      }
      for (const seg of file.segments) {
        let score = topicScores.get(seg.topic);
        if (score === undefined) topicScores.set(seg.topic, (score = fuzzyScore(query, seg.topic)));
        if (score >= 0) hits.push({ uri: file.uri, entry: topicEntryOf(seg), score });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri) || a.entry.line - b.entry.line);
    return hits.slice(0, limit);
  }
}
