/**
 * The parts of every speaker label the model found, as tokens for semantic
 * colouring: what is coloured is what the outline lists, also where the
 * TextMate grammar, which reads one line at a time, cannot see a label (one
 * accepted by evidence from the whole document).
 */
import type { Span, Transcript, Turn } from '../model';
import { LineReader, lowerBound } from '../text';

/** What a token is: the grammar colours the same parts (role, name, generic label, remark, colon). */
export type LabelTokenKind = 'role' | 'name' | 'generic' | 'remark' | 'colon';

/** One token: a part of a label on one line. */
export interface LabelToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly kind: LabelTokenKind;
}

/** Lines to read, 0-based and inclusive. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

function push(out: LabelToken[], line: number, from: number, to: number, kind: LabelTokenKind): void {
  if (to > from) out.push({ line, character: from, length: to - from, kind });
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

/**
 * The rest of a label after its name (`, Foreign Minister`, ` (retranslated)`): parts in
 * parentheses are remarks, other words a trailing role; commas and spaces stay plain.
 */
function tailTokens(out: LabelToken[], text: string, line: number, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const c = text[i];
    if (isBlank(c) || c === ',') {
      i++;
    } else if (c === '(') {
      const close = text.indexOf(')', i);
      const end = close < 0 || close >= to ? to : close + 1;
      push(out, line, i, end, 'remark');
      i = end;
    } else {
      let end = i;
      while (end < to && text[end] !== '(') end++;
      let last = end;
      while (last > i && (isBlank(text[last - 1]) || text[last - 1] === ',')) last--;
      push(out, line, i, last, 'role');
      i = end;
    }
  }
}

/** The colon after the label, when there is one (`Q` and `<v Anna>` have none). */
function colonToken(out: LabelToken[], text: string, turn: Turn): void {
  const line = turn.labelSpan.end.line;
  let i = turn.labelSpan.end.character;
  while (i < text.length && isBlank(text[i])) i++;
  if (text[i] === ':' || text[i] === '\uff1a') push(out, line, i, i + 1, 'colon');
}

function onOneLine(span: Span | undefined, line: number): boolean {
  return span !== undefined && span.start.line === line && span.end.line === line;
}

/** The tokens of one turn's label, in the order of the line. */
function turnTokens(out: LabelToken[], turn: Turn, generic: boolean, readLine: LineReader): void {
  const { labelSpan, roleSpan, nameSpan } = turn;
  const line = labelSpan.start.line;
  if (labelSpan.end.line !== line || !onOneLine(nameSpan, line)) return;
  const text = readLine(line);
  const role = onOneLine(roleSpan, line) && roleSpan && roleSpan.end.character <= nameSpan.start.character ? roleSpan : undefined;
  if (role) push(out, line, role.start.character, role.end.character, 'role');
  push(out, line, nameSpan.start.character, nameSpan.end.character, generic ? 'generic' : 'name');
  tailTokens(out, text, line, nameSpan.end.character, labelSpan.end.character);
  colonToken(out, text, turn);
}

/**
 * The tokens of every turn's label (of those in `range` when given), in document order: the role,
 * the name (or the generic label), a trailing role or remark, and the colon.
 */
export function labelTokens(model: Transcript, readLine: LineReader, range?: LineRange): LabelToken[] {
  const generic = new Set(model.speakers.filter((s) => s.generic).map((s) => s.key));
  const out: LabelToken[] = [];
  const turns = model.turns;
  const from = range ? lowerBound(0, turns.length, (i) => turns[i].labelSpan.start.line < range.start) : 0;
  for (let i = from; i < model.turns.length; i++) {
    const turn = model.turns[i];
    if (range && turn.labelSpan.start.line > range.end) break;
    turnTokens(out, turn, generic.has(turn.speaker), readLine);
  }
  return out;
}
