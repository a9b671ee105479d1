/** core/profile: its public API. */
export { isChromeLine, isFooterChromeLine } from './chrome';
export type { LabelAtom, LabelNode } from './labelGrammar';
export { DateGroup, GENERIC_LABELS, GenericGroup, LabelGroup, MAX_LABEL_LENGTH, SPEAKER_LABEL, escapeRegex, patterns } from './patterns';
