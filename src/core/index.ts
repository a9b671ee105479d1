/** The transcript core: plain TypeScript, no `vscode`. */
export * from './model';
export { parseTranscript, emptyTranscript } from './parse';
export type { ParseOptions } from './parse';
export { toOutlineJson } from './json';
export type { OutlineJson, TurnJson, SpeakerJson } from './json';
export { decodeText } from './decode';
export type { DecodeResult } from './decode';
export { ModelCache } from './cache';
export type { VersionedText } from './cache';
export { firstWords, SUMMARY_WORDS } from './summary';
export { buildOutline, buildFoldingRegions, lineReader } from './outline';
export type { OutlineEntry, OutlineKind, LineReader, FoldRegion } from './outline';
export { looksLikeTranscript, MIN_TURNS_FOR_TRANSCRIPT, DETECT_PREFIX_CHARS } from './detect';
