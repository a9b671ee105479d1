/**
 * Applying an edit to a parse: only the lines the edit changed are read
 * again; the labels of other lines are shifted, the second pass re-runs over
 * the few lines it concerns, and the model is rebuilt reusing every turn and
 * paragraph the edit did not touch. The result equals a full parse of the new
 * text (a property test checks this on real pages with random edits).
 */
import { firstColon, LabelMatch, withLine } from './labels';
import { addCandidate, Candidate, candidateAt, candidateLine, CandidateList, CandidateShape, EvidenceBuilder } from './evidence';
import type { ParagraphKind, TextChange } from '../model';
import { patchModel } from './build';
import { lineRef, TextLines } from '../text';
import { firstIndexFrom } from '../text';
import { ParseState, titleJudged, TranscriptParser } from './parse';
import type { CancellationLike } from '../model';


/** Where an edit lands, in lines: the first changed line and the last one before and after. */
interface EditLines {
  readonly start: number;
  readonly endOld: number;
  readonly endNew: number;
}

function shiftMatch(m: LabelMatch, delta: number): LabelMatch {
  return delta === 0 ? m : withLine(m, m.line + delta, m.key);
}

/** True when the lines from `start` on had the kinds `fresh` before. */
function sameKinds(kinds: ParseState['baseKinds'], start: number, fresh: readonly (ParagraphKind | undefined)[]): boolean {
  for (let i = 0; i < fresh.length; i++) if (kinds[start + i] !== fresh[i]) return false;
  return true;
}

/**
 * True when the lines from `from` to `to` held the labels `fresh` and the candidates
 * `freshCandidates`, at the same lines and of the same shape.
 */
function sameLabels(state: ParseState, from: number, to: number, fresh: readonly LabelMatch[], freshCandidates: readonly Candidate[]): boolean {
  if (!sameCandidates(state, from, to, freshCandidates)) return false;
  let i = firstIndexFrom(state.strict, (m) => m.line, from);
  for (const m of fresh) {
    const old = state.strict[i++];
    if (!old || old.line !== m.line || !sameShape(old, m)) return false;
  }
  const next = state.strict[i];
  return next === undefined || next.line > to;
}

/**
 * True when the lines from `from` to `to` had a colon near the start that the second pass reads
 * (`loose`) on the same lines as now, each with the same text before its colon: what the second
 * pass reads of them (the would-be label) is unchanged.
 */
function sameLoose(state: ParseState, source: TextLines, from: number, to: number, fresh: readonly number[]): boolean {
  let i = firstIndexFrom(state.loose, (x) => x, from);
  const before = lineRef();
  const now = lineRef();
  for (const line of fresh) {
    if (state.loose[i++] !== line) return false;
    state.source.line(line, before);
    source.line(line, now);
    const a = firstColon(before.text, before.start, before.end);
    const b = firstColon(now.text, now.start, now.end);
    if (a - before.start !== b - now.start || before.text.slice(before.start, a) !== now.text.slice(now.start, b)) return false;
  }
  const next = state.loose[i];
  return next === undefined || next > to;
}

/** True when the lines from `from` to `to` held the candidates `fresh`, at the same lines, of the same form and shape. */
function sameCandidates(state: ParseState, from: number, to: number, fresh: readonly Candidate[]): boolean {
  const list = state.candidates;
  let i = firstIndexFrom(list.at, (at) => at >> 1, from);
  for (const c of fresh) {
    if (i >= list.at.length) return false;
    const old = candidateAt(list, i++);
    if (old.line !== c.line || old.alone !== c.alone || !sameCandidateShape(old.shape, c.shape)) return false;
  }
  return i >= list.at.length || candidateLine(list, i) > to;
}

function sameCandidateShape(a: CandidateShape, b: CandidateShape): boolean {
  return a === b || (a.key === b.key && a.kind === b.kind && a.style === b.style && a.words === b.words && a.remark === b.remark &&
    a.lowerWords === b.lowerWords && a.comma === b.comma && sameShape(a.match, b.match));
}

function sameShape(a: Omit<LabelMatch, 'line'>, b: Omit<LabelMatch, 'line'>): boolean {
  return (
    a.label === b.label && a.labelStart === b.labelStart && a.labelEnd === b.labelEnd && a.colon === b.colon && a.roleStart === b.roleStart && a.roleEnd === b.roleEnd &&
    a.nameStart === b.nameStart && a.nameEnd === b.nameEnd && a.generic === b.generic && a.endsInName === b.endsInName
  );
}

/** The edited lines read again: their kinds, labels, loose colons and candidates. */
function readEdited(parser: TranscriptParser, source: TextLines, edit: EditLines) {
  const kinds: (ParagraphKind | undefined)[] = [];
  const strict: LabelMatch[] = [];
  const loose: number[] = [];
  const candidates: Candidate[] = [];
  const ref = lineRef();
  for (let line = edit.start; line <= edit.endNew; line++) {
    source.line(line, ref);
    const read = parser.readLine(ref.text, ref.start, ref.end, line);
    kinds.push(read.kind);
    if (read.match) strict.push(read.match);
    else if (read.loose) loose.push(line);
    if (read.candidate) candidates.push(read.candidate);
  }
  return { kinds, strict, loose, candidates };
}

/** The grammar's labels after an edit: those of the edited lines replaced by `fresh` (names and styles counted out and in), later ones shifted. */
function updateStrict(
  parser: TranscriptParser, prev: readonly LabelMatch[], fresh: readonly LabelMatch[], edit: EditLines, names: Map<string, number>, evidence: EvidenceBuilder,
): LabelMatch[] {
  const delta = edit.endNew - edit.endOld;
  const strict: LabelMatch[] = [];
  for (const m of prev) {
    if (m.line < edit.start) strict.push(m);
    else if (m.line <= edit.endOld) {
      parser.countName(names, m, -1);
      evidence.label(m.style ?? 'title', -1);
    }
  }
  for (const m of fresh) {
    strict.push(m);
    parser.countName(names, m, 1);
    evidence.label(m.style ?? 'title', 1);
  }
  for (const m of prev) if (m.line > edit.endOld) strict.push(shiftMatch(m, delta));
  return strict;
}

/** The candidates after an edit: those of the edited lines replaced by `fresh`, counted out and in; later ones shifted. */
function updateCandidates(prev: CandidateList, fresh: readonly Candidate[], edit: EditLines, evidence: EvidenceBuilder): CandidateList {
  const shift = (edit.endNew - edit.endOld) * 2;
  const n = prev.at.length;
  let i = firstIndexFrom(prev.at, (at) => at >> 1, edit.start);
  const out = { at: prev.at.slice(0, i), shapes: prev.shapes.slice(0, i) };
  for (; i < n && candidateLine(prev, i) <= edit.endOld; i++) evidence.candidate(prev.shapes[i], -1);
  for (const c of fresh) {
    addCandidate(out, c);
    evidence.candidate(c.shape, 1);
  }
  for (; i < n; i++) {
    out.at.push(prev.at[i] + shift);
    out.shapes.push(prev.shapes[i]);
  }
  return out;
}

/**
 * The state after one change, or undefined when the change must be handled
 * by a full parse (it touches the header or the footer, or does not fit the text).
 */
export function applyChange(parser: TranscriptParser, prev: ParseState, change: TextChange): ParseState | undefined {
  const { range } = change;
  if (range.start.line <= prev.headerScanEnd || range.end.line >= prev.bodyEnd || prev.bodyEnd < prev.bodyStart) return undefined;
  const source = prev.source.apply(change);
  if (!source) return undefined;
  // Lines added or removed, as the new lines count them (a CR that an inserted LF follows is one break, not two).
  const edit: EditLines = { start: range.start.line, endOld: range.end.line, endNew: range.end.line + source.count - prev.source.count };
  // Fewer lines than the edit started on: an LF joined the line's content to a CR alone before it (a full parse).
  if (edit.endNew < edit.start) return undefined;
  const delta = edit.endNew - edit.endOld;

  const { kinds: fresh, strict: freshStrict, loose: freshLoose, candidates: freshCandidates } = readEdited(parser, source, edit);
  // Typing in speech keeps every line's kind, label, candidate and text before a colon: the counts, and so every decision, stay.
  if (
    delta === 0 && sameKinds(prev.baseKinds, edit.start, fresh) && sameLabels(prev, edit.start, edit.endOld, freshStrict, freshCandidates) &&
    sameLoose(prev, source, edit.start, edit.endOld, freshLoose)
  ) {
    // Only text within lines changed: the same lines, kinds and labels (typing in a speech, also after a label).
    return { ...prev, source, model: patchModel(prev.model, source, edit.start, edit.endNew) };
  }
  const baseKinds = prev.baseKinds.slice(0, edit.start).concat(fresh, prev.baseKinds.slice(edit.endOld + 1));

  const names = new Map(prev.names);
  const evidence = new EvidenceBuilder(prev.evidence);
  const strict = updateStrict(parser, prev.strict, freshStrict, edit, names, evidence);
  const loose = prev.loose.filter((l) => l < edit.start).concat(freshLoose, prev.loose.filter((l) => l > edit.endOld).map((l) => l + delta));
  const candidates = updateCandidates(prev.candidates, freshCandidates, edit, evidence);
  const counts = evidence.done();
  // The counts decide whether the first line is the title or a turn: an edit that changes that decision is parsed in full.
  if (prev.titleCandidate && titleJudged(prev.titleCandidate, prev.evidence) !== titleJudged(prev.titleCandidate, counts)) return undefined;
  const partial = {
    source, baseKinds, header: prev.header, headerScanEnd: prev.headerScanEnd, titleCandidate: prev.titleCandidate,
    bodyStart: prev.bodyStart, bodyEnd: prev.bodyEnd + delta, strict, loose, names, candidates, evidence: counts,
  };
  const model = parser.finish(partial, { model: prev.model, editStart: edit.start, editEndOld: edit.endOld, editEndNew: edit.endNew });
  return { ...partial, model };
}

/**
 * Beyond this many changes in one event (a replace-all, say), one full parse is cheaper than
 * applying them one by one (each copies the line tables).
 */
const MAX_INCREMENTAL_CHANGES = 16;

/**
 * The state after a list of changes (as one `onDidChangeTextDocument` event delivers them:
 * each change's range is in the text the changes before it produced, as VS Code applies
 * them). They are applied one by one; too many, or one that cannot be applied, lead to a
 * full parse of the new text, which `getText` gives.
 */
export function updateState(parser: TranscriptParser, prev: ParseState, changes: readonly TextChange[], getText: () => string, token?: CancellationLike): ParseState | undefined {
  if (changes.length > 0 && changes.length <= MAX_INCREMENTAL_CHANGES) {
    let state: ParseState | undefined = prev;
    for (const change of changes) {
      state = applyChange(parser, state, change);
      if (!state) break;
    }
    if (state) return state;
  }
  return parser.parseState(getText(), token);
}
