/**
 * Applying an edit to a parse: only the lines the edit changed are read
 * again; the labels of other lines are shifted, the second pass re-runs over
 * the few lines it concerns, and the model is rebuilt reusing every turn and
 * paragraph the edit did not touch. The result equals a full parse of the new
 * text (a property test checks this on real pages with random edits).
 */
import type { LabelMatch } from './labels';
import type { ParagraphKind, Span } from './model';
import { countName, finish, parseState, ParseState, readBodyLine } from './parse';
import type { CancellationLike } from './model';
import type { LineIndex } from './text';

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

/** Where an edit lands, in lines: the first changed line and the last one before and after. */
interface EditLines {
  readonly start: number;
  readonly endOld: number;
  readonly endNew: number;
  readonly charDelta: number;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line index of the new text, from the old one: lines after the edit are shifted, not searched. */
function updateLines(old: LineIndex, text: string, edit: EditLines): LineIndex {
  const count = old.count + edit.endNew - edit.endOld;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  starts.set(old.starts.subarray(0, edit.start + 1));
  ends.set(old.ends.subarray(0, edit.start));
  let at = starts[edit.start];
  for (let line = edit.start; line <= edit.endNew; line++) {
    starts[line] = at;
    const lf = text.indexOf('\n', at);
    const stop = lf === -1 ? text.length : lf;
    ends[line] = stop > at && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    at = stop + 1;
  }
  const d = edit.charDelta;
  for (let line = edit.endOld + 1, to = edit.endNew + 1; line < old.count; line++, to++) {
    starts[to] = old.starts[line] + d;
    ends[to] = old.ends[line] + d;
  }
  return { starts, ends, count };
}

function shiftMatch(m: LabelMatch, delta: number): LabelMatch {
  return delta === 0 ? m : { ...m, line: m.line + delta };
}

/**
 * The state after one change, or undefined when the change must be handled
 * by a full parse (it touches the header or the footer, or does not fit the text).
 */
export function applyChange(prev: ParseState, text: string, change: TextChange): ParseState | undefined {
  const { range } = change;
  if (text.length !== prev.text.length - change.rangeLength + change.text.length) return undefined;
  if (range.end.line >= prev.lines.count || range.start.line > range.end.line) return undefined;
  if (range.start.line <= prev.headerScanEnd || range.end.line >= prev.bodyEnd || prev.bodyEnd < prev.bodyStart) return undefined;
  const edit: EditLines = {
    start: range.start.line,
    endOld: range.end.line,
    endNew: range.start.line + countNewlines(change.text),
    charDelta: change.text.length - change.rangeLength,
  };
  const delta = edit.endNew - edit.endOld;
  const lines = updateLines(prev.lines, text, edit);

  const fresh: (ParagraphKind | undefined)[] = [];
  const freshStrict: LabelMatch[] = [];
  const freshLoose: number[] = [];
  for (let line = edit.start; line <= edit.endNew; line++) {
    const read = readBodyLine(text, lines, line);
    fresh.push(read.kind);
    if (read.match) freshStrict.push(read.match);
    else if (read.loose) freshLoose.push(line);
  }
  const baseKinds = prev.baseKinds.slice(0, edit.start).concat(fresh, prev.baseKinds.slice(edit.endOld + 1));

  const names = new Map(prev.names);
  const strict: LabelMatch[] = [];
  for (const m of prev.strict) {
    if (m.line < edit.start) strict.push(m);
    else if (m.line <= edit.endOld) countName(names, m, -1);
  }
  for (const m of freshStrict) {
    strict.push(m);
    countName(names, m, 1);
  }
  for (const m of prev.strict) if (m.line > edit.endOld) strict.push(shiftMatch(m, delta));
  const loose = prev.loose.filter((l) => l < edit.start).concat(freshLoose, prev.loose.filter((l) => l > edit.endOld).map((l) => l + delta));

  const partial = {
    text, lines, baseKinds, header: prev.header, headerScanEnd: prev.headerScanEnd,
    bodyStart: prev.bodyStart, bodyEnd: prev.bodyEnd + delta, strict, loose, names,
  };
  const model = finish(partial, { model: prev.model, editStart: edit.start, editEndOld: edit.endOld, editEndNew: edit.endNew });
  return { ...partial, model };
}

/**
 * The state after a list of changes (as one `onDidChangeTextDocument` event
 * delivers them). One change is applied incrementally; several, or one that
 * cannot be, lead to a full parse of the new text.
 */
export function updateState(prev: ParseState, text: string, changes: readonly TextChange[], token?: CancellationLike): ParseState | undefined {
  if (changes.length === 1) {
    const next = applyChange(prev, text, changes[0]);
    if (next) return next;
  }
  return parseState(text, token);
}
