/**
 * Renaming a speaker: the edits that change the name in every label of the
 * speaker (roles stay), and optionally in mentions such as "Mr Pushilin".
 * Pure: the editor applies the edits; a rename never touches other text.
 */
import type { CancellationLike, Position, Span, Transcript } from '../model';
import { findSpeakerMentions, surnameOf, SpeakerMention } from './mentions';
import { parseTranscript } from '../parse';
import { indexLines, normalizeSpace } from '../text';

/** One replacement. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** What is at a position: a speaker, and the range that names it there. */
export interface SpeakerAt {
  readonly speaker: string;
  /** The name (on a label) or the name part of a mention. */
  readonly nameSpan: Span;
  /** True on a turn's label, false on a mention in speech. */
  readonly onLabel: boolean;
}

function contains(span: Span, p: Position): boolean {
  const afterStart = p.line > span.start.line || (p.line === span.start.line && p.character >= span.start.character);
  const beforeEnd = p.line < span.end.line || (p.line === span.end.line && p.character <= span.end.character);
  return afterStart && beforeEnd;
}

/** The speaker named at a position: on a turn's label, or on a mention. */
export function speakerAt(model: Transcript, mentions: readonly SpeakerMention[], p: Position): SpeakerAt | undefined {
  const turn = model.turns.find((t) => t.labelSpan.start.line === p.line && contains(t.labelSpan, p));
  if (turn) return { speaker: turn.speaker, nameSpan: turn.nameSpan, onLabel: true };
  const mention = mentions.find((m) => m.span.start.line === p.line && contains(m.span, p));
  return mention ? { speaker: mention.speaker, nameSpan: mention.nameSpan, onLabel: false } : undefined;
}

/** Why a new name cannot be used, or undefined when it can. */
export function checkNewName(newName: string): string | undefined {
  const name = newName.trim();
  if (name === '') return 'The new name is empty.';
  if (/[:\r\n]/.test(name)) return 'A speaker name cannot contain a colon or a line break.';
  const probe = parseTranscript(`Title\n\n${name}: Test.\n${name}: Test.\n`);
  const ok = probe.turns.length === 2 && normalizeSpace(probe.speakers[0]?.name ?? '') === normalizeSpace(name);
  return ok ? undefined : `"${name}" would not be recognised as a speaker label (a name is two to four capitalised words, such as "Denis V. Pushilin").`;
}

/** The result of planning a rename: edits, or the reason there are none. */
export type RenamePlan = { readonly edits: TextEdit[] } | { readonly error: string };

/** Reads the text of one-line spans (lines end at LF, CR LF or a CR alone, as in the model). */
type SpanReader = (span: Span) => string;

function spanReader(text: string): SpanReader {
  const lines = indexLines(text);
  return (span) => {
    const start = lines.starts[span.start.line];
    return start === undefined ? '' : text.slice(start + span.start.character, start + span.end.character);
  };
}

/** What separates the words of a name: the white space `normalizeSpace` reads as one space. */
const SEPARATOR = /([\s\u00a0\u200b\ufeff\u00ad]+)/;

/** A name as written: the separators between its words, and any space around it. */
function splitWritten(written: string): { separators: string[]; before: string; after: string } {
  const parts = written.split(SEPARATOR);
  const before = parts[0] === '' && parts.length > 1 ? parts[1] : '';
  const after = parts[parts.length - 1] === '' && parts.length > 1 ? parts[parts.length - 2] : '';
  const inner = parts.slice(before ? 2 : 0, after ? parts.length - 2 : parts.length);
  return { separators: inner.filter((_, i) => i % 2 === 1), before, after };
}

/**
 * The new name written with the old name's separators (a space, an NBSP, a
 * double space), so that renaming back restores the file byte for byte. The
 * rule: the separator before the last word stays before the last word; the
 * others keep their places from the start; a longer name repeats the
 * separator before the last word for its extra words, a shorter name drops
 * the separators just before that one. A name of one word gives plain spaces.
 */
function withSpacingOf(oldText: string, newName: string): string {
  const { separators: old, before, after } = splitWritten(oldText);
  const words = newName.split(' ');
  if (old.length === 0) return before + newName + after;
  const last = old[old.length - 1];
  const separatorAt = (j: number) => (j === words.length - 2 ? last : old[Math.min(j, old.length - 1)]);
  return before + words.map((w, i) => (i === 0 ? w : separatorAt(i - 1) + w)).join('') + after;
}

/** True when the name written as `oldText`, renamed to `newName` and back to its own words, is `oldText` again. */
function spacingSurvives(oldText: string, newName: string): boolean {
  return withSpacingOf(withSpacingOf(oldText, newName), normalizeSpace(oldText)) === oldText;
}

/** The edits of a rename, without any check: labels spelt as `fullName`, and with `includeMentions` the mentions. */
function renameEdits(
  read: SpanReader, model: Transcript, mentions: readonly SpeakerMention[], key: string, fullName: string, name: string, includeMentions: boolean,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const i of model.speakers.find((s) => s.key === key)?.turns ?? []) {
    const span = model.turns[i].nameSpan;
    const old = read(span);
    if (normalizeSpace(old) === fullName) edits.push({ span, newText: withSpacingOf(old, name) });
  }
  if (includeMentions) {
    const oldSurname = surnameOf(fullName);
    for (const m of mentions) {
      if (m.speaker !== key) continue;
      const old = read(m.nameSpan);
      if (normalizeSpace(old) === oldSurname) edits.push({ span: m.nameSpan, newText: surnameOf(name) });
      else if (normalizeSpace(old) === fullName) edits.push({ span: m.nameSpan, newText: withSpacingOf(old, name) });
    }
  }
  return edits;
}

/** Why the spaces inside a renamed name could not be restored by renaming back, if they could not. */
function spacingProblem(read: SpanReader, edits: readonly TextEdit[], name: string): string | undefined {
  for (const e of edits) {
    const old = read(e.span);
    if (!spacingSurvives(old, name)) {
      const words = normalizeSpace(old).split(' ').length;
      return `"${normalizeSpace(old)}" on line ${e.span.start.line + 1} has different spaces between its words (a no-break space, a double space); ` +
        `a name of ${name.split(' ').length} words cannot keep them all, so renaming back could not restore them. Use a name of ${words} words, or make its spaces alike first.`;
    }
  }
  return undefined;
}

/**
 * Edits that rename the speaker named at `at`: every label of that speaker
 * whose name reads as the name at `at` (spacing aside) gets the new name, its
 * role kept; labels spelt otherwise (`VladimirPutin`) are left alone. With
 * `includeMentions`, "Mr Surname" mentions get the new surname and full-name
 * mentions the new name. A rename that renaming back could not undo byte for
 * byte is refused (see {@link roundTripProblem}).
 */
export function planRename(
  text: string, model: Transcript, mentions: readonly SpeakerMention[], at: SpeakerAt, newName: string, includeMentions: boolean, token?: CancellationLike,
): RenamePlan {
  const speaker = model.speakers.find((s) => s.key === at.speaker);
  if (!speaker) return { error: 'No speaker here.' };
  if (speaker.generic) return { error: `"${speaker.name}" is a generic label, not a person; it cannot be renamed.` };
  const problem = checkNewName(newName);
  if (problem) return { error: problem };
  const name = normalizeSpace(newName);
  const read = spanReader(text);
  const fullName = at.onLabel ? normalizeSpace(read(at.nameSpan)) : speaker.name;
  const edits = renameEdits(read, model, mentions, speaker.key, fullName, name, includeMentions);
  const refusal = spacingProblem(read, edits, name) ?? roundTripProblem({ text, model, at, edits, name, fullName, includeMentions }, token);
  return refusal ? { error: refusal } : { edits };
}

const positionKey = (p: Position): string => `${p.line}:${p.character}`;

/** A planned rename, as {@link roundTripProblem} replays it. */
interface PlannedRename {
  readonly text: string;
  readonly model: Transcript;
  readonly at: SpeakerAt;
  readonly edits: readonly TextEdit[];
  readonly name: string;
  readonly fullName: string;
  readonly includeMentions: boolean;
}

/**
 * Why renaming back (F2 at the same place, typing the old name) would not
 * restore the text, if it would not: the rename and the rename back are
 * replayed. It catches a name that merges the speaker with another one, a
 * surname that other text already has after "Mr" (which renaming back would
 * change too), and a surname another speaker has (then "Mr Surname" is
 * ambiguous and renaming back would leave the mentions changed).
 */
function roundTripProblem(r: PlannedRename, token?: CancellationLike): string | undefined {
  if (r.edits.length === 0) return undefined;
  const renamed = applyEdits(r.text, r.edits);
  const again = parseTranscript(renamed, { token });
  const mentions = r.includeMentions ? findSpeakerMentions(renamed, again, token) : [];
  if (token?.isCancellationRequested) return 'The rename was cancelled.';
  const read = spanReader(renamed);
  const moved = positionMapper(r.edits);
  // F2 again where the user stands, or (when the name there was not renamed) on the first renamed name.
  const back = r.edits.find((e) => positionKey(e.span.start) === positionKey(r.at.nameSpan.start)) ?? r.edits[0];
  const hit = speakerAt(again, mentions, moved(back.span.start));
  const backEdits = hit ? renameEdits(read, again, mentions, hit.speaker, r.name, r.fullName, r.includeMentions) : [];
  if (hit && applyEdits(renamed, backEdits) === r.text) return undefined;
  return explainLoss(r, again, r.edits.map((e) => moved(e.span.start)), read, mentions, backEdits) ??
    `Renaming to "${r.name}" and back would not restore the text exactly; the rename is refused.`;
}

/** Maps positions of the text before the edits to the text after them (positions outside the edits, or at their starts). */
function positionMapper(edits: readonly TextEdit[]): (p: Position) => Position {
  const byLine = new Map<number, TextEdit[]>();
  for (const e of edits) {
    const onLine = byLine.get(e.span.start.line);
    if (onLine) onLine.push(e);
    else byLine.set(e.span.start.line, [e]);
  }
  return (p) => {
    let shift = 0;
    for (const e of byLine.get(p.line) ?? []) {
      if (e.span.end.character <= p.character && e.span.start.character < p.character) shift += e.newText.length - (e.span.end.character - e.span.start.character);
    }
    return { line: p.line, character: p.character + shift };
  };
}

/**
 * Names the first place where renaming back would differ from the rename: a
 * mention it would change that the rename did not make, or one the rename
 * made that it would miss. `renamedAt`: where each edit starts after the rename.
 */
function explainLoss(
  r: PlannedRename, again: Transcript, renamedAt: readonly Position[], read: SpanReader, mentions: readonly SpeakerMention[], backEdits: readonly TextEdit[],
): string | undefined {
  const made = new Set(renamedAt.map(positionKey));
  const extra = backEdits.find((e) => !made.has(positionKey(e.span.start)));
  const label = extra && again.turns.length === r.model.turns.length ? again.turns.findIndex((t) => positionKey(t.nameSpan.start) === positionKey(extra.span.start)) : -1;
  if (label !== -1) {
    const other = r.model.speakers.find((s) => s.key === r.model.turns[label].speaker)?.name;
    return `"${r.name}" would make this speaker one with "${other}" (line ${again.turns[label].nameSpan.start.line + 1}), and renaming back could not separate them. Choose another name.`;
  }
  if (extra) {
    const mention = mentions.find((m) => positionKey(m.nameSpan.start) === positionKey(extra.span.start));
    return `With this name, "${read(mention?.span ?? extra.span)}" on line ${extra.span.start.line + 1} would read as a mention of this speaker, and renaming back would change it too. ` +
      'Choose another name, or rename with transcript.rename.includeMentions off.';
  }
  const undone = new Set(backEdits.map((e) => positionKey(e.span.start)));
  const missed = renamedAt.findIndex((p) => !undone.has(positionKey(p)));
  if (missed === -1) return undefined;
  return `After the rename, "${r.edits[missed].newText}" on line ${renamedAt[missed].line + 1} would no longer read as a mention of this speaker (another speaker has that surname), ` +
    'so renaming back would leave it changed. Choose another name, or rename with transcript.rename.includeMentions off.';
}

/** Applies edits to a text (for tests, the CLI and replaying a rename); edits must not overlap. Linear in the text and the edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const lines = indexLines(text);
  const offset = (p: Position) => lines.starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(a.span.start) - offset(b.span.start));
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, offset(e.span.start)), e.newText);
    at = offset(e.span.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
