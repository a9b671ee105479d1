/**
 * Text in, transcript model out: header, paragraphs, speaker turns and
 * speakers. The parse keeps its per-line results (`ParseState`) so that an
 * edit can be applied by re-reading only the lines it changed (`incremental.ts`).
 */
import { buildModel, Reuse } from './build';
import { classifyLine, findHeader, markFooter, markTopChrome } from './header';
import { firstColon, hasColonNearStart, LabelMatch, LabelReader } from './labels';
import { readDeposition, readQuestion, readStamp, readVoice } from './candidates';
import { addCandidate, Candidate, CandidateList, candidateLine, candidateList, CandidateShape, decideCandidates, EvidenceBuilder, EvidenceCounts, explainCandidates, judge, outOfStyle, speechAfter, Verdict } from './evidence';
import { LabelForms } from './speakerGroups';
import { CandidateKind, detectedStyle, englishProfile, LabelStyleRules, labelStyleRules, Profile } from '../profile';
import type { CancellationLike, Header, ParagraphKind, Transcript } from '../model';
import { indexLines, LineIndex, LineRef, lineRef, skipSpace, TextLines, trimEnd } from '../text';

/** Options of {@link parseTranscript}. */
export interface ParseOptions {
  /** Checked every few thousand lines; when set, parsing stops and returns an empty model. */
  readonly token?: CancellationLike;
}

/** Everything a parse found, line by line, kept so that an edit can reuse it. */
export interface ParseState {
  /** The text, line by line: after an edit, the text last parsed in full plus the lines edited since. */
  readonly source: TextLines;
  /** Kind of each line from the first pass (lines accepted by the second pass are still 'text' here). */
  readonly baseKinds: readonly (ParagraphKind | undefined)[];
  readonly header: Header;
  /** The last line the header search read. */
  readonly headerScanEnd: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Labels the pattern matched, sorted by line. */
  readonly strict: readonly LabelMatch[];
  /** Lines with a colon near the start that the pattern did not match, sorted. */
  readonly loose: readonly number[];
  /** Lines that may open a turn, depending on the document (`evidence.ts`), sorted. */
  readonly candidates: CandidateList;
  /** What the candidates are judged by, kept up to date edit by edit. */
  readonly evidence: EvidenceCounts;
  /** How many strict labels carry each (normalised, two-word) name: the names the second pass knows. */
  readonly names: ReadonlyMap<string, number>;
  /** The candidate of a one-line header's line, which the evidence makes the title or a turn (`titleAsTurn`). */
  readonly titleCandidate?: TitleCandidate;
  readonly model: Transcript;
}

/** The candidate on the first line; `counted` when it was taken for a turn (it is then among the candidates and counts). */
export interface TitleCandidate {
  readonly shape: CandidateShape;
  readonly counted: boolean;
}

/**
 * True when the counts make the first line's candidate a turn: it recurs and is judged one. An
 * edit anywhere can change this (`incremental.ts` parses in full when it does).
 */
export function titleJudged(t: TitleCandidate, e: EvidenceCounts): boolean {
  let counts = e;
  if (!t.counted) {
    const evidence = new EvidenceBuilder(e);
    evidence.candidate(t.shape, 1);
    counts = evidence.done();
  }
  return (counts.forms.get(t.shape.key) ?? 0) >= 2 && judge(t.shape, counts).accepted;
}

const CANCEL_CHECK_LINES = 4096;

/** A text with every kind of line and label the parser makes objects for (see {@link TranscriptParser.exemplar}). */
const EXEMPLAR_TEXT = [
  'Meeting with the Governor', 'September 28, 2023, 16:40', 'The Kremlin, Moscow', '',
  'President of Russia Vladimir Putin: Good afternoon.', 'Question: Thank you.', 'Vladimir Putin (retranslated): Yes.',
  'COOPER: Welcome.', 'BASH: Thank you.', 'COOPER: Next.', 'BASH: Yes.',
  'Q\u00a0\u00a0 Thanks.', 'Q. Why?', 'A. Because.', 'Q. Sure?', 'A. Yes.',
  '00:00:07.360 --> 00:00:10.559', '<v Anna>Hello.', '', 'Kelly  0:34  ', 'Text.', 'Ali [00:00:40] More.', 'Kelly [00:01:00] Fine.',
  'Travis:', 'Speech.', '(Applause.)', '* * *', 'Here is my question: why?', '',
].join('\n');

/** An empty model, returned for empty or cancelled input. */
export function emptyTranscript(lineCount = 1): Transcript {
  return { header: {}, turns: [], speakers: [], paragraphs: [], lineCount, bodyStart: 0, bodyEnd: -1 };
}

/**
 * Parses a transcript with a fresh parser of the English profile (a convenience
 * for tests and one-off calls; long-lived callers keep one {@link TranscriptParser}).
 */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  return new TranscriptParser(englishProfile()).parse(text, options);
}

/** The result of reading one body line: its kind, and a label or a colon near its start. */
export interface LineRead {
  readonly kind: ParagraphKind | undefined;
  readonly match?: LabelMatch;
  readonly loose?: boolean;
  readonly candidate?: Candidate;
}

/**
 * Where the next colon of the text is, for reading lines in order: one native
 * search serves every line up to that colon, so a text is searched once.
 */
export interface ColonCursor {
  /** Offset of the next colon at or after the last line read; -1 when there is none; -2 before the first search. */
  next: number;
  /** The same for the full-width colon `：`. */
  wide: number;
}

/** The result of reading a line without a label, one per kind: no object per line of prose. */
const PLAIN_READS: Readonly<Record<ParagraphKind | 'blank', LineRead>> = Object.freeze({
  blank: Object.freeze({ kind: undefined }),
  title: Object.freeze({ kind: 'title' }),
  date: Object.freeze({ kind: 'date' }),
  time: Object.freeze({ kind: 'time' }),
  place: Object.freeze({ kind: 'place' }),
  turn: Object.freeze({ kind: 'turn' }),
  text: Object.freeze({ kind: 'text' }),
  separator: Object.freeze({ kind: 'separator' }),
  stage: Object.freeze({ kind: 'stage' }),
  chrome: Object.freeze({ kind: 'chrome' }),
});
const LOOSE_READ: LineRead = Object.freeze({ kind: 'text', loose: true });

/**
 * A parser for one profile: the label grammar compiled, and the memos that let
 * a long transcript and its edits be read fast (label shapes, name keys, forms).
 * Long-lived callers keep one (the service does); it holds no document.
 */
export class TranscriptParser {
  readonly labels: LabelReader;
  readonly forms: LabelForms;

  /** The label style read: which candidates outside the grammar (`auto`: all, judged per document). */
  readonly style: LabelStyleRules;
  private readonly reads: ReadonlySet<CandidateKind>;

  /**
   * The parse of a small sample, kept while the parser lives: V8 drops the hidden classes of
   * objects none of which is alive after a garbage collection, and with them the optimised code
   * of every function that made or read such objects (`--trace-deopt`: "weak objects"). A model
   * the caller let go of would cost the next parse its optimised code; this one keeps them.
   */
  readonly exemplar: unknown;

  constructor(readonly profile: Profile, style?: string) {
    this.forms = new LabelForms(profile.genericLabels);
    this.labels = new LabelReader(profile, this.forms);
    this.style = labelStyleRules(style);
    this.reads = new Set(this.style.candidates);
    this.exemplar = [this.parseState(EXEMPLAR_TEXT), this.parseState(EXEMPLAR_TEXT.replace(/\n/g, '\r\n')), new EvidenceBuilder()];
  }

  /** Parses a transcript. Never throws on any string; returns an empty model when cancelled. */
  parse(text: string, options: ParseOptions = {}): Transcript {
    return this.parseState(text, options.token)?.model ?? emptyTranscript(indexLines(text).count);
  }

  /** Parses a text into its state; undefined when cancelled. */
  parseState(text: string, token?: CancellationLike): ParseState | undefined {
    const lines = indexLines(text);
    const kinds: (ParagraphKind | undefined)[] = new Array(lines.count);
    const firstContent = markTopChrome(this.profile, text, lines, kinds);
    const { header, scanEnd } = findHeader(this.labels, text, lines, kinds, firstContent);
    const bodyStart = header.span ? header.span.end.line + 1 : firstContent;
    const bodyEnd = markFooter(this.profile, text, lines, kinds, bodyStart, header);
    const found = this.readBody(text, lines, kinds, bodyStart, bodyEnd, token);
    if (!found || token?.isCancellationRequested) return undefined;
    const partial = { source: TextLines.of(text, lines), baseKinds: kinds, header, headerScanEnd: scanEnd, bodyStart, bodyEnd, ...found };
    const titled = this.titleAsTurn(text, lines, partial);
    return { ...titled, model: this.finish(titled) };
  }

  /**
   * A first line taken for a title that is a turn by the document's evidence
   * (`HOLT: Good evening…` opening a debate whose labels are surnames): the
   * body starts there. Only a header that is that one line gives it up.
   */
  private titleAsTurn(text: string, lines: LineIndex, s: Omit<ParseState, 'model'>): Omit<ParseState, 'model'> {
    const title = s.header.title?.span.start.line;
    if (title === undefined || s.header.span?.end.line !== title || s.bodyStart !== title + 1) return s;
    const read = this.readLine(text, lines.starts[title], lines.ends[title], title);
    const c = read.candidate;
    if (!c) return s;
    const kept = { ...s, titleCandidate: { shape: c.shape, counted: false } };
    if (!titleJudged(kept.titleCandidate, s.evidence)) return kept;
    // Alone on its line, the label needs speech on the next line: not the body's first candidate or label.
    const next = s.candidates.at.length > 0 ? candidateLine(s.candidates, 0) : -1;
    if (c.alone && !speechAfter(title, c.shape.kind, next, { kinds: s.baseKinds, end: s.bodyEnd })) return kept;
    const evidence = new EvidenceBuilder(s.evidence);
    evidence.candidate(c.shape, 1);
    const baseKinds = s.baseKinds.slice();
    baseKinds[title] = 'text';
    return {
      ...s, baseKinds, header: {}, bodyStart: title, evidence: evidence.done(), titleCandidate: { shape: c.shape, counted: true },
      candidates: { at: [c.line * 2 + (c.alone ? 1 : 0), ...s.candidates.at], shapes: [c.shape, ...s.candidates.shapes] },
      loose: read.loose ? [title, ...s.loose] : s.loose,
    };
  }

  /** First pass over the body: the kind of each line, the labels, the lines with a loose colon; undefined when cancelled. */
  private readBody(text: string, lines: LineIndex, kinds: (ParagraphKind | undefined)[], bodyStart: number, bodyEnd: number, token?: CancellationLike): Pick<ParseState, 'strict' | 'loose' | 'names' | 'candidates' | 'evidence'> | undefined {
    const strict: LabelMatch[] = [];
    const loose: number[] = [];
    const candidates = candidateList();
    const names = new Map<string, number>();
    const evidence = new EvidenceBuilder();
    const colons: ColonCursor = { next: -2, wide: -2 };
    for (let line = bodyStart; line <= bodyEnd; line++) {
      if (line % CANCEL_CHECK_LINES === 0 && token?.isCancellationRequested) return undefined;
      if (kinds[line] !== undefined) continue;
      const read = this.readLine(text, lines.starts[line], lines.ends[line], line, colons);
      kinds[line] = read.kind;
      if (read.match) {
        strict.push(read.match);
        this.countName(names, read.match, 1);
        evidence.label(read.match.style ?? 'title', 1);
        continue;
      }
      if (read.loose) loose.push(line);
      if (read.candidate) {
        addCandidate(candidates, read.candidate);
        evidence.candidate(read.candidate.shape, 1);
      }
    }
    return { strict, loose, names, candidates, evidence: evidence.done() };
  }

  /** Reads body line `line`, which stands in `text` from `start` to `end` (a cursor only where the text is the whole text). */
  readLine(text: string, start: number, end: number, line: number, cursor?: ColonCursor): LineRead {
    if (skipSpace(text, start, end) === end) return PLAIN_READS.blank;
    const kind = classifyLine(this.labels.patterns, text, start, end);
    if (kind !== 'text') return PLAIN_READS[kind];
    const words = this.labels.words;
    // Labels without a colon: a voice span, a question mark, a timestamp header.
    const bare = (this.reads.has('voice') ? readVoice(text, start, end, this.labels.maxLabelLength, words) : undefined) ??
      (this.reads.has('question') ? readQuestion(text, start, end, words) : undefined);
    if (bare) return { kind: 'text', candidate: placed(bare, line, text, start, end) };
    // A label ends with a colon near the line start: most prose lines have none, and skip the patterns.
    const read = this.colonNearStart(text, start, end, cursor) ? this.labels.read(text, line, start) : undefined;
    if (read !== undefined && typeof read !== 'string' && !('kind' in read)) return { kind: 'turn', match: read };
    // `Q. Did you…` after the grammar: `A. Voronin:` is a name.
    const deposition = this.reads.has('deposition') ? readDeposition(text, start, end, words) : undefined;
    if (deposition) return { kind: 'text', loose: read !== undefined, candidate: placed(deposition, line, text, start, end) };
    if (read === undefined) return PLAIN_READS.text;
    if (typeof read !== 'string') {
      if (!isTimeAt(text, start + read.match.colon)) return this.reads.has('colon') ? { kind: 'text', loose: true, candidate: placed(read, line, text, start, end) } : LOOSE_READ;
    }
    const stamp = this.reads.has('stamp') ? readStamp(text, start, end, words) : undefined;
    if (stamp) return { kind: 'text', candidate: placed(stamp, line, text, start, end) };
    return LOOSE_READ;
  }

  /** True when a colon stands within a label's length of the line start. */
  private colonNearStart(text: string, start: number, end: number, cursor?: ColonCursor): boolean {
    const max = this.labels.maxLabelLength;
    if (!cursor) return hasColonNearStart(text, start, end, max);
    if (cursor.next !== -1 && cursor.next < start) cursor.next = text.indexOf(':', start);
    if (cursor.wide !== -1 && cursor.wide < start) cursor.wide = text.indexOf('\uff1a', start);
    const near = (at: number) => at !== -1 && at < end && at - start <= max;
    return near(cursor.next) || near(cursor.wide);
  }

  /** Counts a label's name in (or, with -1, out of) the names of the second pass. */
  countName(names: Map<string, number>, m: LabelMatch, by: 1 | -1): void {
    const key = this.labels.nameKey(m);
    if (key === undefined) return;
    const n = (names.get(key) ?? 0) + by;
    if (n > 0) names.set(key, n);
    else names.delete(key);
  }

  /** Second pass and build: from the first pass's results to the model. */
  finish(s: Omit<ParseState, 'model'>, reuse?: Reuse): Transcript {
    const styles = new Set<CandidateKind>();
    const decided = decideCandidates(s.candidates, s.evidence, { kinds: s.baseKinds, end: s.bodyEnd }, styles);
    const loose = decided.length > 0 ? withoutLines(s.loose, decided) : s.loose;
    const known = this.labels.acceptKnownNames(s.source, loose, new Set(s.names.keys()));
    const accepted = known.length === 0 ? decided : decided.length === 0 ? known : mergeByLine(decided, known);
    let kinds = s.baseKinds;
    let matches = s.strict;
    if (s.evidence.styles[0] > 0 && s.strict.some((m) => outOfStyle(m, s.evidence))) matches = matches.filter((m) => !outOfStyle(m, s.evidence));
    if (accepted.length > 0) {
      const all = kinds.slice();
      for (const m of accepted) all[m.line] = 'turn';
      kinds = all;
      matches = mergeByLine(matches, accepted);
    }
    const model = buildModel(this.forms, { source: s.source, kinds, header: s.header, matches, bodyStart: s.bodyStart, bodyEnd: s.bodyEnd }, reuse);
    return model.turns.length === 0 ? model : { ...model, labelStyle: detectedStyle(styles) };
  }

  /**
   * Why each line that could open a turn does or does not (for `--explain`):
   * labels of the grammar, candidates judged by the document's evidence, and
   * lines with a colon near the start that are neither, with the reason.
   */
  explain(text: string, token?: CancellationLike): Verdict[] {
    const state = this.parseState(text, token);
    if (!state) return [];
    const turnAt = new Map(state.model.turns.map((t) => [t.span.start.line, t]));
    const out = new Map<number, Verdict>();
    for (const m of state.strict) {
      const kept = turnAt.has(m.line);
      out.set(m.line, { line: m.line, label: m.label, accepted: kept, reason: kept ? 'a name or role of the label grammar' : `the grammar's, but the document's labels are all in capitals` });
    }
    for (const v of explainCandidates(state.candidates, state.evidence, { kinds: state.baseKinds, end: state.bodyEnd })) out.set(v.line, v);
    const ref = lineRef();
    for (const line of state.loose) {
      const turn = turnAt.get(line);
      const known = out.get(line);
      if (turn && !known?.accepted) out.set(line, { line, label: turn.label, accepted: true, reason: `ends with the name of a speaker found elsewhere (${turn.speaker})` });
      else if (!known) out.set(line, this.rejected(state.source.line(line, ref), line));
    }
    return [...out.values()].sort((a, b) => a.line - b.line);
  }

  /** The verdict of a line with a colon near its start that is no candidate: the reason its text before the colon is no label. */
  private rejected(ref: LineRef, line: number): Verdict {
    const colon = firstColon(ref.text, ref.start, ref.end);
    const label = ref.text.slice(ref.start, trimEnd(ref.text, ref.start, colon)).trim();
    const read = this.labels.read(ref.text, line, ref.start);
    const reason = typeof read === 'string' ? read : isTimeAt(ref.text, colon) ? 'a time, not a label' : 'not a label';
    return { line, label, accepted: false, reason };
  }
}

/** A candidate shape placed on its line; `alone` when nothing follows what ends the label. */
function placed(shape: CandidateShape, line: number, text: string, start: number, end: number): Candidate {
  return { line, shape, alone: skipSpace(text, start + shape.match.colon + 1, end) >= end };
}

/** True when the colon at `colon` stands between two digits (`12:27`): a time, not a label's end. */
function isTimeAt(text: string, colon: number): boolean {
  const before = text.charCodeAt(colon - 1);
  const after = text.charCodeAt(colon + 1);
  return before >= 48 && before <= 57 && after >= 48 && after <= 57;
}

/** The lines of `lines` (sorted) that no match (sorted by line) stands on. */
function withoutLines(lines: readonly number[], matches: readonly LabelMatch[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const l of lines) {
    while (j < matches.length && matches[j].line < l) j++;
    if (j >= matches.length || matches[j].line !== l) out.push(l);
  }
  return out;
}

/** Merges two lists of labels sorted by line. */
function mergeByLine(a: readonly LabelMatch[], b: readonly LabelMatch[]): LabelMatch[] {
  const out: LabelMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].line < b[j].line)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
