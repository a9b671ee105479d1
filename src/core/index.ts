/** The transcript core: plain TypeScript, no `vscode`. */
export * from './model';
export { parseTranscript, emptyTranscript } from './parse';
export type { ParseOptions } from './parse';
export { toOutlineJson } from './json';
export type { OutlineJson, TurnJson, SpeakerJson } from './json';
export { decodeText } from './decode';
export type { DecodeResult } from './decode';
