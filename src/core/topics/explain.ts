/**
 * What `transcript-nav topics FILE [--json] [--explain]` prints: the JSON shape and the
 * readable table of topic segments.
 */
import type { TopicSegment } from './segment';

/** One segment in the CLI's JSON: 1-based first and last lines. */
export interface TopicSegmentJson {
  readonly topic: string;
  readonly line: number;
  readonly endLine: number;
  readonly keywords: string[];
}

/** The CLI's JSON: `{"segments": [{"topic", "line", "endLine", "keywords"}]}`. */
export interface TopicsJson {
  readonly segments: TopicSegmentJson[];
}

/** The JSON form of segments, lines 1-based. */
export function topicsJson(segments: readonly TopicSegment[]): TopicsJson {
  return {
    segments: segments.map((s) => ({ topic: s.topic, line: s.span.start.line + 1, endLine: s.span.end.line + 1, keywords: [...s.keywords] })),
  };
}

/** `s` padded to `n` characters, with at least one space after it (a 6-digit line number must not run into the next column). */
function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length);
}

/**
 * The readable table: first and last line (1-based), turn, words and topic of each segment;
 * with `explain`, a line under each listing the keywords that decided it with their scores
 * (`hospital 4.2, clinic 2`).
 */
export function formatTopics(segments: readonly TopicSegment[], explain: boolean): string {
  if (segments.length === 0) return 'No topic segments (the body is empty).\n';
  let width = 5; // a loop, not a spread: 130,000 segments would overflow the stack
  for (const s of segments) width = Math.max(width, Math.min(32, s.topic.length));
  const out = [`${pad('line', 7)}${pad('end', 7)}${pad('turn', 6)}${pad('words', 7)}${pad('topic', width + 2)}${explain ? '' : 'keywords'}`.trimEnd()];
  for (const s of segments) {
    const row = `${pad(String(s.span.start.line + 1), 7)}${pad(String(s.span.end.line + 1), 7)}${pad(s.turn === undefined ? '-' : String(s.turn + 1), 6)}${pad(String(s.words), 7)}${pad(s.topic, width + 2)}`;
    if (!explain) {
      out.push((row + s.keywords.slice(0, 4).join(', ')).trimEnd());
      continue;
    }
    out.push(row.trimEnd());
    const why = s.keywords.map((k, i) => `${k} ${formatWeight(s.weights[i])}`).join(', ');
    out.push(`${' '.repeat(27)}${why === '' ? '(no keyword of this topic: joined from a neighbour or General)' : why}`);
  }
  const topics = new Map<string, number>();
  for (const s of segments) topics.set(s.topic, (topics.get(s.topic) ?? 0) + s.words);
  const ranked = [...topics].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.push('', `${segments.length} segments; topics by words: ${ranked.map(([t, w]) => `${t} ${w}`).join(', ')}`);
  return out.join('\n') + '\n';
}

function formatWeight(w: number | undefined): string {
  return w === undefined ? '' : String(Math.round(w * 10) / 10);
}
