/** Short text summaries used by the outline and pickers. */
import type { Span } from './model';
import { normalizeSpace } from './text';

/** How many words a summary keeps. */
export const SUMMARY_WORDS = 8;

/** The first words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, words = SUMMARY_WORDS): string {
  const all = normalizeSpace(text).split(' ').filter(Boolean);
  const head = all.slice(0, words).join(' ');
  return all.length > words ? `${head}…` : head;
}

/** The text of a span within a single line of the text, given the line's text. */
export function sliceLine(lineText: string, span: Span): string {
  return lineText.slice(span.start.character, span.start.line === span.end.line ? span.end.character : undefined);
}
