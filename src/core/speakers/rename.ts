/**
 * Renaming a speaker: the edits that change the name in every label of the
 * speaker (roles stay), and optionally in mentions such as "Mr Pushilin".
 * Pure: the editor applies the edits; a rename never touches other text.
 */
import type { Position, Span, Transcript } from '../model';
import { surnameOf, SpeakerMention } from './mentions';
import { parseTranscript } from '../parse';
import { normalizeSpace } from '../text';

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

/** The text of a one-line span. */
function textOf(lines: readonly string[], span: Span): string {
  return (lines[span.start.line] ?? '').slice(span.start.character, span.end.character);
}

/**
 * The new name written with the old name's spacing: when both have the same
 * number of words, the characters between words (a space, an NBSP) are kept,
 * so that renaming back restores the file byte for byte.
 */
function withSpacingOf(oldText: string, newName: string): string {
  const gaps = oldText.match(/[\s\u00a0]+/g) ?? [];
  const words = newName.split(' ');
  if (gaps.length !== words.length - 1) return newName;
  return words.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join('');
}

/**
 * Edits that rename the speaker named at `at`: every label of that speaker
 * whose name reads as the name at `at` (spacing aside) gets the new name, its
 * role kept; labels spelt otherwise (`VladimirPutin`) are left alone. With
 * `includeMentions`, "Mr Surname" mentions get the new surname and full-name
 * mentions the new name.
 */
export function planRename(
  text: string, model: Transcript, mentions: readonly SpeakerMention[], at: SpeakerAt, newName: string, includeMentions: boolean,
): RenamePlan {
  const speaker = model.speakers.find((s) => s.key === at.speaker);
  if (!speaker) return { error: 'No speaker here.' };
  if (speaker.generic) return { error: `"${speaker.name}" is a generic label, not a person; it cannot be renamed.` };
  const problem = checkNewName(newName);
  if (problem) return { error: problem };
  const name = normalizeSpace(newName);
  const lines = text.split('\n');
  const target = normalizeSpace(textOf(lines, at.nameSpan));
  const fullName = at.onLabel ? target : speaker.name;
  const edits: TextEdit[] = [];
  for (const i of speaker.turns) {
    const span = model.turns[i].nameSpan;
    const old = textOf(lines, span);
    if (normalizeSpace(old) === fullName) edits.push({ span, newText: withSpacingOf(old, name) });
  }
  if (includeMentions) {
    const oldSurname = surnameOf(fullName);
    for (const m of mentions) {
      if (m.speaker !== at.speaker) continue;
      const old = normalizeSpace(textOf(lines, m.nameSpan));
      if (old === oldSurname) edits.push({ span: m.nameSpan, newText: surnameOf(name) });
      else if (old === fullName) edits.push({ span: m.nameSpan, newText: withSpacingOf(textOf(lines, m.nameSpan), name) });
    }
  }
  return { edits };
}

/** Applies edits to a text (for tests and the CLI); edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (p: Position) => starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.span.start) - offset(a.span.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.span.start)) + e.newText + out.slice(offset(e.span.end));
  return out;
}
