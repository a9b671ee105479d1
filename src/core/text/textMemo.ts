/**
 * The bounded in-place memo of the label shapes (labels.ts) and the topic word cache
 * (topics/segment.ts): a {@link TextTable} with plain keys, whose look-ups cost a bounded
 * number of probes whatever words a document holds.
 */
export { TextTable as TextMemo } from './textTable';
