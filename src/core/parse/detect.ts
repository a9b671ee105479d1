/** Deciding whether a plain-text file is a transcript. */
import type { CancellationLike } from '../model';
import { parseTranscript, TranscriptParser } from './parse';

/** A text is a transcript when the parser finds at least this many turns. */
export const MIN_TURNS_FOR_TRANSCRIPT = 3;

/** Only this much of the start of a text is read to decide (a transcript shows turns early). */
export const DETECT_PREFIX_CHARS = 256 * 1024;

/** True when the start of the text holds at least {@link MIN_TURNS_FOR_TRANSCRIPT} speaker turns (read by `parser`, default a parser of the English profile). */
export function looksLikeTranscript(text: string, token?: CancellationLike, parser?: TranscriptParser): boolean {
  let prefix = text;
  if (text.length > DETECT_PREFIX_CHARS) {
    const cut = text.lastIndexOf('\n', DETECT_PREFIX_CHARS);
    prefix = text.slice(0, cut > 0 ? cut : DETECT_PREFIX_CHARS);
  }
  return (parser ? parser.parse(prefix, { token }) : parseTranscript(prefix, { token })).turns.length >= MIN_TURNS_FOR_TRANSCRIPT;
}
