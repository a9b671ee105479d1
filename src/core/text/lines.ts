/**
 * The lines of one version of a document, as the parse state keeps them: the
 * flat text of the version that was last parsed in full, plus the lines edited
 * since, each in its own small string. Applying an edit costs the lines it
 * changed and two copies of the line tables, never a copy of the text: a
 * concatenation of a 10 MB string is cheap to make, but V8 copies all of it
 * into a flat string on the first read (15–30 ms per keystroke, plus the
 * garbage).
 */
import type { TextChange } from '../model';
import { indexLines, LineIndex } from './text';

/**
 * Reads the text of one line (the model keeps positions, not text): what the outline and the
 * editor features read lines with (`documentLines` wraps a `vscode.TextDocument`).
 */
export type LineReader = (line: number) => string;

/** A reader over a whole text: indexes its lines on first use (no string per line until one is read). */
export function lineReader(text: string): LineReader {
  let lines: LineIndex | undefined;
  return (line) => {
    lines ??= indexLines(text);
    return line >= 0 && line < lines.count ? text.slice(lines.starts[line], lines.ends[line]) : '';
  };
}

/** Where one line's content stands: in `text`, from `start` to `end` (the line break excluded). */
export interface LineRef {
  text: string;
  start: number;
  end: number;
}

/** A fresh {@link LineRef} to pass to {@link TextLines.line} (one per caller, reused for every line). */
export function lineRef(): LineRef {
  return { text: '', start: 0, end: 0 };
}

/** Where each line stands, read into a reused {@link LineRef}: {@link TextLines} over a text, {@link readerLines} over a {@link LineReader}. */
export interface LineSource {
  /** Fills `out` with where line `line` stands and returns it. */
  line(line: number, out: LineRef): LineRef;
}

/** A {@link LineSource} over a {@link LineReader}: each line is its own string (start 0). */
export function readerLines(read: LineReader): LineSource {
  return {
    line(line, out) {
      out.text = read(line);
      out.start = 0;
      out.end = out.text.length;
      return out;
    },
  };
}

/**
 * How many edited lines are kept before the text is joined into a new base
 * (one copy of the text every few thousand edits, not on every edit).
 */
const MAX_EDITED_LINES = 4096;
/**
 * How many characters of edited lines are kept, at least, before the text is
 * joined (more for a longer text: half its length). Each edit keeps a new copy
 * of the lines it changed, so without this bound typing in a 1 MB line would
 * keep 1 MB per keystroke.
 */
const MIN_EDITED_CHARS = 1 << 20;

/** The texts of edited lines, shared by the versions that follow one another, and their total length. */
interface EditedLines {
  readonly lines: string[];
  chars: number;
}

/** Line feed, carriage return. */
const LF = 10;
const CR = 13;

/** Lines of a text: read one at a time, edit, or join back into the text. Immutable. */
export class TextLines implements LineSource {
  /** The whole text, once joined (or the base when no line was edited). */
  private joined: string | undefined;

  private constructor(
    /** The text of the last full parse. */
    private readonly base: string,
    /** Per line: its start in `base`, or -(k + 1) when its text is `edited[k]`. */
    private readonly starts: Int32Array,
    /** Per line: its content end in `base`, or the content length of `edited[k]`. */
    private readonly ends: Int32Array,
    /**
     * Texts of edited lines, each with its line break (none for the last line of the
     * text). Append-only and shared between versions: an index, once given, stays valid.
     */
    private readonly edited: EditedLines,
    /** Number of lines (a text without line feeds has one). */
    readonly count: number,
    /** Length of the whole text in UTF-16 code units. */
    readonly length: number,
  ) {
    if (edited.lines.length === 0) this.joined = base;
  }

  /** The lines of a flat text (with its line index, when the caller has it already). */
  static of(text: string, index: LineIndex = indexLines(text)): TextLines {
    return new TextLines(text, index.starts, index.ends, { lines: [], chars: 0 }, index.count, text.length);
  }

  /** Fills `out` with where line `line` stands (0 ≤ line < count) and returns it. */
  line(line: number, out: LineRef): LineRef {
    const s = this.starts[line];
    if (s >= 0) {
      out.text = this.base;
      out.start = s;
    } else {
      out.text = this.edited.lines[-s - 1];
      out.start = 0;
    }
    out.end = this.ends[line];
    return out;
  }

  /** Characters kept in edited lines since the text was last joined (diagnostics and tests). */
  get editedChars(): number {
    return this.edited.chars;
  }

  /** The content of a line (line break excluded). */
  lineText(line: number): string {
    const r = this.line(line, lineRef());
    return r.text.slice(r.start, r.end);
  }

  /** Length of the line break after line `line`: 2 (CR LF), 1 (LF or a CR alone) or 0 (the last line). */
  private breakLength(line: number): number {
    const s = this.starts[line];
    const text = s >= 0 ? this.base : this.edited.lines[-s - 1];
    const end = this.ends[line];
    if (end >= text.length) return 0;
    return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1;
  }

  /** True when line `line` ends with a CR alone, which an LF just after it would join into one break. */
  private endsInLoneCR(line: number): boolean {
    const s = this.starts[line];
    const text = s >= 0 ? this.base : this.edited.lines[-s - 1];
    const end = this.ends[line];
    return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) !== LF;
  }

  /** The whole text; joined from the lines on first use after an edit. */
  text(): string {
    if (this.joined === undefined) {
      const parts: string[] = new Array(this.count);
      for (let l = 0; l < this.count; l++) {
        const s = this.starts[l];
        parts[l] = s >= 0 ? this.base.slice(s, this.ends[l] + this.breakLength(l)) : this.edited.lines[-s - 1];
      }
      this.joined = parts.join('');
    }
    return this.joined;
  }

  /**
   * The lines after one change (positions and offsets in this text, as VS Code
   * reports them), or undefined when the change does not fit this text.
   */
  apply(change: TextChange): TextLines | undefined {
    const { start, end } = change.range;
    const b = end.line;
    if (!(start.line >= 0 && start.line <= b && b < this.count)) return undefined;
    const first = this.line(start.line, lineRef());
    const last = b === start.line ? first : this.line(b, lineRef());
    if (start.character < 0 || start.character > first.end - first.start || end.character < 0 || end.character > last.end - last.start) return undefined;
    if (b === start.line && end.character < start.character) return undefined;
    if (change.rangeLength !== this.rangeLength(start.line, start.character, b, end.character)) return undefined;

    // The new text of lines a..b: what stays of line a, the inserted text, what stays of line b and its break.
    const lastBreak = this.breakLength(b);
    let a = start.line;
    let region =
      first.text.slice(first.start, first.start + start.character) + change.text + last.text.slice(last.start + end.character, last.end + lastBreak);
    // An LF just after the CR alone that ends the line before joins it into one CR LF break: that line is rewritten too.
    if (a > 0 && region.charCodeAt(0) === LF && this.endsInLoneCR(a - 1)) region = this.lineText(--a) + '\r' + region;
    return this.replaced(a, b, splitLines(region, lastBreak > 0), this.length - change.rangeLength + change.text.length);
  }

  /** These lines with lines a..b replaced by `pieces` (each with its line break), `length` long. */
  private replaced(a: number, b: number, pieces: readonly string[], length: number): TextLines {
    const added = pieces.length;
    const count = this.count - (b - a + 1) + added;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    starts.set(this.starts.subarray(0, a));
    ends.set(this.ends.subarray(0, a));
    const edited = this.edited;
    for (let i = 0; i < added; i++) {
      const piece = pieces[i];
      starts[a + i] = -(edited.lines.length + 1);
      ends[a + i] = contentEnd(piece);
      edited.lines.push(piece);
      edited.chars += piece.length;
    }
    starts.set(this.starts.subarray(b + 1), a + added);
    ends.set(this.ends.subarray(b + 1), a + added);
    const next = new TextLines(this.base, starts, ends, edited, count, length);
    // Edited lines are kept until the text is joined again: after many edits, or many characters of them, join it once.
    const full = edited.lines.length > MAX_EDITED_LINES || edited.chars > Math.max(MIN_EDITED_CHARS, next.length >> 1);
    return full ? TextLines.of(next.text()) : next;
  }

  /** Number of UTF-16 code units from (a, ca) to (b, cb), line breaks included. */
  private rangeLength(a: number, ca: number, b: number, cb: number): number {
    if (a === b) return cb - ca;
    const ref = lineRef();
    let n = 0;
    for (let l = a; l < b; l++) {
      this.line(l, ref);
      n += ref.end - ref.start + this.breakLength(l);
    }
    return n - ca + cb;
  }
}

/**
 * The lines of a piece of text, each with its line break (LF, CR LF or a CR
 * alone, as {@link indexLines} splits them): `a\nb\n` → `a\n`, `b\n`. When the
 * piece ends the document (`lastHasBreak` false), what follows its last line
 * break is a line too, possibly empty: `a\n` → `a\n`, ``.
 */
function splitLines(region: string, lastHasBreak: boolean): string[] {
  const out: string[] = [];
  const index = indexLines(region);
  const last = index.count - 1;
  for (let l = 0; l < last; l++) out.push(region.slice(index.starts[l], index.starts[l + 1]));
  if (!lastHasBreak) out.push(region.slice(index.starts[last]));
  return out;
}

/** Where the content of one line (with its line break, if any) ends: before LF, CR LF or a CR alone. */
function contentEnd(piece: string): number {
  const n = piece.length;
  const c = n === 0 ? 0 : piece.charCodeAt(n - 1);
  if (c === CR) return n - 1;
  if (c !== LF) return n;
  return n >= 2 && piece.charCodeAt(n - 2) === CR ? n - 2 : n - 1;
}
