/**
 * From per-line results (kinds of lines, labels found) to the model: turns,
 * speakers and paragraphs. After an edit, whatever the edit did not touch is
 * reused object for object, so a one-character edit in a long transcript
 * costs little more than the lines it changed.
 */
import type { Header, Paragraph, ParagraphKind, Position, Span, Speaker, Transcript, Turn } from '../model';
import { alignToName, LabelMatch } from './labels';
import { CUE_LOOKBACK, findTurnTime, sameTime } from './times';
import { groupKey, LabelForms } from './speakerGroups';
import { heldOffice, officeRemark, readHonorific, withoutThe } from './personName';
import { LineRef, lineRef, TextLines } from '../text';
import { firstIndexFrom, normalizeSpace, skipSpace, trimEnd, withoutRemarks } from '../text';

/** What the builder reads: the final per-line results of a parse. */
export interface LineResults {
  readonly source: TextLines;
  /** Kind of every line (undefined for blank lines before the header and in the body). */
  readonly kinds: readonly (ParagraphKind | undefined)[];
  readonly header: Header;
  /** Every label that opens a turn, sorted by line. */
  readonly matches: readonly LabelMatch[];
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/** What an incremental build may reuse: the previous model and where the edit was. */
export interface Reuse {
  readonly model: Transcript;
  /** First line the edit changed (same in old and new numbering). */
  readonly editStart: number;
  /** Last line the edit changed, in the old numbering. */
  readonly editEndOld: number;
  /** Last line the edit changed, in the new numbering. */
  readonly editEndNew: number;
}

/** Builds the model; with `reuse`, objects the edit did not touch are taken from the previous model. */
export function buildModel(forms: LabelForms, r: LineResults, reuse?: Reuse): Transcript {
  const ref = lineRef();
  const paragraphs = reuse ? reuseParagraphs(r, reuse, ref) : buildParagraphs(r, 0, r.source.count - 1, ref);
  // The same labels in the same order (an edit in speech): the same speakers, object for object.
  const { speakers, keyOfMatch } = reuse && sameLabels(r.matches, reuse.model.turns) ? { speakers: reuse.model.speakers, keyOfMatch: reuse.model.turns.map((t) => t.speaker) } : buildSpeakers(forms, r);
  const turns = buildTurns(r, speakers, keyOfMatch, ref, reuse);
  return { header: r.header, turns, speakers, paragraphs, lineCount: r.source.count, bodyStart: r.bodyStart, bodyEnd: r.bodyEnd };
}

function paragraphAt(r: LineResults, line: number, ref: LineRef): Paragraph | undefined {
  return paragraphOf(r.source, line, r.kinds[line] ?? 'text', ref);
}

/** The paragraph of a line, from its first to its last non-blank character; undefined for a blank line. */
function paragraphOf(source: TextLines, line: number, kind: ParagraphKind, ref: LineRef): Paragraph | undefined {
  const { text, start: base, end: lineEnd } = source.line(line, ref);
  const start = skipSpace(text, base, lineEnd);
  const end = trimEnd(text, start, lineEnd);
  if (start === end) return undefined;
  return { line, kind, span: { start: { line, character: start - base }, end: { line, character: end - base } } };
}

function buildParagraphs(r: LineResults, from: number, to: number, ref: LineRef, out: Paragraph[] = []): Paragraph[] {
  for (let line = from; line <= to; line++) {
    const p = paragraphAt(r, line, ref);
    if (p) out.push(p);
  }
  return out;
}

/** The previous paragraphs, shifted past the edit, with the edited lines built anew. */
function reuseParagraphs(r: LineResults, reuse: Reuse, ref: LineRef): Paragraph[] {
  const delta = reuse.editEndNew - reuse.editEndOld;
  const old = reuse.model.paragraphs;
  const out: Paragraph[] = [];
  let i = 0;
  for (; i < old.length && old[i].line < reuse.editStart; i++) {
    const p = old[i];
    const kind = r.kinds[p.line] ?? 'text';
    out.push(kind === p.kind ? p : { ...p, kind });
  }
  buildParagraphs(r, reuse.editStart, reuse.editEndNew, ref, out);
  while (i < old.length && old[i].line <= reuse.editEndOld) i++;
  for (; i < old.length; i++) {
    const p = old[i];
    const line = p.line + delta;
    const kind = r.kinds[line] ?? 'text';
    if (delta === 0 && kind === p.kind) out.push(p);
    else out.push({ line, kind, span: { start: { line, character: p.span.start.character }, end: { line, character: p.span.end.character } } });
  }
  return out;
}

/**
 * The model after an edit that changed only text within lines `from`..`to`:
 * no line added or removed, every line of the same kind as before, and the
 * same labels on them. The paragraphs of those lines and the turns that hold
 * them are made anew (a turn's end and the start of its speech may have
 * moved), and so is a turn just below them whose time changed (the start of
 * the subtitle cue above it); everything else is the previous model's, object
 * for object. Typing in a speech takes this way.
 */
export function patchModel(model: Transcript, source: TextLines, from: number, to: number): Transcript {
  const ref = lineRef();
  const paragraphs = model.paragraphs.slice();
  for (let i = firstIndexFrom(paragraphs, (p) => p.line, from); i < paragraphs.length && paragraphs[i].line <= to; i++) {
    const p = paragraphs[i];
    // The line was not blank and is not (its kind is the same): it has a paragraph.
    paragraphs[i] = paragraphOf(source, p.line, p.kind, ref) as Paragraph;
  }
  // The turns that hold the lines: from the last one starting on or before `to`, back while they reach `from`.
  let turns = model.turns;
  for (let k = firstIndexFrom(turns, (t) => t.span.start.line, to + 1) - 1; k >= 0 && turns[k].span.end.line >= from; k--) {
    if (turns === model.turns) turns = turns.slice();
    // A new object even when nothing moved: what was read from its text (an outline detail) is read again.
    (turns as Turn[])[k] = patchTurn(turns[k], source, ref);
  }
  // The turns just below the lines, whose time may be the start of a subtitle cue above them.
  for (let k = firstIndexFrom(turns, (t) => t.span.start.line, to + 1); k < turns.length && turns[k].span.start.line <= to + CUE_LOOKBACK; k++) {
    const t = withTimeRead(turns[k], source, ref);
    if (t === turns[k]) continue;
    if (turns === model.turns) turns = turns.slice();
    (turns as Turn[])[k] = t;
  }
  return { ...model, paragraphs, turns };
}

/** The turn with its time read again: itself when the time is the same, else a copy with the new time. */
function withTimeRead(t: Turn, source: TextLines, ref: LineRef): Turn {
  const time = findTurnTime(source, t.span.start.line, t.labelSpan.end.character, t.span.end.line, ref);
  return sameTime(time, t.time) ? t : { ...t, time };
}

/** The turn with the start of its speech and its end read again (its label and lines are as they were). */
function patchTurn(t: Turn, source: TextLines, ref: LineRef): Turn {
  const label = source.line(t.span.start.line, ref);
  // The label and what ends it are as they were: the speech starts where it started, after the white space.
  const speech = skipSpace(label.text, label.start + trimmedStart(t), label.end) - label.start;
  const last = t.span.end.line;
  return {
    ...t,
    speechStart: speech === t.speechStart.character ? t.speechStart : { line: t.speechStart.line, character: speech },
    span: { start: t.span.start, end: { line: last, character: trimmedEnd(source, last, ref) } },
    time: findTurnTime(source, t.span.start.line, t.labelSpan.end.character, last, ref),
  };
}

/** Where the white space after a turn's label marker may start: the end of its label, or of the colon after it. */
function trimmedStart(t: Turn): number {
  return t.markerEnd ?? t.labelSpan.end.character + 1;
}

/** The character after the last non-blank one of a line (where a turn ending there ends). */
function trimmedEnd(source: TextLines, line: number, ref: LineRef): number {
  const { text, start, end } = source.line(line, ref);
  return trimEnd(text, start, end) - start;
}

/** True when the labels open the turns in the same order (so they group into the same speakers). */
function sameLabels(matches: readonly LabelMatch[], turns: readonly Turn[]): boolean {
  if (matches.length !== turns.length) return false;
  for (let i = 0; i < matches.length; i++) if (matches[i].label !== turns[i].label) return false;
  return true;
}

/** The speakers, and the speaker key of each match. */
function buildSpeakers(forms: LabelForms, r: LineResults): { speakers: Speaker[]; keyOfMatch: string[] } {
  const labels: string[] = [];
  const firstMatch: LabelMatch[] = [];
  const labelIndex = new Map<string, number>();
  const labelOfMatch = r.matches.map((m) => {
    let i = labelIndex.get(m.label);
    if (i === undefined) {
      i = labels.length;
      labelIndex.set(m.label, i);
      labels.push(m.label);
      firstMatch.push(m);
    }
    return i;
  });
  const { groupOf, groups } = forms.group(firstMatch);
  const keys = groups.map((g) => groupKey(g.map((i) => labels[i])));
  const turnsOf = groups.map(() => [] as number[]);
  const order: number[] = [];
  labelOfMatch.forEach((label, i) => {
    const g = groupOf[label];
    if (turnsOf[g].length === 0) order.push(g);
    turnsOf[g].push(i);
  });
  const speakers = order.map((g): Speaker => {
    const members = groups[g].map((i) => firstMatch[i]);
    const generic = members[0].generic || forms.isGeneric(labels[groups[g][0]]);
    const { name, role } = generic ? { name: keys[g], role: undefined } : nameAndRole(forms, members);
    return { key: keys[g], name, role, labels: groups[g].map((i) => labels[i]), turns: turnsOf[g], generic };
  });
  return { speakers, keyOfMatch: labelOfMatch.map((label) => keys[groupOf[label]]) };
}

/**
 * A speaker's name and fullest role, from its distinct labels. The name comes
 * from a label that names the person in parentheses after a role (`The Acting
 * Chair (Mr. Bruce Stanton)`: `Bruce Stanton`, role `Acting Chair`), else from
 * the fullest label without a role (`Recep Tayyip Erdogan` beside `President
 * of Turkey Recep Tayyip Erdogan`, `Mr. Iain Duncan Smith` beside `Mr. Duncan
 * Smith`), else from the label pattern; the role is the longest that any label
 * gives, an office in parentheses (`(Minister of Health)`) included.
 */
function nameAndRole(forms: LabelForms, members: readonly LabelMatch[]): { name: string; role?: string } {
  let name: string | undefined;
  let role: string | undefined;
  const longer = (r: string | undefined) => {
    if (r && (role === undefined || r.length > role.length)) role = r;
  };
  for (const m of members) {
    const held = heldOffice(m.label);
    if (!held) continue;
    name ??= normalizeSpace(m.label.slice(held.nameStart, held.personEnd));
    longer(withoutThe(normalizeSpace(m.label.slice(0, held.roleEnd))));
  }
  if (name === undefined) {
    const bare = fullestBare(forms, members) ?? members[0];
    name = withoutRemarks(normalizeSpace(bare.label.slice(bare.nameStart, bare.nameEnd)));
  }
  for (const m of members) longer(roleOf(m, name) ?? officeRemark(m.label, forms.roleWords));
  return { name, role };
}

/** The label without a role whose name has the most words, honorific aside (the first of equals), if any. */
function fullestBare(forms: LabelForms, members: readonly LabelMatch[]): LabelMatch | undefined {
  let best: LabelMatch | undefined;
  let bestWords = 0;
  for (const m of members) {
    if (m.roleStart !== undefined || !m.endsInName || heldOffice(m.label)) continue;
    const words = nameWordCount(forms.normalize(m.label.slice(m.nameStart, m.nameEnd)).split(' '));
    if (words > bestWords) {
      best = m;
      bestWords = words;
    }
  }
  return best;
}

function nameWordCount(words: readonly string[]): number {
  return words.length - (readHonorific(words)?.next ?? 0);
}

/** The role a label gives: what stands before the name, or after the comma of a `Name, role` label. */
function roleOf(m: LabelMatch, name: string): string | undefined {
  if (!m.endsInName) {
    return withoutRemarks(normalizeSpace(m.label.slice(m.nameEnd)).replace(/^,\s*/, '')) || undefined;
  }
  if (m.roleStart === undefined || m.roleEnd === undefined) return undefined;
  const label = withoutRemarks(normalizeSpace(m.label));
  if (label.endsWith(' ' + name)) return label.slice(0, label.length - name.length - 1).replace(/,$/, '');
  return normalizeSpace(m.label.slice(m.roleStart, m.roleEnd)).replace(/,$/, '');
}

/** The last line of a turn: the last non-blank line before the next turn, a separator or the footer. */
function lastLineOfTurn(kinds: readonly (ParagraphKind | undefined)[], first: number, nextTurn: number): number {
  let last = first;
  for (let l = first + 1; l < nextTurn; l++) {
    const k = kinds[l];
    if (k === 'separator' || k === 'chrome' || k === 'date') break;
    if (k !== undefined) last = l;
  }
  return last;
}

/** Aligned labels by label text, then speaker name: a long transcript repeats its few hundred labels. */
type AlignMemo = Map<string, Map<string, Omit<LabelMatch, 'line'>>>;

function aligned(memo: AlignMemo, m: LabelMatch, name: string | undefined): LabelMatch {
  if (!name) return m;
  let byName = memo.get(m.label);
  if (!byName) {
    byName = new Map();
    memo.set(m.label, byName);
  }
  let shape = byName.get(name);
  if (!shape) {
    shape = alignToName(m, name);
    byName.set(name, shape);
  }
  return shape.nameStart === m.nameStart && shape.roleEnd === m.roleEnd ? m : { ...shape, line: m.line };
}

function newTurn(r: LineResults, found: LabelMatch, index: number, nextLine: number, speaker: string, name: string | undefined, memo: AlignMemo, ref: LineRef): Turn {
  const m = aligned(memo, found, name);
  const line = m.line;
  const last = lastLineOfTurn(r.kinds, line, nextLine);
  r.source.line(line, ref);
  const speechStart = skipSpace(ref.text, ref.start + m.colon + 1, ref.end) - ref.start;
  const lastEnd = trimmedEnd(r.source, last, ref);
  // Positions are plain, immutable data: spans that start or end at the same place share one object.
  const at = m.labelStart ?? 0;
  const lineStart = { line, character: 0 };
  const labelStart = at === 0 ? lineStart : { line, character: at };
  const labelEnd = { line, character: m.labelEnd };
  const nameStart = m.nameStart === 0 ? labelStart : { line, character: at + m.nameStart };
  const nameEnd = at + m.nameEnd === m.labelEnd ? labelEnd : { line, character: at + m.nameEnd };
  return {
    index,
    label: m.label,
    labelSpan: { start: labelStart, end: labelEnd },
    roleSpan: m.roleStart !== undefined && m.roleEnd !== undefined ? { start: labelStart, end: { line, character: at + m.roleEnd } } : undefined,
    nameSpan: { start: nameStart, end: nameEnd },
    speechStart: { line, character: speechStart },
    markerEnd: m.colon + 1 === m.labelEnd + 1 ? undefined : m.colon + 1,
    span: { start: lineStart, end: { line: last, character: lastEnd } },
    speaker,
    time: findTurnTime(r.source, line, m.labelEnd, last, ref),
  };
}

function shiftTurn(t: Turn, delta: number): Turn {
  const s = (p: Position): Position => ({ line: p.line + delta, character: p.character });
  const span = (x: Span): Span => ({ start: s(x.start), end: s(x.end) });
  // All fields written out (no spread): a turn moved by an edit before it is made thousands of times.
  return {
    index: t.index,
    label: t.label,
    labelSpan: span(t.labelSpan),
    roleSpan: t.roleSpan ? span(t.roleSpan) : undefined,
    nameSpan: span(t.nameSpan),
    speechStart: s(t.speechStart),
    markerEnd: t.markerEnd,
    span: span(t.span),
    speaker: t.speaker,
    time: t.time,
  };
}

/** Builds the turns, reusing the previous ones the edit did not touch. */
function buildTurns(r: LineResults, speakers: readonly Speaker[], keyOfMatch: readonly string[], ref: LineRef, reuse?: Reuse): Turn[] {
  const nameOf = new Map(speakers.map((s) => [s.key, s.generic ? undefined : s.name]));
  const old = reuse?.model.turns ?? [];
  const oldNameOf = new Map((reuse?.model.speakers ?? []).map((s) => [s.key, s.generic ? undefined : s.name]));
  const delta = reuse ? reuse.editEndNew - reuse.editEndOld : 0;
  // The first edited line keeps its number; lines after the edit shift; the others are new.
  const toOld = (line: number) => (!reuse || line <= reuse.editStart ? line : line > reuse.editEndNew ? line - delta : -1);
  const oldBodyEnd = reuse?.model.bodyEnd ?? 0;
  const memo: AlignMemo = new Map();
  let j = 0;
  const turns = r.matches.map((m, index) => {
    const key = keyOfMatch[index];
    const nextLine = index + 1 < r.matches.length ? r.matches[index + 1].line : r.bodyEnd + 1;
    if (reuse) {
      const oldLine = toOld(m.line);
      while (j < old.length && old[j].span.start.line < oldLine) j++;
      const t = old[j];
      if (oldLine >= 0 && t && t.span.start.line === oldLine && t.index === index && t.speaker === key && oldNameOf.get(key) === nameOf.get(key)) {
        const oldNext = j + 1 < old.length ? old[j + 1].span.start.line : oldBodyEnd + 1;
        const untouched = oldNext <= reuse.editStart || oldLine > reuse.editEndOld;
        if (untouched && toOld(nextLine) === oldNext && (nextLine <= r.bodyEnd || oldNext > oldBodyEnd)) {
          const kept = delta === 0 || oldLine < reuse.editStart ? t : shiftTurn(t, delta);
          // Just below the edit, the time may be the start of a subtitle cue that the edit changed.
          return oldLine > reuse.editEndOld && m.line - reuse.editEndNew <= CUE_LOOKBACK ? withTimeRead(kept, r.source, ref) : kept;
        }
      }
    }
    return newTurn(r, m, index, nextLine, key, nameOf.get(key), memo, ref);
  });
  return turns;
}
