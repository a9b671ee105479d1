/**
 * Positions as VS Code counts them in any text: a line ends at LF, CR LF or a
 * CR alone (helpers.ts counts LF only, which is the same for texts without a
 * CR alone).
 */
import type { TextChange } from './service';

/** The lines of a text, without their breaks. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The 0-based position of an offset. */
export function positionIn(text: string, offset: number): { line: number; character: number } {
  const breaks = /\r\n|\r|\n/g;
  let line = 0;
  let start = 0;
  for (let m = breaks.exec(text); m && m.index < offset; m = breaks.exec(text)) {
    line++;
    start = m.index + m[0].length;
  }
  return { line, character: offset - start };
}

/** A change replacing [from, to) of `text` by `insert`, as VS Code reports it. */
export function changeIn(text: string, from: number, to: number, insert: string): TextChange {
  return { range: { start: positionIn(text, from), end: positionIn(text, to) }, rangeOffset: from, rangeLength: to - from, text: insert };
}
