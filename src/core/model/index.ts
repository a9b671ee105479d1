/** The plain-data types of the core: the transcript model, positions, spans, edits, cancellation, and the reuse contract of edits. */
export * from './types';
export * from './reuse';
