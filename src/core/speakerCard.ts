/** The Markdown card shown when hovering a speaker label. Every piece of transcript text in it is escaped. */
import type { Transcript } from './model';
import { escapeMarkdown } from './regions';
import { shareOfWords, WordCounts } from './words';

/** The card of a speaker: full role, turns, words and share of the words, first turn. */
export function speakerCard(model: Transcript, words: WordCounts, key: string, locale?: string): string | undefined {
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker) return undefined;
  const n = new Intl.NumberFormat(locale);
  const first = model.turns[speaker.turns[0]];
  const lines = [
    `**${escapeMarkdown(speaker.name)}**`,
    '',
    speaker.generic ? '_generic label (not a person)_' : speaker.role ? escapeMarkdown(speaker.role) : '_no role given in the transcript_',
    '',
    `| | |`,
    `|---|---|`,
    `| turns | ${n.format(speaker.turns.length)} of ${n.format(model.turns.length)} |`,
    `| words | ${n.format(words.speakers.get(key) ?? 0)} (${n.format(shareOfWords(words, key))}% of all words spoken) |`,
    `| first turn | line ${n.format(first.span.start.line + 1)} |`,
  ];
  if (speaker.labels.length > 1) lines.push(`| labels | ${speaker.labels.map((l) => escapeMarkdown(l.replace(/\u00a0/g, ' '))).join(' · ')} |`);
  return lines.join('\n');
}
