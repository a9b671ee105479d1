/**
 * Word counts of turns and speakers. They are computed on demand (the
 * Speakers view, a hover, the CLI's JSON ask for them), not by every parse:
 * counting reads every character of the text, which costs more than the parse.
 */
import type { Transcript } from '../model';
import { countWords, indexLines } from '../text';

/** Words per turn (by index) and per speaker (by key), and in all turns. */
export interface WordCounts {
  readonly turns: readonly number[];
  readonly speakers: ReadonlyMap<string, number>;
  readonly total: number;
}

/** Counts the words of every turn's speech (the label is not counted). */
export function countTurnWords(text: string, model: Transcript): WordCounts {
  const lines = indexLines(text);
  const speakers = new Map<string, number>();
  let total = 0;
  const turns = model.turns.map((t) => {
    const from = lines.starts[t.speechStart.line] + t.speechStart.character;
    const to = lines.starts[t.span.end.line] + t.span.end.character;
    const n = countWords(text, from, to);
    speakers.set(t.speaker, (speakers.get(t.speaker) ?? 0) + n);
    total += n;
    return n;
  });
  return { turns, speakers, total };
}

/** A speaker's share of the words, in whole percent. */
export function shareOfWords(counts: WordCounts, key: string): number {
  return counts.total > 0 ? Math.round((100 * (counts.speakers.get(key) ?? 0)) / counts.total) : 0;
}
