/** core/parse: its public API. */
export { DETECT_PREFIX_CHARS, MIN_TURNS_FOR_TRANSCRIPT, looksLikeTranscript } from './detect';
export { parseTranscript } from './parse';
