/**
 * The text of a "filter by speaker" document: only one speaker's turns, each
 * headed by the line it comes from, so the reader can jump back.
 */
import type { Transcript } from '../model';
import { countTurnWords } from './words';

/** A heading line of the filtered text and the source line (0-based) it points to. */
export interface FilterHeading {
  /** 0-based line of the heading in the filtered text. */
  readonly line: number;
  /** 0-based line of the turn in the source. */
  readonly sourceLine: number;
  /** Where the link text (`line 77`) stands on the heading line. */
  readonly start: number;
  readonly end: number;
}

/** The filtered text and its headings. */
export interface FilteredText {
  readonly text: string;
  readonly headings: readonly FilterHeading[];
}

/** Builds the text of a speaker's turns, from the source text and its model. */
export function filterBySpeaker(sourceText: string, model: Transcript, speakerKey: string, sourceName: string): FilteredText {
  const speaker = model.speakers.find((s) => s.key === speakerKey);
  if (!speaker) return { text: `No speaker "${speakerKey}" in ${sourceName}.\n`, headings: [] };
  const lines = sourceText.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: string[] = [
    `Turns of ${speaker.name}${speaker.role ? ` — ${speaker.role}` : ''}`,
    `${speaker.turns.length} ${speaker.turns.length === 1 ? 'turn' : 'turns'}, ${countTurnWords(sourceText, model).speakers.get(speaker.key) ?? 0} words, in ${sourceName}`,
    '',
  ];
  const headings: FilterHeading[] = [];
  for (const i of speaker.turns) {
    const turn = model.turns[i];
    const link = `line ${turn.span.start.line + 1}`;
    const prefix = '── ';
    headings.push({ line: out.length, sourceLine: turn.span.start.line, start: prefix.length, end: prefix.length + link.length });
    out.push(`${prefix}${link} ──`, '');
    for (let l = turn.span.start.line; l <= turn.span.end.line; l++) out.push(lines[l] ?? '');
    out.push('');
  }
  return { text: out.join('\n'), headings };
}
