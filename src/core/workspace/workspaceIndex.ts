/**
 * The index behind workspace symbols and `transcript-nav index DIR`: for every
 * transcript file, its speakers (with the lines of their turns) and its topic
 * segments, searchable by a fuzzy query. Plain data; the editor and the CLI
 * feed it file texts.
 */
import { DETECT_PREFIX_CHARS, looksLikeTranscript, MIN_TURNS_FOR_TRANSCRIPT } from '../parse';
import type { CancellationLike, Transcript } from '../model';
import { parseTranscript } from '../parse';
import { segmentTopics, TopicLexicon } from '../topics';

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
export function indexEntriesOf(text: string, model: Transcript = parseTranscript(text), lexicon?: TopicLexicon, token?: CancellationLike): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (const s of model.speakers) {
    const lines = s.turns.map((i) => model.turns[i].span.start.line);
    const last = model.turns[s.turns[s.turns.length - 1]];
    out.push({ kind: 'speaker', name: s.name, detail: s.role ?? '', line: lines[0], endLine: last.span.end.line, turnLines: lines });
  }
  for (const seg of segmentTopics(text, model, lexicon, token)) {
    out.push({ kind: 'topic', name: seg.topic, detail: seg.keywords.slice(0, 4).join(', '), line: seg.span.start.line, endLine: seg.span.end.line });
  }
  return out;
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

/** Transcript files and their entries, kept current as files change. */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();

  /** Indexes (or re-indexes) a file; a `.txt` file that is not a transcript is dropped. */
  set(uri: string, text: string, options: { requireTurns?: boolean; lexicon?: TopicLexicon; token?: CancellationLike } = {}): boolean {
    // A short file is parsed once; a long one is first judged by its start, so a big log is not parsed whole.
    const short = text.length <= DETECT_PREFIX_CHARS;
    const model = short || !options.requireTurns || looksLikeTranscript(text, options.token) ? parseTranscript(text, { token: options.token }) : undefined;
    if (!model || (options.requireTurns && model.turns.length < MIN_TURNS_FOR_TRANSCRIPT)) {
      this.files.delete(uri);
      return false;
    }
    this.files.set(uri, { uri, entries: indexEntriesOf(text, model, options.lexicon, options.token) });
    return true;
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

  /** Every indexed file. */
  all(): IndexedFile[] {
    return [...this.files.values()];
  }

  /** Entries matching a query, best first, at most `limit`. */
  search(query: string, limit = 500, token?: CancellationLike): { uri: string; entry: IndexEntry; score: number }[] {
    const hits: { uri: string; entry: IndexEntry; score: number }[] = [];
    for (const file of this.files.values()) {
      if (token?.isCancellationRequested) return [];
      for (const entry of file.entries) {
        const score = fuzzyScore(query, entry.name);
        if (score >= 0) hits.push({ uri: file.uri, entry, score });
      }
    }
    hits.sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri) || a.entry.line - b.entry.line);
    return hits.slice(0, limit);
  }
}
