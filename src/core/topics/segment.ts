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
import type { CancellationLike, Paragraph, ReuseContract, Span, Transcript, Turn } from '../model';
import { sameTurn } from '../model';
import { detach, indexLines, isSpace, TextMemo } from '../text';
import { GENERAL_TOPIC, KeywordHit, MAX_PHRASE_WORDS, PhraseNode, TopicLexicon } from './lexicon';
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
/** About how many characters {@link TopicSegmenter.steps} reads between pauses (some 10 ms of work). */
export const SLICE_CHARS = 1 << 19;
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
 * known. Kept in the lexicon's memo, dropped with the lexicon.
 */
function lookupFor(lexicon: TopicLexicon): WordLookup {
  return (lexicon.memo.wordLookup ??= new WordLookup(lexicon)) as WordLookup;
}

const NONE: readonly KeywordHit[] = [];

/** What a UTF-16 code unit is to the scanner: part of a word ({@link isWordCode}), a space that ends a counted word, a sign that counts as a word, or other. */
const WORD_CHAR = 1;
const SPACE_CHAR = 2;
const SIGN_CHAR = 3;

/** The kind of every code unit, so the scanner's loop costs one load per character. */
const CHAR_KINDS = ((): Uint8Array => {
  const kinds = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // countWords: a space is c <= 32 (but 0) or one of isSpace's; a word needs a letter, a digit or a code unit above U+00BF.
    kinds[c] = isWordCode(c) ? WORD_CHAR : (c <= 32 && c !== 0) || (c >= 0xa0 && isSpace(c)) ? SPACE_CHAR : c > 0xbf ? SIGN_CHAR : 0;
  }
  return kinds;
})();

/**
 * The keywords found at the last MAX_PHRASE_WORDS words, which a phrase ending later may
 * absorb: per slot (word number modulo), the hit, how many words it spans (ending at that
 * word), and whether a longer phrase absorbed it. The lists are reused from word to word.
 */
class RecentHits {
  readonly hits: KeywordHit[][] = [];
  readonly lengths: number[][] = [];
  readonly absorbed: boolean[][] = [];
  readonly count = new Int32Array(MAX_PHRASE_WORDS);

  constructor() {
    for (let i = 0; i < MAX_PHRASE_WORDS; i++) {
      this.hits.push([]);
      this.lengths.push([]);
      this.absorbed.push([]);
    }
  }

  add(slot: number, hit: KeywordHit, length: number): void {
    const k = this.count[slot]++;
    this.hits[slot][k] = hit;
    this.lengths[slot][k] = length;
    this.absorbed[slot][k] = false;
  }
}

/** The phrases open at a word: where each stands in the phrase trie, and how many words it has read. */
class OpenPhrases {
  nodes: PhraseNode[] = [];
  lengths: number[] = [];
  count = 0;
  /** The phrases still open after the next word, built while extending these. */
  private nextNodes: PhraseNode[] = [];
  private nextLengths: number[] = [];
  private nextCount = 0;

  /** Keeps a phrase open for the next word. */
  keep(node: PhraseNode, length: number): void {
    this.nextNodes[this.nextCount] = node;
    this.nextLengths[this.nextCount++] = length;
  }

  /** The kept phrases become the open ones. */
  advance(): void {
    const nodes = this.nodes;
    this.nodes = this.nextNodes;
    this.nextNodes = nodes;
    const lengths = this.lengths;
    this.lengths = this.nextLengths;
    this.nextLengths = lengths;
    this.count = this.nextCount;
    this.nextCount = 0;
  }

  /** Opens a phrase at the current word. */
  open(node: PhraseNode): void {
    this.nodes[this.count] = node;
    this.lengths[this.count++] = 1;
  }
}

/** Scans paragraphs for keywords, reusing its buffers from one paragraph to the next. */
class Scanner {
  private readonly lookup: WordLookup;
  /** Count per hit id in the current paragraph; ids with a count are in `touched`. */
  private readonly counts: Int32Array;
  private readonly touched: number[] = [];
  private readonly recent = new RecentHits();
  private readonly open = new OpenPhrases();
  /** Score per topic of the current paragraph (see {@link ownTopic}); topics with a score are in `scored`. */
  private readonly score: Float64Array;
  private readonly scored: number[] = [];
  /** Words of the range last scanned, as {@link countWords} counts them. */
  words = 0;
  /** Characters scanned so far, all calls together (how much work was done). */
  scanned = 0;

  constructor(readonly lexicon: TopicLexicon) {
    this.lookup = lookupFor(lexicon);
    this.counts = new Int32Array(lexicon.hits.length);
    this.score = new Float64Array(lexicon.topics.length);
  }

  /**
   * Counts the keywords (words and phrases) of a range of one line, and its words (in
   * {@link words}). A phrase absorbs the shorter keywords of the same topic inside it (`law
   * enforcement agencies` counts once, not also as `law enforcement` and `law`); other topics
   * keep theirs. Returns undefined when cancelled.
   */
  scan(text: string, from: number, to: number, token?: CancellationLike): HitCounts | undefined {
    this.scanned += to - from;
    let nextCheck = from + CANCEL_CHECK_CHARS;
    let n = 0; // number of the current word of two characters or more
    // Words as countWords counts them (runs of non-space holding a letter or digit), in the same pass.
    let words = 0;
    let counted = false;
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      const kind = CHAR_KINDS[c];
      if (kind !== WORD_CHAR) {
        if (kind === SPACE_CHAR) counted = false;
        else if (kind === SIGN_CHAR && !counted) {
          words++;
          counted = true;
        }
        i++;
        continue;
      }
      if (!counted) {
        words++;
        counted = true;
      }
      const start = i;
      let hash = c;
      while (++i < to && CHAR_KINDS[(c = text.charCodeAt(i))] === WORD_CHAR) hash = (Math.imul(hash, 31) + c) & 0x3fffffff; // small integers make fast Map keys
      if (i - start < 2) continue;
      if (i > nextCheck) {
        if (token?.isCancellationRequested) {
          this.takeCounts();
          return undefined;
        }
        nextCheck = i + CANCEL_CHECK_CHARS;
      }
      this.word(this.lookup.entry(text, start, i, hash), n++);
    }
    this.words = words;
    return this.takeCounts();
  }

  /** Counts the keywords found at word `n`, and the phrases it completes. */
  private word(e: WordEntry, n: number): void {
    const hits = e.hits;
    if (e.phrase === undefined && this.open.count === 0) {
      // Outside phrases (most words): no phrase can absorb these hits, nothing to remember.
      for (let k = 0; k < hits.length; k++) this.count(hits[k].id);
      return;
    }
    // A word that may be inside a phrase remembers what it found, in its slot.
    const slot = n % MAX_PHRASE_WORDS;
    this.recent.count[slot] = 0;
    for (let k = 0; k < hits.length; k++) this.found(hits[k], 1, slot);
    if (this.open.count > 0) this.extend(e.key, n, slot);
    if (e.phrase !== undefined) this.open.open(e.phrase);
  }

  /** Counts a keyword. */
  private count(id: number): void {
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id]++;
  }

  /** Counts a keyword found at the word in `slot` of `recent`, and remembers it there (a phrase may absorb it). */
  private found(hit: KeywordHit, length: number, slot: number): void {
    this.count(hit.id);
    this.recent.add(slot, hit, length);
  }

  /** Extends the open phrases by a word: counts the phrases completed; keeps those still open. */
  private extend(key: string, n: number, slot: number): void {
    const open = this.open;
    for (let k = 0; k < open.count; k++) {
      const node = open.nodes[k].next.get(key);
      if (node === undefined) continue;
      const length = open.lengths[k] + 1;
      for (const hit of node.hits) {
        this.absorb(n, hit.topic, length);
        this.found(hit, length, slot);
      }
      if (node.next.size > 0) open.keep(node, length);
    }
    open.advance();
  }

  /** Uncounts the keywords of `topic` that lie inside the phrase of `length` words ending at word `n`. */
  private absorb(n: number, topic: number, length: number): void {
    const { hits, lengths, absorbed, count } = this.recent;
    for (let back = 0; back < length && back <= n; back++) {
      const slot = (n - back) % MAX_PHRASE_WORDS;
      for (let k = 0; k < count[slot]; k++) {
        if (absorbed[slot][k] || hits[slot][k].topic !== topic || lengths[slot][k] > length - back) continue;
        absorbed[slot][k] = true;
        this.counts[hits[slot][k].id]--;
      }
    }
  }

  /** The counts of the paragraph, flattened, in the order found; resets the buffers. */
  private takeCounts(): HitCounts {
    let out: number[] | undefined;
    for (const id of this.touched) {
      if (this.counts[id] > 0) (out ??= []).push(id, this.counts[id]);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    this.recent.count.fill(0);
    this.open.count = 0;
    return out ?? NO_COUNTS;
  }

  /**
   * The paragraph's own topic from its keyword counts: what `ownTopic(scoreTopics([found]), …)`
   * gives (the same sums in the same order), without a list of scores.
   */
  ownTopic(found: HitCounts, previous: number | undefined): number | undefined {
    const { score, scored } = this;
    for (let k = 0; k < found.length; k += 2) {
      const hit = this.lexicon.hits[found[k]];
      if (score[hit.topic] === 0) scored.push(hit.topic);
      score[hit.topic] += contribution(hit, found[k + 1]);
    }
    let best = -1;
    for (const t of scored) if (best === -1 || score[t] > score[best] || (score[t] === score[best] && t < best)) best = t;
    let topic = best !== -1 && score[best] >= MIN_SCORE ? best : undefined;
    if (topic !== undefined && previous !== undefined && previous !== topic && score[previous] * MARGIN >= score[topic]) topic = previous;
    for (const t of scored) score[t] = 0;
    scored.length = 0;
    return topic;
  }
}

const NO_COUNTS: HitCounts = [];

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

/** Reading lines from a reader of lines. */
function inLines(readLine: (line: number) => string): ReadLineAt {
  return (line, out) => {
    out.text = readLine(line);
    out.base = 0;
  };
}

/**
 * The topic evidence of every body paragraph (kinds `text` and `turn`), in order. Returns []
 * when cancelled.
 */
export function classifyParagraphs(text: string, model: Transcript, lexicon: TopicLexicon, token?: CancellationLike): ParagraphTopic[] {
  return analyse(inText(text), bodyParagraphs(model), model, new Scanner(lexicon), token, true)?.paragraphs ?? [];
}

interface Analysis {
  readonly paragraphs: ParagraphTopic[];
  readonly counts: HitCounts[];
}

/**
 * The topic evidence of the body paragraphs `body`, and their keyword counts. The scores of
 * each paragraph are listed only when `explain` (classifyParagraphs shows them; segmentation
 * needs only the topic). Undefined when cancelled.
 */
function analyse(read: ReadLineAt, body: readonly BodyParagraph[], model: Transcript, scanner: Scanner, token?: CancellationLike, explain = false): Analysis | undefined {
  if (token?.isCancellationRequested) return undefined;
  const lexicon = scanner.lexicon;
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
    const words = scanner.words;
    const heading = p.kind === 'text' && isHeading(text, from, end, words);
    const breakBefore = body[i].breakBefore || heading;
    if (breakBefore) previous = undefined;
    // The module comment: short paragraphs and headings have no topic of their own.
    const topic = heading || words < MIN_WORDS || found.length === 0 ? undefined : scanner.ownTopic(found, previous);
    if (topic !== undefined) previous = topic;
    paragraphs.push({
      line: p.line, span: p.span, turn, words, heading, breakBefore,
      topic: topic === undefined ? undefined : lexicon.topics[topic],
      scores: explain && found.length > 0 ? scoreTopics([found], lexicon).map((s) => ({ topic: lexicon.topics[s.topic], score: round(s.score) })) : NO_SCORES,
    });
    counts.push(found);
  }
  return { paragraphs, counts };
}

const NO_SCORES: ParagraphTopic['scores'] = [];

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Splits the body of a transcript into topic segments (see the module comment). `model` must
 * be `parseTranscript(text)`. Deterministic; returns [] when cancelled.
 */
export function segmentTopics(text: string, model: Transcript, lexicon: TopicLexicon, token?: CancellationLike): TopicSegment[] {
  const analysis = analyse(inText(text), bodyParagraphs(model), model, new Scanner(lexicon), token);
  return analysis ? segmentsOf(analysis, lexicon) : [];
}

/** A segmentation in progress: the model, how its lines are read, and where the walk over its paragraphs stands. */
interface Walk {
  readonly model: Transcript;
  readonly read: ReadLineAt;
  readonly token?: CancellationLike;
  readonly out: TopicSegment[];
  /** The segments of each turn done, and how many paragraphs it holds. */
  readonly byTurn: (readonly TopicSegment[])[];
  readonly paragraphCounts: Int32Array;
  /** The next turn, and the first paragraph not yet walked. */
  turn: number;
  paragraph: number;
}

/**
 * Topic segments of successive versions of one document, with one lexicon. The segments of a
 * turn depend on that turn's paragraphs only (segments never cross a turn), and after an edit
 * the turns it did not touch are the same objects at the same places ({@link ReuseContract}): their segments are
 * taken from the last version, so a version costs the turns the edit touched, not the whole
 * text. (Another document's model is segmented correctly too, only without that gain.)
 */
export class TopicSegmenter {
  /** The turns of the last version segmented, and the segments of each. */
  private turns: readonly Turn[] = [];
  private byTurn: readonly (readonly TopicSegment[])[] = [];
  /** How many paragraphs each of those turns holds. */
  private paragraphCounts: Int32Array = new Int32Array(0);
  /** Segments of paragraphs outside turns, by the first of them, with all of them and their breaks (compared on reuse). */
  private readonly byGap = new WeakMap<Paragraph, { readonly group: readonly BodyParagraph[]; readonly segments: readonly TopicSegment[] }>();
  private readonly scanner: Scanner;

  constructor(readonly lexicon: TopicLexicon) {
    this.scanner = new Scanner(lexicon);
  }

  /** The segments of the model, reading lines with `readLine`: equal to {@link segmentTopics}. Returns [] when cancelled. */
  segments(model: Transcript, readLine: (line: number) => string, token?: CancellationLike): TopicSegment[] {
    const walk = this.start(model, inLines(readLine), token);
    return this.advance(walk, Infinity) === undefined ? [] : walk.out;
  }

  /**
   * The same segments in steps, for a caller that lets other work run in between (the first
   * segmentation of a long document takes seconds): the generator pauses after each turn (or
   * run of paragraphs between turns) once about {@link SLICE_CHARS} characters have been read
   * since the last pause, and returns the segments, [] when cancelled. `source`: the model's
   * text, or a reader of its lines. The turns done before a pause are kept as after a whole
   * run: a run on a newer version of the document, started meanwhile, reuses them.
   */
  *steps(model: Transcript, source: string | ((line: number) => string), token?: CancellationLike): Generator<void, TopicSegment[], void> {
    const walk = this.start(model, typeof source === 'string' ? inText(source) : inLines(source), token);
    for (;;) {
      const done = this.advance(walk, SLICE_CHARS);
      if (done === undefined) return [];
      if (done) return walk.out;
      yield;
    }
  }

  private start(model: Transcript, read: ReadLineAt, token?: CancellationLike): Walk {
    const turns = model.turns.length;
    return { model, read, token, out: [], byTurn: new Array(turns), paragraphCounts: new Int32Array(turns), turn: 0, paragraph: 0 };
  }

  /** Keeps the turns done, for the next run. */
  private keep(walk: Walk): void {
    this.turns = walk.model.turns;
    this.byTurn = walk.byTurn;
    this.paragraphCounts = walk.paragraphCounts;
  }

  /**
   * Walks on over the paragraphs: those before each turn (held by no turn), then the turn's, until
   * the end (true; the segmenter then keeps the turns' segments) or until `budget` characters have
   * been read (false). Undefined when cancelled.
   */
  private advance(walk: Walk, budget: number): boolean | undefined {
    const { model, out, byTurn } = walk;
    const paragraphs = model.paragraphs;
    const stop = this.scanner.scanned + budget;
    let i = walk.paragraph;
    for (let t = walk.turn; t <= model.turns.length; t++) {
      if (this.scanner.scanned >= stop) {
        walk.turn = t;
        walk.paragraph = i;
        this.keep(walk);
        return false;
      }
      if (t % CANCEL_CHECK_PARAGRAPHS === 0 && walk.token?.isCancellationRequested) return undefined;
      const turn = model.turns[t];
      const from = i;
      const startLine = turn ? turn.span.start.line : Infinity;
      let text = false;
      for (; i < paragraphs.length && paragraphs[i].line < startLine; i++) if (paragraphs[i].kind === 'text') text = true;
      if (text && !this.addGap(walk, groupParagraphs(model, from, i, undefined))) return undefined;
      if (!turn) break;
      const first = i;
      let segments = sameTurn(this.turns[t], turn) ? this.byTurn[t] : undefined;
      if (segments) {
        // The same turn object: the same paragraphs, as many as last time.
        i += this.paragraphCounts[t];
        for (const seg of segments) out.push(seg);
      } else {
        while (i < paragraphs.length && paragraphs[i].line <= turn.span.end.line) i++;
        segments = this.add(walk, groupParagraphs(model, first, i, t));
        if (!segments) return undefined;
      }
      byTurn[t] = segments;
      walk.paragraphCounts[t] = i - first;
    }
    this.keep(walk);
    return true;
  }

  /** Appends the segments of a group of paragraphs; undefined when cancelled. */
  private add(walk: Walk, group: readonly BodyParagraph[]): readonly TopicSegment[] | undefined {
    if (group.length === 0) return [];
    const analysis = analyse(walk.read, group, walk.model, this.scanner, walk.token);
    if (!analysis) return undefined;
    const segments = segmentsOf(analysis, this.lexicon);
    for (const seg of segments) walk.out.push(seg);
    return segments;
  }

  /** Appends the segments of paragraphs outside turns, kept from last time when they are the same paragraphs; false when cancelled. */
  private addGap(walk: Walk, group: readonly BodyParagraph[]): boolean {
    if (group.length === 0) return true;
    const known = this.byGap.get(group[0].paragraph);
    // The same paragraph objects (same lines, kinds and text) with the same breaks (a separator may have come between them).
    const same = (a: BodyParagraph, b: BodyParagraph) => a.paragraph === b.paragraph && a.breakBefore === b.breakBefore;
    if (known && known.group.length === group.length && known.group.every((b, i) => same(b, group[i]))) {
      for (const seg of known.segments) walk.out.push(seg);
      return true;
    }
    const segments = this.add(walk, group);
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
  // The topic's keywords and their summed weights, in the order first found (a segment has few).
  const found: string[] = [];
  const sums: number[] = [];
  const topicIndex = lexicon.topics.indexOf(topic);
  let words = 0;
  for (let i = from; i < to; i++) {
    words += paragraphs[i].words;
    const list = counts[i];
    for (let k = 0; topicIndex !== -1 && k < list.length; k += 2) {
      const hit = lexicon.hits[list[k]];
      if (hit.topic !== topicIndex) continue;
      const j = found.indexOf(hit.word);
      if (j === -1) {
        found.push(hit.word);
        sums.push(contribution(hit, list[k + 1]));
      } else sums[j] += contribution(hit, list[k + 1]);
    }
  }
  const keywords: string[] = [];
  const weights: number[] = [];
  for (let j = 0; j < found.length; j++) rankKeyword(keywords, weights, found[j], sums[j]);
  return {
    topic,
    span: { start: paragraphs[from].span.start, end: paragraphs[to - 1].span.end },
    turn: paragraphs[from].turn,
    keywords,
    weights: weights.map(round),
    words,
  };
}

/** Inserts a keyword into the ranked lists (weightiest first, ties by the word), kept at most {@link MAX_KEYWORDS} long. */
function rankKeyword(keywords: string[], weights: number[], word: string, weight: number): void {
  let at = keywords.length;
  while (at > 0 && (weight > weights[at - 1] || (weight === weights[at - 1] && word < keywords[at - 1]))) at--;
  if (at >= MAX_KEYWORDS) return;
  keywords.splice(at, 0, word);
  weights.splice(at, 0, weight);
  if (keywords.length > MAX_KEYWORDS) {
    keywords.length = MAX_KEYWORDS;
    weights.length = MAX_KEYWORDS;
  }
}
