/** The plain-data types of the core: the transcript model, positions, spans, edits, cancellation. */
export * from './types';
