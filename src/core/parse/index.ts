/**
 * core/parse: text in, transcript model out. One entry point, a
 * {@link TranscriptParser} built from a profile; {@link ModelCache} keeps the
 * model of each document version and applies edits incrementally.
 */
export { TranscriptParser, parseTranscript, emptyTranscript } from './parse';
export type { ParseOptions, ParseState } from './parse';
export type { Verdict } from './evidence';
export { ModelCache } from './cache';
export type { CachedValue, VersionedText } from './cache';
export { DETECT_PREFIX_CHARS, MIN_TURNS_FOR_TRANSCRIPT, detectionPrefix, looksLikeTranscript, transcriptEvidence } from './detect';
export type { TranscriptEvidence } from './detect';
export { CUE_LOOKBACK, cueStart, findTurnTime, labelLineTime, readTime, sameTime, timeOnlyLine } from './times';
export type { TimeRead } from './times';
