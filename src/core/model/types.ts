/**
 * The plain-data model of a transcript. Positions are 0-based lines and
 * UTF-16 characters, as in VS Code; nothing here depends on `vscode`.
 */

/** A position in the text: 0-based line and 0-based UTF-16 character. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range of text; `end` is exclusive. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/** Something that can be asked whether the work should stop (a VS Code CancellationToken fits). */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/** A header field: its value (white space normalised) and where it stands. */
export interface HeaderField {
  readonly value: string;
  readonly span: Span;
}

/** The page header: title, date, time and place, each when present. */
export interface Header {
  readonly title?: HeaderField;
  readonly date?: HeaderField;
  readonly time?: HeaderField;
  readonly place?: HeaderField;
  /** Lines 0-based, inclusive: from the title to the last date, time or place line. */
  readonly span?: Span;
}

/** What a paragraph (one non-empty line) is. */
export type ParagraphKind =
  | 'chrome' // website furniture: "Font size:", "View settings", footers
  | 'title'
  | 'date' // a date line, possibly with time and place
  | 'time'
  | 'place'
  | 'separator' // "* * *"
  | 'stage' // "(Applause.)"
  | 'turn' // the paragraph that opens a speaker turn
  | 'text'; // any other paragraph of the body

/** A paragraph: one non-empty line of the text. */
export interface Paragraph {
  readonly line: number;
  readonly kind: ParagraphKind;
  /** From the first to the last non-blank character. */
  readonly span: Span;
}

/**
 * When a turn starts, as the document writes it: `text` is the time as written, without
 * brackets (`00:01:23`, `0:34`, `00:00:07.360`), `seconds` its value (`83`, `34`, `7.36`).
 */
export interface TurnTime {
  readonly text: string;
  readonly seconds: number;
}

/** A speaker turn: the label, the colon and the speech up to the next turn. */
export interface Turn {
  /** Index of this turn in {@link Transcript.turns}. */
  readonly index: number;
  /** The label as in the file, without the colon and the white space before it. */
  readonly label: string;
  readonly labelSpan: Span;
  /** The role part of the label, if any (`Krasnoyarsk Territory Governor`). */
  readonly roleSpan?: Span;
  /** The name part of the label (`Mikhail Kotyukov`); for a generic label, the label word. */
  readonly nameSpan: Span;
  /** Where the speech starts: after the colon and the white space following it. */
  readonly speechStart: Position;
  /**
   * Where what ends the label ends, when it is not a colon right after the label: after the colon of
   * `Name :`, the `>` of `<v Name>`, the timestamp of `Kelly  0:34`, the label of `Q  text`.
   */
  readonly markerEnd?: number;
  /** From the start of the label to the end of the last line of speech. */
  readonly span: Span;
  /** The speaker's key in {@link Transcript.speakers}. */
  readonly speaker: string;
  /**
   * The turn's start time, where the document gives one: on the label line (`[00:01:23] Name:`,
   * `Name (00:01:23):`, `Name: [06:14]`, `Kelly  0:34`), alone on the next non-blank line after a
   * label without speech, or the start of the subtitle cue that holds the label.
   */
  readonly time?: TurnTime;
}

/** A person (or a generic voice) who speaks in the transcript. */
export interface Speaker {
  /** Identifies the speaker within this transcript: the shortest of its labels, white space normalised. */
  readonly key: string;
  /** The person's name (`Denis Pushilin`), or the generic label (`Question`). */
  readonly name: string;
  /** The fullest role found in the speaker's labels (`Head of the Donetsk People’s Republic`). */
  readonly role?: string;
  /** The distinct labels used for this speaker, in order of first use, as in the file. */
  readonly labels: readonly string[];
  /** Indexes of the speaker's turns in {@link Transcript.turns}. Word counts: `countTurnWords`. */
  readonly turns: readonly number[];
  /** True for anonymous labels such as `Question` or `Remark`. */
  readonly generic: boolean;
}

/** The model of one transcript text. */
export interface Transcript {
  readonly header: Header;
  readonly turns: readonly Turn[];
  /** Speakers in order of first appearance. */
  readonly speakers: readonly Speaker[];
  readonly paragraphs: readonly Paragraph[];
  /** Number of lines in the text. */
  readonly lineCount: number;
  /** The first line of the body (after the header), 0-based. */
  readonly bodyStart: number;
  /** The last line of the body (before any footer), 0-based, inclusive; -1 for an empty body. */
  readonly bodyEnd: number;
  /**
   * The label style the document's turns show (`names`, `dialogue`, `briefing`, `subtitles`,
   * `timestamped`: see `core/profile/styles.ts`); absent for a text without turns.
   */
  readonly labelStyle?: string;
}

/** One content change, with the same fields as VS Code's TextDocumentContentChangeEvent. */
export interface TextChange {
  /** The replaced range, in the text before the change. */
  readonly range: Span;
  /** Offset of the range's start in the text before the change. */
  readonly rangeOffset: number;
  /** Length of the replaced range. */
  readonly rangeLength: number;
  /** The new text of the range. */
  readonly text: string;
}
