/**
 * Mentions of speakers inside speech: "Mr Pushilin", "Ms Golikova", or the
 * full name "Denis Pushilin" outside a label. Found in one pass with one
 * compiled pattern built from the speakers' names.
 */
import type { CancellationLike, Span, Transcript } from '../model';
import { escapeRegex } from '../profile';
import { indexLines } from '../text';

/** A mention of a speaker in speech. */
export interface SpeakerMention {
  readonly speaker: string;
  /** The whole mention (`Mr Pushilin`, `Denis Pushilin`). */
  readonly span: Span;
  /** The part that is the speaker's name or surname (`Pushilin`, `Denis Pushilin`). */
  readonly nameSpan: Span;
}

const HONORIFICS = ['Mr', 'Ms', 'Mrs', 'Miss', 'Madam', 'Dr', 'Mr.', 'Ms.', 'Mrs.', 'Dr.'];
const SPACE = '[ \\u00a0]+';


/** Surname of a person's name: its last word. */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1];
}

/** Finds every mention of the model's (non-generic, two-word-or-longer) speakers in the text. */
export function findSpeakerMentions(text: string, model: Transcript, token?: CancellationLike): SpeakerMention[] {
  const byForm = new Map<string, string>();
  const surnameOwners = new Map<string, Set<string>>();
  for (const s of model.speakers) {
    if (s.generic || !s.name.includes(' ')) continue;
    byForm.set(s.name, s.key);
    const surname = surnameOf(s.name);
    if (!surnameOwners.has(surname)) surnameOwners.set(surname, new Set());
    surnameOwners.get(surname)?.add(s.key);
  }
  // A surname shared by two speakers is ambiguous after "Mr": skip it.
  const surnames = [...surnameOwners].filter(([, owners]) => owners.size === 1).map(([surname]) => surname);
  if (byForm.size === 0) return [];
  const names = [...byForm.keys()].sort((a, b) => b.length - a.length).map((n) => n.split(' ').map(escapeRegex).join(SPACE));
  const honorific = surnames.length > 0
    ? `(${HONORIFICS.map(escapeRegex).join('|')})${SPACE}(${surnames.sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`
    : '(?!)()';
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${honorific}|(${names.join('|')}))(?![\\p{L}\\p{M}])`, 'gu');

  const lines = indexLines(text);
  const labelLines = new Map(model.turns.map((t) => [t.labelSpan.start.line, t.labelSpan.end.character]));
  const out: SpeakerMention[] = [];
  let line = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (token?.isCancellationRequested) return [];
    while (line + 1 < lines.count && lines.starts[line + 1] <= m.index) line++;
    const character = m.index - lines.starts[line];
    const labelEnd = labelLines.get(line);
    if (labelEnd !== undefined && character < labelEnd) continue; // inside a label: that is the turn itself
    const surname = m[2];
    const full = m[3];
    const key = full !== undefined ? byForm.get(full.replace(/[ \u00a0]+/g, ' ')) : [...(surnameOwners.get(surname) ?? [])][0];
    if (key === undefined) continue;
    const nameOffset = full !== undefined ? 0 : m[0].length - surname.length;
    out.push({
      speaker: key,
      span: { start: { line, character }, end: { line, character: character + m[0].length } },
      nameSpan: { start: { line, character: character + nameOffset }, end: { line, character: character + m[0].length } },
    });
  }
  return out;
}
