/**
 * Text in, transcript model out: header, paragraphs, speaker turns and speakers.
 */
import type { CancellationLike, Header, HeaderField, Paragraph, ParagraphKind, Speaker, Span, Transcript, Turn } from './model';
import { DateGroup, GenericGroup, LabelGroup, compile, GENERIC_LABEL_SOURCE, SPEAKER_LABEL_SOURCE, patterns } from './patterns';
import { groupKey, groupLabels, isGenericLabel, normalizeLabel } from './speakers';
import { countWords, indexLines, isSpace, LineIndex, normalizeSpace, skipSpace, trimEnd } from './text';
import { isChromeLine, isFooterChromeLine } from './chrome';

/** Options of {@link parseTranscript}. */
export interface ParseOptions {
  /** Checked every few thousand lines; when set, parsing stops and returns an empty model. */
  readonly token?: CancellationLike;
}

/** A label found on a line, before speakers are known. */
interface LabelMatch {
  readonly line: number;
  /** Offsets in the text. */
  readonly start: number;
  readonly labelEnd: number;
  readonly colon: number;
  readonly roleStart?: number;
  readonly roleEnd?: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly generic: boolean;
  /** False for a `Name, role` label, whose name is not at its end. */
  readonly endsInName: boolean;
}

/** The sticky, multi-line forms of the label patterns, for matching at a line start in the whole text. */
interface StickyPatterns {
  readonly speaker: RegExp;
  readonly generic: RegExp;
}

let sticky: StickyPatterns | undefined;
function stickyPatterns(): StickyPatterns {
  sticky ??= { speaker: compile(SPEAKER_LABEL_SOURCE, 'my'), generic: compile(GENERIC_LABEL_SOURCE, 'my') };
  return sticky;
}

const CANCEL_CHECK_LINES = 4096;

/** An empty model, returned for empty or cancelled input. */
export function emptyTranscript(lineCount = 1): Transcript {
  return { header: {}, turns: [], speakers: [], paragraphs: [], lineCount, bodyStart: 0, bodyEnd: -1 };
}

/** Parses a transcript. Never throws on any string; returns an empty model when cancelled. */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const token = options.token;
  const lines = indexLines(text);
  const kinds: (ParagraphKind | undefined)[] = new Array(lines.count);
  const firstContent = markTopChrome(text, lines, kinds);
  const header = findHeader(text, lines, kinds, firstContent);
  const bodyStart = header.span ? header.span.end.line + 1 : firstContent;
  const bodyEnd = markFooter(text, lines, kinds, bodyStart, header);

  const matches: LabelMatch[] = [];
  const loose: number[] = [];
  for (let line = bodyStart; line <= bodyEnd; line++) {
    if (line % CANCEL_CHECK_LINES === 0 && token?.isCancellationRequested) return emptyTranscript(lines.count);
    if (kinds[line] !== undefined) continue;
    const start = lines.starts[line];
    const end = lines.ends[line];
    if (start === end || skipSpace(text, start, end) === end) continue;
    kinds[line] = classifyLine(text, start, end);
    if (kinds[line] !== 'text') continue;
    const m = matchLabel(text, line, start);
    if (m) {
      matches.push(m);
      kinds[line] = 'turn';
    } else if (hasColonNearStart(text, start, end)) {
      loose.push(line);
    }
  }
  if (token?.isCancellationRequested) return emptyTranscript(lines.count);
  for (const m of acceptKnownNames(text, lines, loose, matches)) {
    kinds[m.line] = 'turn';
    matches.push(m);
  }
  matches.sort((a, b) => a.line - b.line);
  return build(text, lines, kinds, header, matches, bodyStart, bodyEnd);
}

/** Marks website chrome and blank lines at the top; returns the first line after them. */
function markTopChrome(text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[]): number {
  let line = 0;
  for (; line < lines.count; line++) {
    const start = skipSpace(text, lines.starts[line], lines.ends[line]);
    const end = lines.ends[line];
    if (start === end) continue;
    if (!isChromeLine(text.slice(start, trimEnd(text, start, end)))) break;
    kinds[line] = 'chrome';
  }
  return line;
}

function field(text: string, line: number, start: number, end: number): HeaderField {
  return {
    value: normalizeSpace(text.slice(start, end)),
    span: { start: { line, character: 0 }, end: { line, character: 0 } },
  };
}

function fieldAt(text: string, lines: LineIndex, line: number, start: number, end: number): HeaderField {
  const f = field(text, line, start, end);
  const base = lines.starts[line];
  return { value: f.value, span: { start: { line, character: start - base }, end: { line, character: end - base } } };
}

/** How many non-blank lines after the title may come before the date line (the lead may come first). */
const HEADER_LOOKAHEAD = 8;
const MAX_PLACE_LENGTH = 80;

/** Finds title, date, time and place; marks their lines. */
function findHeader(text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], from: number): Header {
  const p = patterns();
  const content = nonBlankLines(text, lines, from, HEADER_LOOKAHEAD + 2);
  if (content.length === 0) return {};
  const lineText = (l: number) => text.slice(lines.starts[l], lines.ends[l]);
  let title: HeaderField | undefined;
  let i = 0;
  const first = content[0];
  if (!p.dateLine.test(lineText(first)) && !matchLabel(text, first, lines.starts[first])) {
    title = trimmedField(text, lines, first);
    kinds[first] = 'title';
    i = 1;
  }
  let last = title ? first : -1;
  let date: HeaderField | undefined;
  let time: HeaderField | undefined;
  let place: HeaderField | undefined;
  for (; i < content.length; i++) {
    const l = content[i];
    if (matchLabel(text, l, lines.starts[l])) break;
    const m = p.dateLine.exec(lineText(l));
    if (!m) continue;
    const base = lines.starts[l];
    const at = (g: number) => {
      const s = base + m.index + m[0].indexOf(m[g], m[DateGroup.date].length * (g === DateGroup.date ? 0 : 1));
      return fieldAt(text, lines, l, s, s + m[g].length);
    };
    date = at(DateGroup.date);
    if (m[DateGroup.time]) time = at(DateGroup.time);
    if (m[DateGroup.place]) place = at(DateGroup.place);
    kinds[l] = 'date';
    last = l;
    if (!time && !place) {
      const next = content[i + 1];
      if (next !== undefined && p.timeLine.test(lineText(next))) {
        time = trimmedField(text, lines, next);
        kinds[next] = 'time';
        last = next;
        i++;
      }
      const after = content[i + 1];
      if (after !== undefined && looksLikePlace(lineText(after)) && !matchLabel(text, after, lines.starts[after])) {
        place = trimmedField(text, lines, after);
        kinds[after] = 'place';
        last = after;
      }
    }
    break;
  }
  if (last < 0) return {};
  const span: Span = { start: { line: title ? first : (date as HeaderField).span.start.line, character: 0 }, end: { line: last, character: lines.ends[last] - lines.starts[last] } };
  return { title, date, time, place, span };
}

function trimmedField(text: string, lines: LineIndex, line: number): HeaderField {
  const start = skipSpace(text, lines.starts[line], lines.ends[line]);
  return fieldAt(text, lines, line, start, trimEnd(text, start, lines.ends[line]));
}

/** A place line is short and is not a sentence: `The Kremlin, Moscow`, `Novo-Ogaryovo, Moscow Region`. */
function looksLikePlace(line: string): boolean {
  const t = normalizeSpace(line);
  return t.length > 0 && t.length <= MAX_PLACE_LENGTH && !/[.!?:;]$/.test(t) && /^\p{Lu}/u.test(t) && t.split(' ').length <= 8;
}

function nonBlankLines(text: string, lines: LineIndex, from: number, max: number): number[] {
  const out: number[] = [];
  for (let l = from; l < lines.count && out.length < max; l++) {
    if (skipSpace(text, lines.starts[l], lines.ends[l]) < lines.ends[l]) out.push(l);
  }
  return out;
}

/** Marks the footer (site chrome, a repeated date line) at the end; returns the last body line. */
function markFooter(text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], bodyStart: number, header: Header): number {
  const dateLine = header.date ? normalizeSpace(text.slice(lines.starts[header.date.span.start.line], lines.ends[header.date.span.start.line])) : undefined;
  let line = lines.count - 1;
  for (; line >= bodyStart; line--) {
    const start = skipSpace(text, lines.starts[line], lines.ends[line]);
    const end = trimEnd(text, start, lines.ends[line]);
    if (start === end) continue;
    const t = normalizeSpace(text.slice(start, end));
    if (isFooterChromeLine(t)) kinds[line] = 'chrome';
    else if (dateLine !== undefined && t === dateLine) kinds[line] = 'date';
    else break;
  }
  return line;
}

/** Kind of a body line that is not blank: separator, stage direction, or text. */
function classifyLine(text: string, start: number, end: number): ParagraphKind {
  const c = text.charCodeAt(skipSpace(text, start, end));
  // Only lines that start with one of these characters can be separators or stage directions.
  if (c !== 42 && c !== 45 && c !== 40 && c !== 91) return 'text';
  const line = text.slice(start, end);
  const p = patterns();
  if (p.separator.test(line)) return 'separator';
  if (p.stageDirection.test(line)) return 'stage';
  return 'text';
}

/** True when a colon stands within a label's length of the line start. */
function hasColonNearStart(text: string, start: number, end: number): boolean {
  const colon = text.indexOf(':', start);
  return colon !== -1 && colon < end && colon - start <= 250;
}

/** Matches a speaker label at the start of a line, or returns undefined. */
function matchLabel(text: string, line: number, start: number): LabelMatch | undefined {
  const s = stickyPatterns();
  s.generic.lastIndex = start;
  const g = s.generic.exec(text);
  if (g) {
    const labelEnd = start + g[GenericGroup.label].length + (g[GenericGroup.remark] ? g[0].indexOf(g[GenericGroup.remark]) - g[GenericGroup.label].length + g[GenericGroup.remark].length : 0);
    return {
      line, start, labelEnd, colon: start + g[0].length - 1, nameStart: start, nameEnd: start + g[GenericGroup.label].length,
      generic: true, endsInName: false,
    };
  }
  s.speaker.lastIndex = start;
  const m = s.speaker.exec(text);
  if (!m) return undefined;
  const colon = start + m[0].length - 1;
  const labelEnd = trimEnd(text, start, colon);
  let role: string | undefined = m[LabelGroup.role];
  let name = m[LabelGroup.name] ?? m[LabelGroup.bareName] ?? '';
  const titled = m[LabelGroup.titledRole];
  const titledName = m[LabelGroup.titledName];
  if (titled !== undefined && titledName !== undefined) {
    // `Patriarch Kirill`: the title belongs to the name; what stands before the title is the role.
    const titleStart = lastWordStart(titled);
    role = titleStart > 0 ? trimRight(titled.slice(0, titleStart)) : undefined;
    name = m[0].slice(titleStart, m[0].indexOf(titledName, titled.length) + titledName.length);
  }
  const nameStart = role !== undefined ? start + m[0].indexOf(name, role.length) : start;
  return {
    line, start, labelEnd, colon,
    roleStart: role !== undefined ? start : undefined,
    roleEnd: role !== undefined ? start + role.length : undefined,
    nameStart, nameEnd: nameStart + name.length,
    generic: false,
    endsInName: m[LabelGroup.trailingRole] === undefined,
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

/**
 * Second pass: a line whose label did not match the label pattern (an unusual
 * role word, say) is still a turn when the label ends with the name of a
 * speaker found by the first pass and holds no word that marks prose.
 */
function acceptKnownNames(text: string, lines: LineIndex, loose: readonly number[], found: readonly LabelMatch[]): LabelMatch[] {
  if (loose.length === 0 || found.length === 0) return [];
  const names = new Set<string>();
  for (const m of found) {
    if (m.generic) continue;
    const name = normalizeLabel(text.slice(m.nameStart, m.nameEnd));
    if (name.includes(' ')) names.add(name);
  }
  const stop = patterns().stopWord;
  const out: LabelMatch[] = [];
  for (const line of loose) {
    const start = lines.starts[line];
    const colon = text.indexOf(':', start);
    const labelEnd = trimEnd(text, start, colon);
    const label = text.slice(start, labelEnd);
    if (!/^\p{L}/u.test(label) || /[.!?;"“”«»]|\d:/.test(label.replace(/\b\p{Lu}\./gu, ''))) continue;
    const words = normalizeSpace(label).split(' ');
    // Prose shows a stop word anywhere in lower case, or capitalised at its start (`Here is my question`).
    if (words.some((w, i) => w === 'I' || ((i === 0 || /^\p{Ll}/u.test(w)) && stop.test(w)))) continue;
    const form = normalizeLabel(label);
    const name = [...names].find((n) => form === n || form.endsWith(' ' + n));
    if (!name) continue;
    const nameLength = name.length;
    const nameStart = labelEnd - nameLength;
    out.push({
      line, start, labelEnd, colon,
      roleStart: nameStart > start ? start : undefined,
      roleEnd: nameStart > start ? trimEnd(text, start, nameStart) : undefined,
      nameStart: Math.max(start, nameStart), nameEnd: labelEnd,
      generic: false, endsInName: true,
    });
  }
  return out;
}

/** Builds turns, speakers and paragraphs from the matched labels. */
function build(
  text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], header: Header,
  matches: readonly LabelMatch[], bodyStart: number, bodyEnd: number,
): Transcript {
  const paragraphs: Paragraph[] = [];
  for (let line = 0; line < lines.count; line++) {
    const start = skipSpace(text, lines.starts[line], lines.ends[line]);
    const end = trimEnd(text, start, lines.ends[line]);
    if (start === end) continue;
    const kind = kinds[line] ?? 'text';
    const base = lines.starts[line];
    paragraphs.push({ line, kind, span: { start: { line, character: start - base }, end: { line, character: end - base } } });
  }

  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const endsInName: boolean[] = [];
  const labelOfTurn = matches.map((m) => {
    const label = text.slice(m.start, m.labelEnd);
    let i = labelIndex.get(label);
    if (i === undefined) {
      i = labels.length;
      labelIndex.set(label, i);
      labels.push(label);
      endsInName.push(m.endsInName);
    }
    return i;
  });
  const { groupOf, groups } = groupLabels(labels, endsInName);
  const keys = groups.map((g) => groupKey(g.map((i) => labels[i])));

  const pos = (offset: number, line: number) => ({ line, character: offset - lines.starts[line] });
  const lastLines = matches.map((m, i) => lastLineOfTurn(lines, kinds, m.line, i + 1 < matches.length ? matches[i + 1].line : bodyEnd + 1));
  const words = matches.map((m, i) => countWords(text, m.colon + 1, lines.ends[lastLines[i]]));
  const speakers = buildSpeakers(text, matches, words, labels, labelOfTurn, groupOf, groups, keys);
  const nameOf = new Map(speakers.map((sp) => [sp.key, sp.generic ? undefined : sp.name]));

  const turns: Turn[] = matches.map((found, index) => {
    const speaker = keys[groupOf[labelOfTurn[index]]];
    const m = alignToName(text, found, nameOf.get(speaker));
    const last = lastLines[index];
    const speechStart = skipSpace(text, m.colon + 1, lines.ends[m.line]);
    const lastEnd = trimEnd(text, lines.starts[last], lines.ends[last]);
    return {
      index,
      label: text.slice(m.start, m.labelEnd),
      labelSpan: { start: pos(m.start, m.line), end: pos(m.labelEnd, m.line) },
      roleSpan: m.roleStart !== undefined && m.roleEnd !== undefined ? { start: pos(m.roleStart, m.line), end: pos(m.roleEnd, m.line) } : undefined,
      nameSpan: { start: pos(m.nameStart, m.line), end: pos(m.nameEnd, m.line) },
      speechStart: pos(speechStart, m.line),
      span: { start: pos(m.start, m.line), end: { line: last, character: lastEnd - lines.starts[last] } },
      speaker,
      words: words[index],
    };
  });
  return { header, turns, speakers, paragraphs, lineCount: lines.count, bodyStart, bodyEnd };
}

/**
 * Moves the name/role boundary of a label to where the speaker's name starts:
 * with `Denis V. Pushilin` known as the name, `Head of … Republic Denis V. Pushilin`
 * has that three-word name, not the pattern's last two words.
 */
function alignToName(text: string, m: LabelMatch, name: string | undefined): LabelMatch {
  if (!name || !m.endsInName || m.generic) return m;
  const wanted = name.split(' ').length;
  let start = m.nameEnd;
  for (let count = 0; count < wanted; count++) {
    const end = trimEnd(text, m.start, start);
    if (end === m.start) return m;
    start = end;
    while (start > m.start && !isSpace(text.charCodeAt(start - 1))) start--;
  }
  if (start === m.nameStart || normalizeSpace(text.slice(start, m.nameEnd)) !== name) return m;
  const roleEnd = trimEnd(text, m.start, start);
  return { ...m, nameStart: start, roleStart: roleEnd > m.start ? m.start : undefined, roleEnd: roleEnd > m.start ? roleEnd : undefined };
}

/** The last line of a turn: the last text line before the next turn, a separator or the footer. */
function lastLineOfTurn(lines: LineIndex, kinds: (ParagraphKind | undefined)[], first: number, nextTurn: number): number {
  let last = first;
  for (let l = first + 1; l < nextTurn; l++) {
    const k = kinds[l];
    if (k === 'separator' || k === 'chrome' || k === 'date') break;
    if (k !== undefined) last = l;
  }
  return last;
}

function buildSpeakers(
  text: string, matches: readonly LabelMatch[], words: readonly number[], labels: readonly string[],
  labelOfTurn: readonly number[], groupOf: readonly number[], groups: readonly (readonly number[])[], keys: readonly string[],
): Speaker[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const turnsOf = groups.map(() => [] as number[]);
  const wordsOf = groups.map(() => 0);
  words.forEach((w, i) => {
    const g = groupOf[labelOfTurn[i]];
    if (!seen.has(g)) {
      seen.add(g);
      order.push(g);
    }
    turnsOf[g].push(i);
    wordsOf[g] += w;
  });
  return order.map((g) => {
    const first = matches[turnsOf[g][0]];
    const generic = first.generic || isGenericLabel(labels[groups[g][0]]);
    const { name, role } = generic ? { name: keys[g], role: undefined } : nameAndRole(text, turnsOf[g].map((t) => matches[t]));
    return { key: keys[g], name, role, labels: groups[g].map((i) => labels[i]), turns: turnsOf[g], words: wordsOf[g], generic };
  });
}

/**
 * A speaker's name and fullest role. The name comes from a label without a
 * role when there is one (`Recep Tayyip Erdogan` beside `President of Turkey
 * Recep Tayyip Erdogan`), else from the label pattern; the role is the longest
 * that any label gives.
 */
function nameAndRole(text: string, matches: readonly LabelMatch[]): { name: string; role?: string } {
  const bare = matches.find((m) => m.roleStart === undefined && m.endsInName);
  const name = normalizeSpace(text.slice((bare ?? matches[0]).nameStart, (bare ?? matches[0]).nameEnd));
  let role: string | undefined;
  for (const m of matches) {
    const r = roleOf(text, m, name);
    if (r && (role === undefined || r.length > role.length)) role = r;
  }
  return { name, role };
}

/** The role a label gives: what stands before the name, or after the comma of a `Name, role` label. */
function roleOf(text: string, m: LabelMatch, name: string): string | undefined {
  if (!m.endsInName) {
    return normalizeSpace(text.slice(m.nameEnd, m.labelEnd)).replace(/^,\s*/, '').replace(/\s*\([^()]*\)?$/, '') || undefined;
  }
  if (m.roleStart === undefined || m.roleEnd === undefined) return undefined;
  const label = normalizeSpace(text.slice(m.start, m.labelEnd)).replace(/\s*\([^()]*\)?$/, '');
  if (label.endsWith(' ' + name)) return label.slice(0, label.length - name.length - 1).replace(/,$/, '');
  return normalizeSpace(text.slice(m.roleStart, m.roleEnd)).replace(/,$/, '');
}
