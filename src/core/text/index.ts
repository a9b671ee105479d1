/** core/text: its public API. */
export { TextLines, lineRef } from './lines';
export type { LineRef } from './lines';
export { markdownText } from './markdownText';
export { firstWords } from './summary';
export { countWords, detach, firstIndexFrom, indexLines, isSpace, isTextAt, normalizeSpace, skipSpace, trimEnd } from './text';
export type { LineIndex } from './text';
export { TextMemo } from './textMemo';
export { TextTable } from './textTable';
export type { TextKeys } from './textTable';
