/** The Markdown card shown when hovering a speaker label. Every piece of transcript text in it goes through {@link markdownText}: it shows as typed, never as Markdown, HTML or a link. */
import type { Transcript } from '../model';
import { markdownText } from '../text';
import { shareOfWords, WordCounts } from './words';

/** The card of a speaker: full role, turns, words and share of the words, first turn. */
export function speakerCard(model: Transcript, words: WordCounts, key: string, locale?: string): string | undefined {
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker) return undefined;
  const n = new Intl.NumberFormat(locale);
  const first = model.turns[speaker.turns[0]];
  const lines = [
    `**${markdownText(speaker.name)}**`,
    '',
    speaker.generic ? '_generic label (not a person)_' : speaker.role ? markdownText(speaker.role) : '_no role given in the transcript_',
    '',
    `| | |`,
    `|---|---|`,
    `| turns | ${n.format(speaker.turns.length)} of ${n.format(model.turns.length)} |`,
    `| words | ${n.format(words.speakers.get(key) ?? 0)} (${n.format(shareOfWords(words, key))}% of all words spoken) |`,
    `| first turn | line ${n.format(first.span.start.line + 1)} |`,
  ];
  if (speaker.labels.length > 1) lines.push(`| labels | ${speaker.labels.map((l) => markdownText(l.replace(/\u00a0/g, ' '))).join(' · ')} |`);
  return lines.join('\n');
}
