/**
 * core/profile: what is specific to a language or source of transcripts. A
 * {@link Profile} is plain read-only data; the parser compiles it.
 */
export { englishProfile, compilePatterns } from './profile';
export type { Profile, ProfileSources, CompiledPatterns, CandidateLists } from './profile';
export { isChromeLine, isFooterChromeLine } from './chrome';
export type { ChromeRules } from './chrome';
export type { LabelAtom, LabelNode } from './labelGrammar';
export { DateGroup, GenericGroup, LabelGroup, MAX_LABEL_LENGTH, escapeRegex, compile } from './patterns';
export { LABEL_STYLES, detectedStyle, labelStyleRules } from './styles';
export type { CandidateKind, LabelStyleRules } from './styles';
