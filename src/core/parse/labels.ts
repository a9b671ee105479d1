/**
 * Speaker labels on single lines: the pattern match (first pass), the
 * acceptance of unusual labels that end in a known name (second pass), and
 * the alignment of a label's name with its speaker's full name. A label
 * starts at the start of its line; offsets here are characters from there,
 * so a label found on an untouched line stays valid when text before it changes.
 */
import { compileLabelMatcher, LabelMatcher } from './labelMatcher';
import { CompiledPatterns, compilePatterns, GenericGroup, LabelGroup, MAX_LABEL_LENGTH, Profile } from '../profile';
import { LabelForms } from './speakerGroups';
import { CandidateShape, CandidateWords, countRemark, endReason, labelStyle, proseWord } from './evidence';
import { LabelMatch, withLine } from './match';

export { withLine };
export type { LabelMatch };
import { readColonCandidate } from './candidates';
import { BoundedMap, detach, hashStep, isSpace, lineRef, normalizeSpace, tableHash, TextLines, TextMemo, trimEnd, withoutRemarks } from '../text';

/** The colon of labels: `:`, and the full-width `：` of Chinese and Japanese text. */
export function isColon(c: number): boolean {
  return c === 58 || c === 0xff1a;
}

/** Offset of the first colon (either form) from `start` before `end`, or -1. */
export function firstColon(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (isColon(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * True when a colon stands within a label's length of the line start. The
 * search stops at the line end (an unbounded indexOf would scan the rest of
 * the text for every line without a colon).
 */
export function hasColonNearStart(text: string, start: number, end: number, maxLabelLength = MAX_LABEL_LENGTH): boolean {
  return firstColon(text, start, Math.min(end, start + maxLabelLength + 1)) !== -1;
}

/** A label match without its line: what a line's text up to its first colon determines. */
type LabelShape = Omit<LabelMatch, 'line'>;

/**
 * Results of the label patterns by the text of a line up to its first colon
 * (the match cannot reach past it): a transcript repeats a few hundred labels
 * thousands of times, so most lines are answered without running the patterns.
 * Keyed by a hash of that text, computed while looking for the colon, and
 * confirmed in place: no substring per line. Bounded.
 */
interface ShapeEntry {
  readonly shape: LabelShape | null;
  /** The shape's {@link LabelReader.nameKey} (null: none). */
  readonly key: string | null;
  /** Without a shape: the candidate for the document-level evidence, or why the text is none. */
  readonly candidate: CandidateShape | string;
}
const SHAPES_LIMIT = 20_000;
const NAME_KEYS_LIMIT = 10_000;

/**
 * Reads speaker labels with one profile's grammar: the first pass's pattern
 * match, and the second pass's acceptance of labels that end in a known name.
 * Holds the memos of label shapes, name keys and loose forms (one per parser).
 */
export class LabelReader {
  private readonly shapes = new TextMemo<ShapeEntry>(SHAPES_LIMIT);
  /** Normalised names by the name part of a label: labels repeat, so each is normalised once. */
  private readonly nameKeys = new BoundedMap<string, string | undefined>(NAME_KEYS_LIMIT);
  /** {@link looseForm} by label text, bounded: the second pass runs again after every edit. */
  private readonly looseForms = new BoundedMap<string, string | null>(SHAPES_LIMIT);
  /** The speaker-label grammar, compiled: linear in the line, whatever the line. */
  private readonly speakerLabel: LabelMatcher;
  readonly patterns: CompiledPatterns;
  readonly maxLabelLength: number;
  /** The word lists that candidates are checked against. */
  readonly words: CandidateWords;

  constructor(profile: Profile, readonly forms: LabelForms) {
    this.speakerLabel = compileLabelMatcher(profile.speakerLabel, profile.labelGroups);
    this.patterns = compilePatterns(profile);
    this.maxLabelLength = profile.maxLabelLength;
    this.words = candidateWords(profile);
  }

  /**
   * Matches a speaker label at the start of a line (which starts at `start` in
   * the text), or returns undefined.
   */
  match(text: string, line: number, start: number): LabelMatch | undefined {
    const entry = this.entry(text, start);
    return entry?.shape ? withLine(entry.shape, line, entry.key) : undefined;
  }

  /**
   * What the line starting at `start` holds before its first colon: a label of
   * the grammar, else a candidate for the document-level evidence (or the
   * reason it is none); undefined when no colon stands near the start.
   */
  read(text: string, line: number, start: number): LabelMatch | CandidateShape | string | undefined {
    const entry = this.entry(text, start);
    if (!entry) return undefined;
    return entry.shape ? withLine(entry.shape, line, entry.key) : entry.candidate;
  }

  /** The memo entry of the line's text up to its first colon; undefined when there is no colon near the start. */
  private entry(text: string, start: number): ShapeEntry | undefined {
    const stop = Math.min(text.length, start + this.maxLabelLength + 1);
    let colon = start;
    let hash = 0;
    for (; colon < stop; colon++) {
      const c = text.charCodeAt(colon);
      if (isColon(c) || c === 10) break;
      hash = hashStep(hash, c);
    }
    if (colon >= stop || !isColon(text.charCodeAt(colon))) return undefined;
    hash = tableHash(hash);
    let entry = this.shapes.get(text, start, colon + 1, hash);
    if (!entry) {
      const head = detach(text.slice(start, colon + 1));
      const shape = this.matchShape(head) ?? null;
      const candidate = shape ? 'matches the label grammar' : readColonCandidate(head.slice(0, -1), this.words);
      entry = { shape, key: shape ? this.nameKey(shape) ?? null : null, candidate };
      this.shapes.set(head, hash, entry);
    }
    return entry;
  }

  /** The normalised name (two words or more) a label contributes to the second pass, if any. */
  nameKey(m: Omit<LabelMatch, 'line'>): string | undefined {
    if (m.key !== undefined) return m.key ?? undefined;
    if (m.generic) return undefined;
    const raw = m.label.slice(m.nameStart, m.nameEnd);
    if (this.nameKeys.has(raw)) return this.nameKeys.get(raw);
    const name = this.forms.normalize(raw);
    const key = name.includes(' ') ? name : undefined;
    this.nameKeys.set(raw, key);
    return key;
  }

  /**
   * Second pass: a line whose label did not match the label pattern (an unusual
   * role word, say) is still a turn when the label ends with the name of a
   * speaker found by the first pass and holds no word that marks prose.
   */
  acceptKnownNames(source: TextLines, loose: readonly number[], names: ReadonlySet<string>): LabelMatch[] {
    if (loose.length === 0 || names.size === 0) return [];
    const out: LabelMatch[] = [];
    const ref = lineRef();
    for (const line of loose) {
      const { text, start } = source.line(line, ref);
      const colon = firstColon(text, start, text.length) - start;
      const labelEnd = trimEnd(text, start, start + colon) - start;
      const form = this.looseForm(text.slice(start, start + labelEnd));
      const name = form === null ? undefined : knownSuffix(form, names);
      if (name) out.push(looseMatch(line, detach(text.slice(start, start + labelEnd)), labelEnd, colon, name));
    }
    return out;
  }

  /** Runs the label patterns on a line's text up to and including its first colon. */
  private matchShape(head: string): LabelShape | undefined {
    const g = this.patterns.genericLabel.exec(head);
    if (g) {
      const colon = g[0].length - 1;
      const labelEnd = trimEnd(head, 0, colon);
      const label = head.slice(0, labelEnd);
      return { label, labelEnd, colon, nameStart: 0, nameEnd: g[GenericGroup.label].length, generic: true, endsInName: false, style: labelStyle(label) };
    }
    const m = this.speakerLabel.exec(head);
    if (!m) return undefined;
    const shape = shapeOf(head, m);
    const style = labelStyle(shape.label);
    // The grammar reads a word in capitals as a name; in an all-capital label, a word of prose (`MORE IMPORTANTLY`) says it is none.
    if (style === 'caps' && (proseWord(shape.label, this.words) !== undefined || this.words.notSpeaker.has(firstWord(shape.label)))) return undefined;
    // A count in parentheses (`Jeff King (5):` in a release's shortlog, `TCPWRAP(7):`) is a list, not a speaker.
    if (countRemark(shape.label)) return undefined;
    // A label of several words never ends in a function word (a court caption's `DEPARTMENT OF HEALTH AND :`).
    if (endReason(normalizeSpace(shape.label).split(' '), this.words) !== undefined) return undefined;
    return { ...shape, style };
  }

  /**
   * The normalised form of a line's text before its colon when it could be a
   * label (no sentence punctuation, no word that marks prose), else null.
   */
  private looseForm(label: string): string | null {
    let form = this.looseForms.get(label);
    if (form !== undefined) return form;
    form = null;
    if (/^\p{L}/u.test(label) && !/[.!?;"“”«»]|\d:/.test(label.replace(/\b\p{Lu}\./gu, ''))) {
      const stop = this.patterns.stopWord;
      const words = normalizeSpace(label).split(' ');
      // Prose shows a stop word anywhere in lower case, or capitalised at its start (`Here is my question`).
      if (!words.some((w, i) => w === 'I' || ((i === 0 || /^\p{Ll}/u.test(w)) && stop.test(w)))) form = this.forms.normalize(label);
    }
    this.looseForms.set(detach(label), form);
    return form;
  }
}

/** The shape of a speaker label from the matcher's groups (`head`: the text up to the colon). */
function shapeOf(head: string, m: readonly (string | undefined)[]): LabelShape {
  const whole = m[0] as string;
  const colon = whole.length - 1;
  const labelEnd = trimEnd(head, 0, colon);
  let role: string | undefined = m[LabelGroup.role];
  let name = m[LabelGroup.name] ?? m[LabelGroup.bareName] ?? '';
  const titled = m[LabelGroup.titledRole];
  const titledName = m[LabelGroup.titledName];
  if (titled !== undefined && titledName !== undefined) {
    // `Patriarch Kirill`: the title belongs to the name; what stands before the title is the role.
    const titleStart = lastWordStart(titled);
    role = titleStart > 0 ? trimRight(titled.slice(0, titleStart)) : undefined;
    name = whole.slice(titleStart, whole.indexOf(titledName, titled.length) + titledName.length);
  }
  const nameStart = role !== undefined ? whole.indexOf(name, role.length) : 0;
  return {
    label: head.slice(0, labelEnd), labelEnd, colon,
    roleStart: role !== undefined ? 0 : undefined,
    roleEnd: role !== undefined ? role.length : undefined,
    nameStart, nameEnd: nameStart + name.length,
    generic: false,
    endsInName: m[LabelGroup.trailingRole] === undefined,
  };
}

/** The match the second pass makes of a label that ends in the known name `name`. */
function looseMatch(line: number, label: string, labelEnd: number, colon: number, name: string): LabelMatch {
  const core = withoutRemarks(label);
  const nameStart = Math.max(0, wordsBack(core, core.length, name.split(' ').length));
  const roleEnd = trimEnd(label, 0, nameStart);
  return {
    line, label, labelEnd, colon,
    roleStart: roleEnd > 0 ? 0 : undefined,
    roleEnd: roleEnd > 0 ? roleEnd : undefined,
    nameStart, nameEnd: core.length,
    generic: false, endsInName: true,
  };
}

/** Offset of the last word of a string (after its last white space). */
function lastWordStart(s: string): number {
  let i = s.length;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

function trimRight(s: string): string {
  return s.slice(0, trimEnd(s, 0, s.length));
}

/** Start of the `words`-th last word before `end` in `s` (words split by white space), or -1. */
function wordsBack(s: string, end: number, words: number): number {
  let start = end;
  for (let count = 0; count < words; count++) {
    const e = trimEnd(s, 0, start);
    if (e === 0) return -1;
    start = e;
    while (start > 0 && !isSpace(s.charCodeAt(start - 1))) start--;
  }
  return start;
}

/** The longest known name the form ends with (whole words), if any. */
function knownSuffix(form: string, names: ReadonlySet<string>): string | undefined {
  if (names.has(form)) return form;
  for (let i = form.indexOf(' '); i !== -1; i = form.indexOf(' ', i + 1)) {
    const suffix = form.slice(i + 1);
    if (names.has(suffix)) return suffix;
  }
  return undefined;
}

/**
 * Moves the name/role boundary of a label to where the speaker's name starts:
 * with `Denis V. Pushilin` known as the name, `Head of … Republic Denis V. Pushilin`
 * has that three-word name, not the pattern's last two words.
 */
export function alignToName(m: LabelMatch, name: string | undefined): LabelMatch {
  if (!name || !m.endsInName || m.generic) return m;
  const start = wordsBack(m.label, m.nameEnd, name.split(' ').length);
  if (start < 0 || start === m.nameStart || normalizeSpace(m.label.slice(start, m.nameEnd)) !== name) return m;
  const roleEnd = trimEnd(m.label, 0, start);
  // The name part moved: its key is computed again when asked.
  return { ...m, nameStart: start, roleStart: roleEnd > 0 ? 0 : undefined, roleEnd: roleEnd > 0 ? roleEnd : undefined, key: undefined };
}

/** The first word of a label, in lower case. */
function firstWord(label: string): string {
  const space = label.search(/[\s\u00a0]/);
  return (space < 0 ? label : label.slice(0, space)).toLowerCase();
}

/** The profile's word lists as the candidate reader checks them (lower case). */
function candidateWords(profile: Profile): CandidateWords {
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    stop: lower(profile.candidates.stopWords),
    notSpeaker: lower(profile.candidates.notSpeakerWords),
    particles: lower(profile.candidates.particles),
    questionMarks: profile.candidates.questionMarks,
    depositionMarks: profile.candidates.depositionMarks,
    questionShapes: new Map(),
  };
}
