/**
 * A label found on a line: the plain data that every pass of the parser
 * (grammar, candidates, evidence, build) hands on.
 */

/** Letter case of a label: all capitals, capitalised words, or a script without case. */
export type LabelStyle = 'caps' | 'title' | 'uncased';

/** A label found on a line, before speakers are known. Offsets are characters from the line start. */
export interface LabelMatch {
  readonly line: number;
  /** The label as in the file, without the colon and the white space before it. */
  readonly label: string;
  /** Where the label starts; absent: at the line start. Name and role offsets count from here. */
  readonly labelStart?: number;
  readonly labelEnd: number;
  /** The colon; for a label without one, the last character of what ends it (a timestamp, a voice span's `>`): the speech starts after it. */
  readonly colon: number;
  readonly roleStart?: number;
  readonly roleEnd?: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly generic: boolean;
  /** False for a `Name, role` label, whose name is not at its end. */
  readonly endsInName: boolean;
  /** {@link nameKey} of the match when the pattern found it (null: none); absent for others. */
  readonly key?: string | null;
  /** The label's letter case, counted by the document-level evidence. */
  readonly style?: LabelStyle;
}

/**
 * The match of a shape (or of another match) on a line; `key` as {@link LabelMatch.key}. All
 * fields written out: faster than a spread, and one hidden class for every match.
 */
export function withLine(s: Omit<LabelMatch, 'line'>, line: number, key: string | null | undefined): LabelMatch {
  return {
    line, label: s.label, labelStart: s.labelStart, labelEnd: s.labelEnd, colon: s.colon, roleStart: s.roleStart, roleEnd: s.roleEnd,
    nameStart: s.nameStart, nameEnd: s.nameEnd, generic: s.generic, endsInName: s.endsInName, key, style: s.style,
  };
}

