/** Short text summaries used by the outline and pickers. */

/** How many words a summary keeps. */
export const SUMMARY_WORDS = 8;

/** A word: a run of characters that are not white space (NBSP, zero-width space, BOM and soft hyphen included). */
const WORD = /[^\s\u00a0\u200b\ufeff\u00ad]+/g;

/**
 * The first words of a text, with an ellipsis when it was cut. Only the start of the text
 * is read (a speech line can be thousands of characters long).
 */
export function firstWords(text: string, words = SUMMARY_WORDS): string {
  const found: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && found.length <= words; m = WORD.exec(text)) found.push(m[0]);
  const head = found.slice(0, words).join(' ');
  return found.length > words ? `${head}…` : head;
}

/**
 * Transcript text for a quick pick, tree item or status bar (plain text where
 * `$(name)` renders as an icon): NBSP becomes a space and `$(` is broken up so
 * that nothing in a transcript turns into an icon.
 */
export function plainUiText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\$\(/g, '$\u200b(');
}
