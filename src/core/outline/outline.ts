/**
 * The outline of a transcript as plain data: the header, then one entry per
 * turn (or, in a text without turns, per body paragraph). The editor turns it
 * into DocumentSymbols; the CLI and tests read it as it is.
 */
import type { ReuseContract, Speaker, Span, Transcript, Turn, TurnTime } from '../model';
import { sameTurn } from '../model';
import { readTime, sameTime } from '../parse';
import { firstWords, LineReader, skipSpace } from '../text';
import type { TopicSegment } from '../topics';

/** What an outline entry stands for. */
export type OutlineKind = 'header' | 'turn' | 'paragraph' | 'topic';

/** One entry of the outline. */
export interface OutlineEntry {
  readonly kind: OutlineKind;
  /** Never empty (VS Code rejects symbols with empty names). */
  readonly name: string;
  readonly detail: string;
  /** The whole extent: the whole turn, the whole header. */
  readonly span: Span;
  /** The part to select and reveal: the label, the title. */
  readonly selectionSpan: Span;
  /** Index of the turn, for turn entries. */
  readonly turn?: number;
  readonly children: readonly OutlineEntry[];
}

/** A topic segment as an outline entry: the topic, and the first words (of the speech, not the label) as detail. */
function topicEntry(segment: TopicSegment, readLine: LineReader, model: Transcript): OutlineEntry {
  const turn = segment.turn !== undefined ? model.turns[segment.turn] : undefined;
  const from = turn && turn.span.start.line === segment.span.start.line ? turn.speechStart.character : segment.span.start.character;
  const line = readLine(segment.span.start.line).slice(from);
  const start = segment.span.start;
  const words = firstWords(turn && from === turn.speechStart.character ? afterTime(line, turn.time) : line);
  return {
    kind: 'topic', name: segment.topic || 'General', detail: words,
    span: segment.span, selectionSpan: { start, end: { line: start.line, character: start.character + Math.min(line.length, 1) } }, children: [],
  };
}

/** The text after the turn's time when it starts with it (`[06:14] Well…`, `0:00`), else the text. */
function afterTime(text: string, time: TurnTime | undefined): string {
  if (!time) return text;
  const t = readTime(text, skipSpace(text, 0, text.length), text.length);
  return t && t.text === time.text ? text.slice(t.end) : text;
}

/** A turn's outline detail with its start time before it: `0:34 · Role`, `[06:14]` → `06:14 · first words`. */
export function timedDetail(turn: Turn, detail: string): string {
  if (!turn.time) return detail;
  return detail ? `${turn.time.text} · ${detail}` : turn.time.text;
}

/**
 * The first words of a turn's own speech: its label line after the colon, else
 * its first non-blank line after the label line, up to the turn's end (never a
 * line past it, such as the next turn's label). The turn's time, where the speech
 * starts with it (`Name: [06:14] Well…`, `Travis:` then `0:00`), is not speech.
 */
export function speechDetail(turn: Turn, readLine: LineReader, words?: number): string {
  return turnDetail(turn, readLine, words).text;
}

/** A turn's speech detail, and the label line when the detail was read from it alone. */
interface TurnDetail {
  readonly text: string;
  readonly labelLine?: string;
}

function turnDetail(turn: Turn, readLine: LineReader, count?: number): TurnDetail {
  const labelLine = readLine(turn.speechStart.line);
  const speech = firstWords(afterTime(labelLine.slice(turn.speechStart.character), turn.time), count);
  if (speech) return { text: speech, labelLine };
  for (let line = turn.speechStart.line + 1; line <= turn.span.end.line; line++) {
    const words = firstWords(afterTime(readLine(line), turn.time), count);
    if (words) return { text: words };
  }
  return { text: '' };
}

function turnEntry(turn: Turn, speaker: Speaker | undefined, detail: string, children: readonly OutlineEntry[] = []): OutlineEntry {
  return {
    kind: 'turn',
    name: speaker?.name || turn.label || 'Speaker',
    detail: timedDetail(turn, detail),
    span: turn.span,
    selectionSpan: turn.labelSpan,
    turn: turn.index,
    children,
  };
}

/**
 * Builds the outline of a model. With topic segments, a turn that covers two
 * or more topics gets them as children, and a text without turns lists its
 * topic segments after the header (instead of its paragraphs).
 */
export function buildOutline(model: Transcript, readLine: LineReader, topics?: readonly TopicSegment[]): OutlineEntry[] {
  return new OutlineBuilder().build(model, readLine, topics);
}

/**
 * Builds the outlines of successive versions of one document. After an edit,
 * the turns it did not touch are the same objects at the same places (the
 * {@link ReuseContract}), and so
 * are the speakers when no label changed: their entries are taken from the
 * previous outline as they are (a 10 MB transcript has 16,000 turns). A turn
 * moved by whole lines keeps its entry when its detail is its speaker's role or
 * when its label line, which the detail was read from, is the same text; else
 * (a turn made anew, or a detail read from later lines) the detail is read again.
 */
export class OutlineBuilder {
  private turns: readonly Turn[] = [];
  private speakers: readonly Speaker[] = [];
  /** The previous outline's entry of each turn, and the topic segments of its children. */
  private entries: readonly OutlineEntry[] = [];
  private children: readonly (readonly TopicSegment[] | undefined)[] = [];
  /** The label line of each turn whose detail was read from it alone (to tell whether a moved turn's detail still holds). */
  private labelLines: readonly (string | undefined)[] = [];
  /** The speech detail of each turn object met (a turn is immutable, and so are the lines it covers). */
  private readonly details = new WeakMap<Turn, TurnDetail>();

  /** The outline of this version; see {@link buildOutline}. */
  build(model: Transcript, readLine: LineReader, topics?: readonly TopicSegment[]): OutlineEntry[] {
    const out: OutlineEntry[] = [];
    const header = headerEntry(model);
    if (header) out.push(header);
    if (topics && model.turns.length === 0) {
      for (const s of topics) out.push(topicEntry(s, readLine, model));
      return out;
    }
    if (model.turns.length > 0) {
      const turns = this.turnEntries(model, readLine, topics);
      return out.length ? out.concat(turns) : turns;
    }
    for (const p of model.paragraphs) {
      if (p.line < model.bodyStart || p.line > model.bodyEnd || (p.kind !== 'text' && p.kind !== 'stage')) continue;
      const text = readLine(p.line).slice(p.span.start.character, p.span.end.character);
      out.push({ kind: 'paragraph', name: firstWords(text) || '…', detail: '', span: p.span, selectionSpan: p.span, children: [] });
    }
    return out;
  }

  /**
   * One entry per turn, in order. A turn's entry is the previous one when the turn, the
   * speakers and the turn's topic segments are the same objects as last time.
   */
  private turnEntries(model: Transcript, readLine: LineReader, topics: readonly TopicSegment[] = []): OutlineEntry[] {
    const { turns, speakers } = model;
    const sameSpeakers = this.speakers === speakers;
    // As many turns as last time (an edit in speech): copies of last time's arrays (a block copy), written only where a turn changed.
    const copied = sameSpeakers && turns.length === this.turns.length;
    const out: OutlineEntry[] = copied ? this.entries.slice() : new Array(turns.length);
    const children: (readonly TopicSegment[] | undefined)[] = copied ? this.children.slice() : new Array(turns.length);
    const labelLines: (string | undefined)[] = copied ? this.labelLines.slice() : new Array(turns.length);
    let byKey: Map<string, Speaker> | undefined;
    for (let i = 0, s = 0; i < turns.length; i++) {
      const turn = turns[i];
      // Segments come in text order: skip those before this turn, take this turn's.
      while (s < topics.length && (topics[s].turn === undefined || (topics[s].turn as number) < turn.index)) s++;
      let e = s;
      while (e < topics.length && topics[e].turn === turn.index) e++;
      const many = e - s >= 2;
      const from = s;
      s = e;
      const previous = this.children[i];
      const before = this.turns[i];
      if (sameSpeakers && sameTurn(before, turn) && (many ? sameItems(previous, topics, from, e) : previous === undefined)) {
        if (!copied) {
          out[i] = this.entries[i];
          children[i] = previous;
          labelLines[i] = this.labelLines[i];
        }
        continue;
      }
      byKey ??= new Map(speakers.map((sp) => [sp.key, sp]));
      const speaker = byKey.get(turn.speaker);
      const labelLine = this.labelLines[i];
      if (sameSpeakers && !many && previous === undefined && before && isShiftOf(before, turn) && (speaker?.role !== undefined || (labelLine !== undefined && readLine(turn.speechStart.line) === labelLine))) {
        // The same turn moved by whole lines, and what its detail was read from is the same: the same name and detail.
        out[i] = { ...this.entries[i], span: turn.span, selectionSpan: turn.labelSpan };
        children[i] = undefined;
        labelLines[i] = labelLine;
      } else {
        const segments = many ? topics.slice(from, e) : undefined;
        const detail = speaker?.role === undefined ? this.detailOf(turn, readLine) : undefined;
        out[i] = turnEntry(turn, speaker, speaker?.role ?? detail?.text ?? '', segments ? segments.map((seg) => topicEntry(seg, readLine, model)) : []);
        children[i] = segments;
        labelLines[i] = detail?.labelLine;
      }
    }
    this.turns = turns;
    this.speakers = speakers;
    this.entries = out;
    this.children = children;
    this.labelLines = labelLines;
    return out;
  }

  /** The speech detail of a turn, read once per turn object. */
  private detailOf(turn: Turn, readLine: LineReader): TurnDetail {
    let detail = this.details.get(turn);
    if (detail === undefined) {
      detail = turnDetail(turn, readLine);
      this.details.set(turn, detail);
    }
    return detail;
  }
}

/**
 * True when `t` is `before` moved down or up by some lines, with the same label, time, length and
 * start of speech (whether its text is the same is for the caller to check).
 */
function isShiftOf(before: Turn, t: Turn): boolean {
  const d = t.span.start.line - before.span.start.line;
  return (
    d !== 0 && t.index === before.index && t.label === before.label && t.speaker === before.speaker && sameTime(before.time, t.time) &&
    t.span.end.line - before.span.end.line === d && t.span.end.character === before.span.end.character &&
    t.speechStart.line - before.speechStart.line === d && t.speechStart.character === before.speechStart.character
  );
}

/** True when `a` holds the same objects as `b[from, to)`, in the same order. */
function sameItems<T>(a: readonly T[] | undefined, b: readonly T[], from: number, to: number): boolean {
  if (a === undefined || a.length !== to - from) return false;
  for (let i = from; i < to; i++) if (a[i - from] !== b[i]) return false;
  return true;
}

function headerEntry(model: Transcript): OutlineEntry | undefined {
  const h = model.header;
  if (!h.span) return undefined;
  const detail = [h.date?.value, h.time?.value, h.place?.value].filter(Boolean).join(' · ');
  return {
    kind: 'header',
    name: h.title?.value || h.date?.value || 'Header',
    detail,
    span: h.span,
    selectionSpan: (h.title ?? h.date)?.span ?? h.span,
    children: [],
  };
}

/** A foldable region, 0-based inclusive lines. */
export interface FoldRegion {
  readonly start: number;
  readonly end: number;
  readonly kind: 'header' | 'turn';
}

/** Folding regions: the header and every turn that spans more than one line. */
export function buildFoldingRegions(model: Transcript): FoldRegion[] {
  const out: FoldRegion[] = [];
  const h = model.header.span;
  if (h && h.end.line > h.start.line) out.push({ start: h.start.line, end: h.end.line, kind: 'header' });
  for (const t of model.turns) {
    if (t.span.end.line > t.span.start.line) out.push({ start: t.span.start.line, end: t.span.end.line, kind: 'turn' });
  }
  return out;
}
