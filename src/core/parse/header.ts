/**
 * The page around the transcript: website chrome at the top, the header
 * (title, date, time, place) and the footer (chrome, a repeated date line).
 */
import type { Header, HeaderField, ParagraphKind, Span } from '../model';
import { ChromeRules, CompiledPatterns, DateGroup, isChromeLine, isFooterChromeLine } from '../profile';
import type { LabelReader } from './labels';
import { detach, LineIndex, normalizeSpace, skipSpace, trimEnd } from '../text';

/** Marks website chrome and blank lines at the top; returns the first line after them. */
export function markTopChrome(rules: ChromeRules, text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[]): number {
  let line = 0;
  for (; line < lines.count; line++) {
    const start = skipSpace(text, lines.starts[line], lines.ends[line]);
    const end = lines.ends[line];
    if (start === end) continue;
    if (!isChromeLine(rules, text.slice(start, trimEnd(text, start, end)))) break;
    kinds[line] = 'chrome';
  }
  return line;
}

/** A header field from text offsets [start, end) on a line: its value with white space normalised, and its span. */
function fieldAt(text: string, lines: LineIndex, line: number, start: number, end: number): HeaderField {
  const base = lines.starts[line];
  return {
    value: detach(normalizeSpace(text.slice(start, end))),
    span: { start: { line, character: start - base }, end: { line, character: end - base } },
  };
}

/** How many non-blank lines after the title may come before the date line (the lead may come first). */
const HEADER_LOOKAHEAD = 8;
const MAX_PLACE_LENGTH = 80;

/** The header, and the last line its search read: an edit after that line cannot change the header. */
export interface HeaderResult {
  readonly header: Header;
  readonly scanEnd: number;
}

/** Finds title, date, time and place; marks their lines. */
export function findHeader(reader: LabelReader, text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], from: number): HeaderResult {
  const content = nonBlankLines(text, lines, from, HEADER_LOOKAHEAD + 2);
  const scanEnd = content.length > 0 ? content[content.length - 1] : lines.count - 1;
  return { header: headerOf(reader, text, lines, kinds, content), scanEnd };
}

/** A subtitle cue's number or timing line (`12`, `00:00:01,000 --> 00:00:03,000`): never a title. */
function isCueLine(line: string): boolean {
  return /^\s*\d+\s*$/.test(line) || line.includes('-->');
}

function headerOf(reader: LabelReader, text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], content: readonly number[]): Header {
  const p = reader.patterns;
  const matchLabel = (t: string, line: number, start: number) => reader.match(t, line, start);
  if (content.length === 0) return {};
  const lineText = (l: number) => text.slice(lines.starts[l], lines.ends[l]);
  let title: HeaderField | undefined;
  let i = 0;
  const first = content[0];
  if (!p.dateLine.test(lineText(first)) && !matchLabel(text, first, lines.starts[first]) && !isCueLine(lineText(first))) {
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

/**
 * A place line is short and is not a sentence: `The Kremlin, Moscow`, `Novo-Ogaryovo, Moscow Region`.
 * It holds no time: `Kelly  0:34` after a date is the first timestamp header of a podcast.
 */
function looksLikePlace(line: string): boolean {
  const t = normalizeSpace(line);
  return t.length > 0 && t.length <= MAX_PLACE_LENGTH && !/[.!?:;]$/.test(t) && /^\p{Lu}/u.test(t) && t.split(' ').length <= 8 && !/[0-9]:[0-9]/.test(t);
}

function nonBlankLines(text: string, lines: LineIndex, from: number, max: number): number[] {
  const out: number[] = [];
  for (let l = from; l < lines.count && out.length < max; l++) {
    if (skipSpace(text, lines.starts[l], lines.ends[l]) < lines.ends[l]) out.push(l);
  }
  return out;
}

/** Marks the footer (site chrome, a repeated date line) at the end; returns the last body line. */
export function markFooter(rules: ChromeRules, text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], bodyStart: number, header: Header): number {
  const dateLine = header.date ? normalizeSpace(text.slice(lines.starts[header.date.span.start.line], lines.ends[header.date.span.start.line])) : undefined;
  let line = lines.count - 1;
  for (; line >= bodyStart; line--) {
    const start = skipSpace(text, lines.starts[line], lines.ends[line]);
    const end = trimEnd(text, start, lines.ends[line]);
    if (start === end) continue;
    const t = normalizeSpace(text.slice(start, end));
    if (isFooterChromeLine(rules, t)) kinds[line] = 'chrome';
    else if (dateLine !== undefined && t === dateLine) kinds[line] = 'date';
    else break;
  }
  return line;
}

/** Kind of a body line that is not blank: separator, stage direction, or text. */
export function classifyLine(p: CompiledPatterns, text: string, start: number, end: number): ParagraphKind {
  const c = text.charCodeAt(skipSpace(text, start, end));
  // Only lines that start with one of these characters can be separators or stage directions.
  if (c !== 42 && c !== 45 && c !== 40 && c !== 91) return 'text';
  const line = text.slice(start, end);
  if (p.separator.test(line)) return 'separator';
  if (p.stageDirection.test(line)) return 'stage';
  return 'text';
}

