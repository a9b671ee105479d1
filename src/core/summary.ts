/** Short text summaries used by the outline and pickers. */
import { normalizeSpace } from './text';

/** How many words a summary keeps. */
export const SUMMARY_WORDS = 8;

/** The first words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, words = SUMMARY_WORDS): string {
  const all = normalizeSpace(text).split(' ').filter(Boolean);
  const head = all.slice(0, words).join(' ');
  return all.length > words ? `${head}…` : head;
}

/**
 * Transcript text for a quick pick, tree item or status bar (plain text where
 * `$(name)` renders as an icon): NBSP becomes a space and `$(` is broken up so
 * that nothing in a transcript turns into an icon.
 */
export function plainUiText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\$\(/g, '$\u200b(');
}
