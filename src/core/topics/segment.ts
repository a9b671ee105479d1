/**
 * Topic segmentation: every body paragraph gets a topic from its keywords, and runs of
 * paragraphs with the same topic become segments, which never cross a speaker turn or a
 * section heading.
 *
 * Decisions:
 * - A paragraph has a topic of its own when it has at least {@link MIN_WORDS} words and its
 *   best topic scores at least {@link MIN_SCORE}. When the topic of the paragraph before (in the
 *   same block) scores within the factor {@link MARGIN} of the best, the paragraph keeps it (a
 *   speaker seldom changes the subject mid-thought); otherwise the best wins (ties: the topic
 *   listed first in the lexicon, which for the default is the more used tag).
 * - A paragraph without a topic of its own (`Thank you.`, a heading, a general remark) joins
 *   the segment before it, or the one after it at the start of a block (a block: paragraphs
 *   between two breaks, that is turn starts, separators and headings). A block where no
 *   paragraph has a topic of its own is judged on all its keywords together, with the same
 *   minimum score and margin; failing that it is `General`.
 * - A score adds, for each keyword, its weight times 1 + ln(occurrences): the fifth `region`
 *   of a paragraph adds less than the first `hospital`. A phrase absorbs the keywords of its
 *   own topic inside it (`special military operation` is not also `military`).
 * - One pass over the characters of each paragraph; each distinct written word is stemmed and
 *   looked up once per lexicon (a hash-keyed cache), phrases follow a trie: no regex per keyword.
 * - A turn paragraph is scored from its speech, not its label (`Minister of Agriculture` says
 *   who speaks, not what about).
 */
import type { CancellationLike, Paragraph, Span, Transcript, Turn } from '../model';
import { countWords, detach, indexLines } from '../text';
import { TextMemo } from '../text';
import { defaultLexicon, GENERAL_TOPIC, KeywordHit, MAX_PHRASE_WORDS, PhraseNode, TopicLexicon } from './lexicon';
import { isAcronym, isWordCode, stem } from './stem';

/** A run of paragraphs about one topic, inside one turn (or outside all turns). */
export interface TopicSegment {
  /** A label of the lexicon, or `General`. */
  readonly topic: string;
  /** From the start of the first paragraph to the end of the last. */
  readonly span: Span;
  /** Index of the turn that holds the segment; undefined before the first turn or after a separator. */
  readonly turn?: number;
  /**
   * The keywords of the topic found in the segment, most weighty first, as the lexicon writes
   * them (lower-case words or phrases, acronyms in capitals), not as the text inflects them.
   */
  readonly keywords: readonly string[];
  /** The score each keyword added (same order as `keywords`). */
  readonly weights: readonly number[];
  /** Words in the segment (speech only for a turn's first paragraph). */
  readonly words: number;
}

/** The topic evidence of one body paragraph. */
export interface ParagraphTopic {
  readonly line: number;
  readonly span: Span;
  readonly turn?: number;
  readonly words: number;
  /** True for a short title-like line (`Beginning of the meeting with …`): it opens a segment. */
  readonly heading: boolean;
  /** True when a segment must start here: first paragraph, new turn, after a separator, a heading. */
  readonly breakBefore: boolean;
  /** The paragraph's own topic, when its evidence is clear (see the module comment). */
  readonly topic?: string;
  /** Scores of the topics found, best first. */
  readonly scores: readonly { readonly topic: string; readonly score: number }[];
}

/** Paragraphs shorter than this have no topic of their own. */
export const MIN_WORDS = 8;
/** The lowest score that gives a paragraph a topic: one strong keyword or two ordinary ones. */
export const MIN_SCORE = 2;
/** How far the best topic must lead the runner-up to override the topic of the paragraph before. */
export const MARGIN = 1.25;
/** Most keywords reported per segment. */
export const MAX_KEYWORDS = 8;
/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 12;

const CANCEL_CHECK_PARAGRAPHS = 256;
const CANCEL_CHECK_CHARS = 1 << 20;
/** The word cache is cleared when it holds this many words (a huge text of unique words). */
const MAX_CACHED_WORDS = 1 << 18;

/** What a distinct written word of the text means to the lexicon. */
interface WordEntry {
  /** The word as written. */
  readonly raw: string;
  readonly key: string;
  readonly hits: readonly KeywordHit[];
  /** The phrases that start with this word. */
  readonly phrase?: PhraseNode;
}

/** Keyword counts of one paragraph, flattened: hit id, count, hit id, count, … */
type HitCounts = readonly number[];

/**
 * Looks words up in a lexicon, remembering each written form under a hash of its characters,
 * so a word seen before costs a hash, a probe and a comparison, and no new string.
 */
class WordLookup {
  private readonly memo = new TextMemo<WordEntry>(MAX_CACHED_WORDS);
  constructor(private readonly lexicon: TopicLexicon) {}

  /** The entry of the word text[start, end), whose hash is `hash` (a small integer). */
  entry(text: string, start: number, end: number, hash: number): WordEntry {
    const known = this.memo.get(text, start, end, hash);
    if (known) return known;
    const raw = detach(text.slice(start, end));
    const e = this.resolve(raw);
    this.memo.set(raw, hash, e);
    return e;
  }

  private resolve(raw: string): WordEntry {
    const key = stem(raw.toLowerCase());
    const plain = this.lexicon.index.get(key) ?? NONE;
    const acronym = isAcronym(raw) ? this.lexicon.acronyms.get(raw) : undefined;
    return { raw, key, hits: acronym ? [...plain, ...acronym] : plain, phrase: this.lexicon.phrases.get(key) };
  }
}

/**
 * The word cache of a lexicon, shared by all calls with that lexicon (a pure memo: the stem and
 * keywords of a written word never change), so re-segmenting after an edit finds most words
 * known. Dropped with the lexicon.
 */
const lookups = new WeakMap<TopicLexicon, WordLookup>();
function lookupFor(lexicon: TopicLexicon): WordLookup {
  let lookup = lookups.get(lexicon);
  if (!lookup) lookups.set(lexicon, (lookup = new WordLookup(lexicon)));
  return lookup;
}

const NONE: readonly KeywordHit[] = [];

/** A keyword found at a word: the hit, how many words it spans (ending at that word), and whether a longer phrase absorbed it. */
interface Found {
  readonly hit: KeywordHit;
  readonly length: number;
  absorbed: boolean;
}

const NOTHING_FOUND: Found[] = [];

/** An open phrase: where it stands in the phrase trie, and how many words it has read. */
interface OpenPhrase {
  readonly node: PhraseNode;
  readonly length: number;
}

/** Scans paragraphs for keywords, reusing its buffers from one paragraph to the next. */
class Scanner {
  private readonly lookup: WordLookup;
  /** Count per hit id in the current paragraph; ids with a count are in `touched`. */
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];
  /** Keywords found at the last MAX_PHRASE_WORDS words, by word number modulo. */
  private readonly recent: Found[][] = new Array<Found[]>(MAX_PHRASE_WORDS).fill(NOTHING_FOUND);

  constructor(lexicon: TopicLexicon) {
    this.lookup = lookupFor(lexicon);
    this.counts = new Int32Array(lexicon.hits.length);
  }

  /**
   * Counts the keywords (words and phrases) of a range of one line. A phrase absorbs the
   * shorter keywords of the same topic inside it (`law enforcement agencies` counts once, not
   * also as `law enforcement` and `law`); other topics keep theirs. Returns undefined when cancelled.
   */
  scan(text: string, from: number, to: number, token?: CancellationLike): HitCounts | undefined {
    let open: OpenPhrase[] | undefined;
    let nextCheck = from + CANCEL_CHECK_CHARS;
    let n = 0; // number of the current word of two characters or more
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (!isWordCode(c)) {
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      do {
        hash = (Math.imul(hash, 31) + c) & 0x3fffffff; // small integers make fast Map keys
        c = ++i < to ? text.charCodeAt(i) : 32;
      } while (isWordCode(c));
      if (i - start < 2) continue;
      if (i > nextCheck) {
        if (token?.isCancellationRequested) return undefined;
        nextCheck = i + CANCEL_CHECK_CHARS;
      }
      const e = this.lookup.entry(text, start, i, hash);
      // Only a word that may be inside a phrase needs to remember what it found.
      const slot = n % MAX_PHRASE_WORDS;
      this.recent[slot] = NOTHING_FOUND;
      const inPhrase = e.phrase !== undefined || open !== undefined;
      for (const hit of e.hits) this.found(hit, 1, inPhrase, slot);
      if (open !== undefined) open = this.extend(open, e.key, n, slot);
      if (e.phrase !== undefined) (open ??= []).push({ node: e.phrase, length: 1 });
      n++;
    }
    return this.takeCounts();
  }

  /** Counts a keyword found at the word in `slot` of `recent`; remembers it there when a phrase may absorb it. */
  private found(hit: KeywordHit, length: number, remember: boolean, slot: number): void {
    if (this.counts[hit.id] === 0) this.touched.push(hit.id);
    this.counts[hit.id]++;
    if (!remember) return;
    if (this.recent[slot] === NOTHING_FOUND) this.recent[slot] = [];
    this.recent[slot].push({ hit, length, absorbed: false });
  }

  /** Extends the open phrases by a word: counts the phrases completed; returns those still open. */
  private extend(open: readonly OpenPhrase[], key: string, n: number, slot: number): OpenPhrase[] | undefined {
    let next: OpenPhrase[] | undefined;
    for (const p of open) {
      const node = p.node.next.get(key);
      if (node === undefined) continue;
      const length = p.length + 1;
      for (const hit of node.hits) {
        this.absorb(n, hit.topic, length);
        this.found(hit, length, true, slot);
      }
      if (node.next.size > 0) (next ??= []).push({ node, length });
    }
    return next;
  }

  /** Uncounts the keywords of `topic` that lie inside the phrase of `length` words ending at word `n`. */
  private absorb(n: number, topic: number, length: number): void {
    for (let back = 0; back < length && back <= n; back++) {
      for (const f of this.recent[(n - back) % MAX_PHRASE_WORDS]) {
        if (f.absorbed || f.hit.topic !== topic || f.length > length - back) continue;
        f.absorbed = true;
        this.counts[f.hit.id]--;
      }
    }
  }

  /** The counts of the paragraph, flattened, in the order found; resets the buffers. */
  private takeCounts(): HitCounts {
    const out: number[] = [];
    for (const id of this.touched) {
      if (this.counts[id] > 0) out.push(id, this.counts[id]);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    this.recent.fill(NOTHING_FOUND);
    return out;
  }
}

/** A topic's score. */
interface TopicScore {
  readonly topic: number;
  readonly score: number;
}

/** Topic scores from keyword counts (of one paragraph or several), best first; ties: the earlier topic. */
function scoreTopics(lists: readonly HitCounts[], lexicon: TopicLexicon): TopicScore[] {
  const merged = lists.length === 1 ? lists[0] : mergeCounts(lists);
  const out: { topic: number; score: number }[] = [];
  for (let k = 0; k < merged.length; k += 2) {
    const hit = lexicon.hits[merged[k]];
    const add = contribution(hit, merged[k + 1]);
    const s = out.find((x) => x.topic === hit.topic); // a paragraph touches few topics
    if (s) s.score += add;
    else out.push({ topic: hit.topic, score: add });
  }
  return out.sort((a, b) => b.score - a.score || a.topic - b.topic);
}

/** Sums the counts of several paragraphs per hit. */
function mergeCounts(lists: readonly HitCounts[]): HitCounts {
  const sum = new Map<number, number>();
  for (const list of lists) for (let k = 0; k < list.length; k += 2) sum.set(list[k], (sum.get(list[k]) ?? 0) + list[k + 1]);
  const out: number[] = [];
  for (const [id, n] of sum) out.push(id, n);
  return out;
}

function contribution(hit: KeywordHit, count: number): number {
  return count === 1 ? hit.weight : hit.weight * (1 + Math.log(count));
}

/** True for a short title-like line: starts with a capital, ends with a letter or digit, few words. */
function isHeading(text: string, from: number, to: number, words: number): boolean {
  if (words === 0 || words > MAX_HEADING_WORDS) return false;
  const first = text.charAt(from);
  const last = text.charCodeAt(to - 1);
  return first !== first.toLowerCase() && isWordCode(last);
}

/** A body paragraph, the turn that holds it, and whether a segment must start at it. */
interface BodyParagraph {
  readonly paragraph: Paragraph;
  readonly turn?: number;
  readonly breakBefore: boolean;
}

/** The body paragraphs of a model, each with the turn that holds it. */
function bodyParagraphs(model: Transcript): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let t = 0;
  let separator = false;
  for (const p of model.paragraphs) {
    if (p.line < model.bodyStart || p.line > model.bodyEnd) continue;
    if (p.kind === 'separator') separator = true;
    if (p.kind !== 'text' && p.kind !== 'turn') continue;
    while (t < model.turns.length && model.turns[t].span.end.line < p.line) t++;
    const turn = t < model.turns.length && model.turns[t].span.start.line <= p.line ? t : undefined;
    const prev = out[out.length - 1];
    out.push({ paragraph: p, turn, breakBefore: !prev || separator || prev.turn !== turn || p.kind === 'turn' });
    separator = false;
  }
  return out;
}

/**
 * The body paragraphs among `model.paragraphs[from, to)`, all held by `turn` (or all by none):
 * what {@link bodyParagraphs} gives for them, since a segment starts wherever the holding turn
 * changes.
 */
function groupParagraphs(model: Transcript, from: number, to: number, turn: number | undefined): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let separator = false;
  for (let i = from; i < to; i++) {
    const p = model.paragraphs[i];
    if (p.line < model.bodyStart || p.line > model.bodyEnd) continue;
    if (p.kind === 'separator') separator = true;
    if (p.kind !== 'text' && p.kind !== 'turn') continue;
    out.push({ paragraph: p, turn, breakBefore: out.length === 0 || separator || p.kind === 'turn' });
    separator = false;
  }
  return out;
}

/** Where the line of a paragraph is: it starts at `base` in `text`. */
interface LineAt {
  text: string;
  base: number;
}

/** Fills `out` with where line `line` is. */
type ReadLineAt = (line: number, out: LineAt) => void;

/** Reading the lines of a whole text. */
function inText(text: string): ReadLineAt {
  const starts = indexLines(text).starts;
  return (line, out) => {
    out.text = text;
    out.base = starts[line] ?? 0;
  };
}

/**
 * The topic evidence of every body paragraph (kinds `text` and `turn`), in order. Returns []
 * when cancelled.
 */
export function classifyParagraphs(text: string, model: Transcript, lexicon: TopicLexicon = defaultLexicon(), token?: CancellationLike): ParagraphTopic[] {
  return analyse(inText(text), bodyParagraphs(model), model, new Scanner(lexicon), lexicon, token)?.paragraphs ?? [];
}

interface Analysis {
  readonly paragraphs: ParagraphTopic[];
  readonly counts: HitCounts[];
}

function analyse(read: ReadLineAt, body: readonly BodyParagraph[], model: Transcript, scanner: Scanner, lexicon: TopicLexicon, token?: CancellationLike): Analysis | undefined {
  if (token?.isCancellationRequested) return undefined;
  const at: LineAt = { text: '', base: 0 };
  const paragraphs: ParagraphTopic[] = [];
  const counts: HitCounts[] = [];
  let previous: number | undefined;
  for (let i = 0; i < body.length; i++) {
    if (i % CANCEL_CHECK_PARAGRAPHS === 0 && token?.isCancellationRequested) return undefined;
    const { paragraph: p, turn } = body[i];
    read(p.line, at);
    const { text, base } = at;
    const end = base + p.span.end.character;
    const speechStart = p.kind === 'turn' && turn !== undefined && model.turns[turn].span.start.line === p.line ? model.turns[turn].speechStart : undefined;
    const from = base + (speechStart && speechStart.line === p.line ? speechStart.character : p.span.start.character);
    const found = scanner.scan(text, from, end, token);
    if (found === undefined) return undefined;
    const words = countWords(text, from, end);
    const heading = p.kind === 'text' && isHeading(text, from, end, words);
    const breakBefore = body[i].breakBefore || heading;
    if (breakBefore) previous = undefined;
    const scores = found.length === 0 ? [] : scoreTopics([found], lexicon);
    const topic = ownTopic(scores, words, heading, previous);
    if (topic !== undefined) previous = topic;
    paragraphs.push({
      line: p.line, span: p.span, turn, words, heading, breakBefore,
      topic: topic === undefined ? undefined : lexicon.topics[topic],
      scores: scores.map((s) => ({ topic: lexicon.topics[s.topic], score: round(s.score) })),
    });
    counts.push(found);
  }
  return { paragraphs, counts };
}

/** The paragraph's own topic (an index), or undefined when its evidence is too thin (module comment). */
function ownTopic(scores: readonly TopicScore[], words: number, heading: boolean, previous: number | undefined): number | undefined {
  if (heading || words < MIN_WORDS || scores.length === 0 || scores[0].score < MIN_SCORE) return undefined;
  const best = scores[0];
  if (previous !== undefined && previous !== best.topic) {
    const kept = scores.find((s) => s.topic === previous);
    if (kept && kept.score * MARGIN >= best.score) return previous;
  }
  return best.topic;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Splits the body of a transcript into topic segments (see the module comment). `model` must
 * be `parseTranscript(text)`. Deterministic; returns [] when cancelled.
 */
export function segmentTopics(text: string, model: Transcript, lexicon: TopicLexicon = defaultLexicon(), token?: CancellationLike): TopicSegment[] {
  const analysis = analyse(inText(text), bodyParagraphs(model), model, new Scanner(lexicon), lexicon, token);
  return analysis ? segmentsOf(analysis, lexicon) : [];
}

/**
 * Topic segments of successive versions of one document, with one lexicon. The segments of a
 * turn depend on that turn's paragraphs only (segments never cross a turn), and after an edit
 * the turns it did not touch are the same objects at the same places: their segments are
 * taken from the last version, so a version costs the turns the edit touched, not the whole
 * text. (Another document's model is segmented correctly too, only without that gain.)
 */
export class TopicSegmenter {
  /** The turns of the last version segmented, and the segments of each. */
  private turns: readonly Turn[] = [];
  private byTurn: readonly (readonly TopicSegment[])[] = [];
  /** Segments of paragraphs outside turns, by the first of them, with all of them and their breaks (compared on reuse). */
  private readonly byGap = new WeakMap<Paragraph, { readonly group: readonly BodyParagraph[]; readonly segments: readonly TopicSegment[] }>();
  private readonly scanner: Scanner;

  constructor(readonly lexicon: TopicLexicon = defaultLexicon()) {
    this.scanner = new Scanner(lexicon);
  }

  /** The segments of the model, reading lines with `readLine`: equal to {@link segmentTopics}. Returns [] when cancelled. */
  segments(model: Transcript, readLine: (line: number) => string, token?: CancellationLike): TopicSegment[] {
    const read: ReadLineAt = (line, out) => {
      out.text = readLine(line);
      out.base = 0;
    };
    const paragraphs = model.paragraphs;
    const out: TopicSegment[] = [];
    /** Appends the segments of a group; undefined when cancelled. */
    const add = (group: readonly BodyParagraph[]): readonly TopicSegment[] | undefined => {
      if (group.length === 0) return [];
      const analysis = analyse(read, group, model, this.scanner, this.lexicon, token);
      if (!analysis) return undefined;
      const segments = segmentsOf(analysis, this.lexicon);
      for (const seg of segments) out.push(seg);
      return segments;
    };
    // One walk over the paragraphs: those before each turn (held by no turn), then the turn's.
    const byTurn: (readonly TopicSegment[])[] = new Array(model.turns.length);
    let i = 0;
    for (let t = 0; t <= model.turns.length; t++) {
      if (t % CANCEL_CHECK_PARAGRAPHS === 0 && token?.isCancellationRequested) return [];
      const turn = model.turns[t];
      const from = i;
      const startLine = turn ? turn.span.start.line : Infinity;
      let text = false;
      for (; i < paragraphs.length && paragraphs[i].line < startLine; i++) if (paragraphs[i].kind === 'text') text = true;
      if (text && !this.addGap(groupParagraphs(model, from, i, undefined), out, add)) return [];
      if (!turn) break;
      const first = i;
      while (i < paragraphs.length && paragraphs[i].line <= turn.span.end.line) i++;
      let segments = this.turns[t] === turn ? this.byTurn[t] : undefined;
      if (segments) {
        for (const seg of segments) out.push(seg);
      } else {
        segments = add(groupParagraphs(model, first, i, t));
        if (!segments) return [];
      }
      byTurn[t] = segments;
    }
    this.turns = model.turns;
    this.byTurn = byTurn;
    return out;
  }

  /** Appends the segments of paragraphs outside turns, kept from last time when they are the same paragraphs; false when cancelled. */
  private addGap(group: readonly BodyParagraph[], out: TopicSegment[], add: (g: readonly BodyParagraph[]) => readonly TopicSegment[] | undefined): boolean {
    if (group.length === 0) return true;
    const known = this.byGap.get(group[0].paragraph);
    // The same paragraph objects (same lines, kinds and text) with the same breaks (a separator may have come between them).
    const same = (a: BodyParagraph, b: BodyParagraph) => a.paragraph === b.paragraph && a.breakBefore === b.breakBefore;
    if (known && known.group.length === group.length && known.group.every((b, i) => same(b, group[i]))) {
      for (const seg of known.segments) out.push(seg);
      return true;
    }
    const segments = add(group);
    if (!segments) return false;
    this.byGap.set(group[0].paragraph, { group, segments });
    return true;
  }
}

/** Segments from the analysis of a run of body paragraphs. */
function segmentsOf(analysis: Analysis, lexicon: TopicLexicon): TopicSegment[] {
  const { paragraphs, counts } = analysis;
  const labels = fillGaps(paragraphs, counts, lexicon);
  const segments: TopicSegment[] = [];
  let first = 0;
  for (let i = 1; i <= paragraphs.length; i++) {
    if (i < paragraphs.length && !paragraphs[i].breakBefore && labels[i] === labels[first]) continue;
    segments.push(makeSegment(paragraphs, counts, labels[first], first, i, lexicon));
    first = i;
  }
  return segments;
}

/**
 * Labels for all paragraphs: a paragraph without a topic takes the one before it in its block,
 * else the one after; a block where no paragraph has a topic of its own is judged as a whole
 * (its keywords together), else it is General.
 */
function fillGaps(paragraphs: readonly ParagraphTopic[], counts: readonly HitCounts[], lexicon: TopicLexicon): string[] {
  const labels: string[] = new Array(paragraphs.length);
  let blockStart = 0;
  for (let end = 1; end <= paragraphs.length; end++) {
    if (end < paragraphs.length && !paragraphs[end].breakBefore) continue;
    let last: string | undefined;
    for (let j = blockStart; j < end && last === undefined; j++) last = paragraphs[j].topic;
    last ??= blockTopic(paragraphs, counts, blockStart, end, lexicon);
    for (let j = blockStart; j < end; j++) {
      last = paragraphs[j].topic ?? last;
      labels[j] = last;
    }
    blockStart = end;
  }
  return labels;
}

/** The topic of a block judged as a whole: enough words, enough score, a clear lead; else General. */
function blockTopic(paragraphs: readonly ParagraphTopic[], counts: readonly HitCounts[], from: number, to: number, lexicon: TopicLexicon): string {
  let words = 0;
  for (let i = from; i < to; i++) words += paragraphs[i].words;
  if (words < MIN_WORDS) return GENERAL_TOPIC;
  const scores = scoreTopics(counts.slice(from, to), lexicon);
  if (scores.length === 0 || scores[0].score < MIN_SCORE) return GENERAL_TOPIC;
  if (scores.length > 1 && scores[0].score < MARGIN * scores[1].score) return GENERAL_TOPIC;
  return lexicon.topics[scores[0].topic];
}

function makeSegment(paragraphs: readonly ParagraphTopic[], counts: readonly HitCounts[], topic: string, from: number, to: number, lexicon: TopicLexicon): TopicSegment {
  const weightOf = new Map<string, number>();
  const topicIndex = lexicon.topics.indexOf(topic);
  let words = 0;
  for (let i = from; i < to; i++) {
    words += paragraphs[i].words;
    const list = counts[i];
    for (let k = 0; k < list.length; k += 2) {
      const hit = lexicon.hits[list[k]];
      if (hit.topic === topicIndex) weightOf.set(hit.word, (weightOf.get(hit.word) ?? 0) + contribution(hit, list[k + 1]));
    }
  }
  const ranked = [...weightOf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, MAX_KEYWORDS);
  return {
    topic,
    span: { start: paragraphs[from].span.start, end: paragraphs[to - 1].span.end },
    turn: paragraphs[from].turn,
    keywords: ranked.map(([w]) => w),
    weights: ranked.map(([, w]) => round(w)),
    words,
  };
}
