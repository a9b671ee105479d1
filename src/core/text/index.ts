/**
 * core/text: its public API, the one place for each of these tools.
 *
 * Reading lines: three ways, each for its own use.
 * - {@link LineReader} (line → its text; {@link lineReader} over a string, `documentLines` over a
 *   `vscode.TextDocument`): the outline, the topics and the editor features, which read a few
 *   lines or have the document, not the string.
 * - {@link LineSource} with a reused {@link LineRef} (where a line stands, no substring):
 *   {@link TextLines} for the parser and its incremental state, which read every line of a
 *   version and apply edits; `TextLines.of(text)`, or {@link readerLines} over a LineReader,
 *   for a pass over every paragraph (topics).
 * - {@link LineIndex} from {@link indexLines} (the starts and ends of all lines): a pass over
 *   a whole string that maps offsets to lines (mentions, speaker words).
 *
 * Hashing pieces of text for a {@link TextTable} / {@link TextMemo}: {@link hashStep} per code
 * unit, {@link tableHash} at the end ({@link hashRange} for a whole range). Memos keyed by
 * strings: {@link BoundedMap}. Binary search: {@link lowerBound}. A set of words as a regex:
 * {@link trieRegex}. Trailing remarks in parentheses (`(Con)`, nested ones too), in linear time:
 * {@link endBeforeRemarks}, {@link withoutRemarks}, {@link remarkAt}.
 */
export { BoundedMap } from './boundedMap';
export { hashRange, hashStep, tableHash } from './hash';
export { lineReader, lineRef, readerLines, TextLines } from './lines';
export type { LineReader, LineRef, LineSource } from './lines';
export { markdownText } from './markdownText';
export { endBeforeRemarks, remarkAt, withoutRemarks } from './remarks';
export type { RemarkSpan } from './remarks';
export { lowerBound } from './search';
export { firstWords } from './summary';
export { countWords, detach, firstIndexFrom, indexLines, isSpace, isTextAt, normalizeSpace, skipSpace, trimEnd } from './text';
export type { LineIndex } from './text';
export { TextMemo } from './textMemo';
export { TextTable } from './textTable';
export type { TextKeys } from './textTable';
export { trieRegex } from './trieRegex';
export type { TrieRegexOptions } from './trieRegex';
