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
 * - One pass over the characters of each paragraph: each word walks a trie of the lexicon's
 *   keys while it is read (wordTrie.ts), stemmed and looked up as a string only the first time it
 *   is seen with a lexicon; phrases follow a trie of stems: no regex per keyword.
 * - A turn paragraph is scored from its speech, not its label (`Minister of Agriculture` says
 *   who speaks, not what about).
 */
import type { CancellationLike, Paragraph, ReuseContract, Span, Transcript, Turn } from '../model';
import { sameTurn } from '../model';
import { BREAK, HEADING, NO_NUMBER, Run } from './run';
import { GENERAL_TOPIC, MAX_PHRASE_WORDS, TopicLexicon } from './lexicon';
import { isWordCode } from './stem';
import { KeywordTable, NONE } from './keywordTable';
import { ASCII_WORD, CODES, FOREIGN, inCapitals, ROOT, SIGN, SPACE, SYMBOL_MASK, SYMBOLS, UNKNOWN, WordTrie } from './wordTrie';

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

/** What the scanner keeps with a lexicon: its keywords as numbers, the trie of its words, its topics as labels. */
export class LexiconTables {
  readonly table: KeywordTable;
  readonly trie: WordTrie;
  readonly labels: TopicLabels;
  /** The scanner and run lent to {@link segmentTopics} and {@link classifyParagraphs} (see {@link withScanner}). */
  kept: { readonly scanner: Scanner; readonly run: Run; busy: boolean } | undefined;

  constructor(lexicon: TopicLexicon) {
    this.table = new KeywordTable(lexicon);
    this.trie = new WordTrie(this.table);
    this.labels = topicLabels(lexicon, this.table);
  }
}

/**
 * The tables of a lexicon, shared by all calls with that lexicon (the trie is a pure memo: the
 * entry of a written word never changes), so re-segmenting after an edit finds most words
 * known. Kept in the lexicon's memo, dropped with the lexicon.
 */
export function tablesFor(lexicon: TopicLexicon): LexiconTables {
  const kept = lexicon.memo.wordLookup;
  if (kept instanceof LexiconTables) return kept;
  const made = new LexiconTables(lexicon);
  lexicon.memo.wordLookup = made;
  return made;
}

/**
 * Runs `use` with the scanner and run kept with the lexicon (new ones when those are in use, by
 * a cancellation token that segments again); the run's arrays are let go afterwards.
 *
 * Kept, not made per call, so that instances of these classes always live: when the last one
 * dies, a full garbage collection drops their hidden classes, and V8 throws away the optimised
 * code that relies on them (`--trace-deopt`: "weak objects"). The next segmentation then runs
 * unoptimised until V8 compiles it again: 1 MB took 3 to 4 times longer after a `gc()`.
 */
function withScanner<T>(lexicon: TopicLexicon, use: (scanner: Scanner, run: Run) => T): T {
  const tables = tablesFor(lexicon);
  const kept = (tables.kept ??= { scanner: new Scanner(lexicon), run: new Run(), busy: false });
  if (kept.busy) return use(new Scanner(lexicon), new Run());
  kept.busy = true;
  try {
    return use(kept.scanner, kept.run);
  } finally {
    kept.run.release();
    kept.busy = false;
  }
}

/**
 * The keywords found at the last MAX_PHRASE_WORDS words, which a phrase ending later may
 * absorb: per slot (word number modulo), the hit, how many words it spans (ending at that
 * word), and whether a longer phrase absorbed it. The lists are reused from word to word.
 */
class RecentHits {
  /** Per slot: hit ids. */
  readonly hits: number[][] = [];
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

  add(slot: number, hit: number, length: number): void {
    const k = this.count[slot]++;
    this.hits[slot][k] = hit;
    this.lengths[slot][k] = length;
    this.absorbed[slot][k] = false;
  }
}

/** The phrases open at a word: where each stands in the phrase trie, and how many words it has read. */
class OpenPhrases {
  /** Phrase numbers of the {@link KeywordTable}. */
  nodes: number[] = [];
  lengths: number[] = [];
  count = 0;
  /** The phrases still open after the next word, built while extending these. */
  private nextNodes: number[] = [];
  private nextLengths: number[] = [];
  private nextCount = 0;

  /** Keeps a phrase open for the next word. */
  keep(node: number, length: number): void {
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
  open(node: number): void {
    this.nodes[this.count] = node;
    this.lengths[this.count++] = 1;
  }
}

/** Scans paragraphs for keywords, reusing its buffers from one paragraph to the next. */
class Scanner {
  private readonly table: KeywordTable;
  private readonly trie: WordTrie;
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
  /** The lexicon's topics as segment labels. */
  readonly labels: TopicLabels;

  constructor(readonly lexicon: TopicLexicon) {
    const tables = tablesFor(lexicon);
    this.table = tables.table;
    this.trie = tables.trie;
    this.labels = tables.labels;
    this.counts = new Int32Array(lexicon.hits.length);
    this.score = new Float64Array(lexicon.topics.length);
  }

  /**
   * Counts the keywords (words and phrases) of a range of one line, and its words (in
   * {@link words}). A phrase absorbs the shorter keywords of the same topic inside it (`law
   * enforcement agencies` counts once, not also as `law enforcement` and `law`); other topics
   * keep theirs. The counts are appended to `run` (see {@link Run.addCount}). Returns false when cancelled.
   */
  scan(text: string, from: number, to: number, run: Run, token?: CancellationLike): boolean {
    this.scanned += to - from;
    let nextCheck = from + CANCEL_CHECK_CHARS;
    const trie = this.trie;
    const active = this.table.active;
    let next = trie.next;
    let n = 0; // number of the current word of two characters or more
    // Words as countWords counts them (runs of non-space holding a letter or digit), in the same pass.
    let words = 0;
    let counted = false;
    let i = from;
    while (i < to) {
      let code = CODES[text.charCodeAt(i)];
      if (code < ASCII_WORD) {
        if (code === SPACE) counted = false;
        else if (code === SIGN && !counted) {
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
      // The word's ASCII letters and digits walk the trie; its case bits gather in `bits`.
      let node = ROOT;
      let bits = 0;
      while ((code & ASCII_WORD) !== 0) {
        bits |= code;
        node = next[node * SYMBOLS + (code & SYMBOL_MASK)];
        if (++i === to) break;
        code = CODES[text.charCodeAt(i)];
      }
      if (code >= FOREIGN) {
        // A character outside ASCII: the rest of the word is read, and the word looked up whole.
        bits |= code;
        while (++i < to && (code = CODES[text.charCodeAt(i)]) >= ASCII_WORD) bits |= code;
      }
      if (i - start < 2) continue;
      if (i > nextCheck) {
        if (token?.isCancellationRequested) return this.cancel();
        nextCheck = i + CANCEL_CHECK_CHARS;
      }
      let e = (bits & FOREIGN) !== 0 ? trie.lookUpOther(text, start, i, bits) : inCapitals(bits) ? trie.entryInCapitals[node] : trie.entry[node];
      if (e === UNKNOWN) {
        e = trie.settleWord(text, start, i, bits);
        next = trie.next; // the trie may have grown
      }
      // A word that counts no keyword and opens no phrase matters only inside an open phrase.
      if (active[e] !== 0 || this.open.count > 0) this.word(e, n);
      n++;
    }
    this.words = words;
    this.takeCounts(run);
    return true;
  }

  /** Drops the counts of a scan cancelled midway; false. */
  private cancel(): false {
    this.takeCounts(undefined);
    return false;
  }

  /** Counts the keywords found at word `n`, whose entry is `e`, and the phrases it completes. */
  private word(e: number, n: number): void {
    const table = this.table;
    const from = table.hitStart[e];
    const to = table.hitStart[e + 1];
    const opens = table.opens[e];
    if (opens === NONE && this.open.count === 0) {
      // Outside phrases (most words): no phrase can absorb these hits, nothing to remember.
      for (let k = from; k < to; k++) this.count(table.entryHits[k]);
      return;
    }
    // A word that may be inside a phrase remembers what it found, in its slot.
    const slot = n % MAX_PHRASE_WORDS;
    this.recent.count[slot] = 0;
    for (let k = from; k < to; k++) this.found(table.entryHits[k], 1, slot);
    if (this.open.count > 0) this.extend(table.stemOf[e], n, slot);
    if (opens !== NONE) this.open.open(opens);
  }

  /** Counts a keyword. */
  private count(id: number): void {
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id]++;
  }

  /** Counts a keyword (a hit id) found at the word in `slot` of `recent`, and remembers it there (a phrase may absorb it). */
  private found(hit: number, length: number, slot: number): void {
    this.count(hit);
    this.recent.add(slot, hit, length);
  }

  /** Extends the open phrases by a word whose stem is numbered `stem` in the table: counts the phrases completed; keeps those still open. */
  private extend(stem: number, n: number, slot: number): void {
    const { open, table } = this;
    for (let k = 0; k < open.count; k++) {
      const node = table.child(open.nodes[k], stem);
      if (node === NONE) continue;
      const length = open.lengths[k] + 1;
      for (let h = table.phraseStart[node]; h < table.phraseStart[node + 1]; h++) {
        const hit = table.phraseHits[h];
        this.absorb(n, table.hitTopic[hit], length);
        this.found(hit, length, slot);
      }
      if (table.phraseGoesOn[node] !== 0) open.keep(node, length);
    }
    open.advance();
  }

  /** Uncounts the keywords of `topic` that lie inside the phrase of `length` words ending at word `n`. */
  private absorb(n: number, topic: number, length: number): void {
    const { hits, lengths, absorbed, count } = this.recent;
    const hitTopic = this.table.hitTopic;
    for (let back = 0; back < length && back <= n; back++) {
      const slot = (n - back) % MAX_PHRASE_WORDS;
      for (let k = 0; k < count[slot]; k++) {
        if (absorbed[slot][k] || hitTopic[hits[slot][k]] !== topic || lengths[slot][k] > length - back) continue;
        absorbed[slot][k] = true;
        this.counts[hits[slot][k]]--;
      }
    }
  }

  /** Appends the counts of the paragraph to `run` (when given), in the order found; resets the buffers. */
  private takeCounts(run: Run | undefined): void {
    for (const id of this.touched) {
      if (run && this.counts[id] > 0) run.addCount(id, this.counts[id]);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    this.recent.count.fill(0);
    this.open.count = 0;
  }

  /**
   * The paragraph's own topic from its keyword counts `data[from, to)`: what
   * `ownTopic(scoreTopics(…), …)` gives (the same sums in the same order), without a list of scores.
   */
  ownTopic(data: Int32Array, from: number, to: number, previous: number | undefined): number | undefined {
    const { score, scored } = this;
    const { hitTopic, hitWeight } = this.table;
    for (let k = from; k < to; k += 2) {
      const topic = hitTopic[data[k]];
      if (score[topic] === 0) scored.push(topic);
      score[topic] += contribution(hitWeight[data[k]], data[k + 1]);
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

/** A topic's score. */
interface TopicScore {
  readonly topic: number;
  readonly score: number;
}

/** Topic scores from the keyword counts `data[from, to)` (of one paragraph or several, summed per hit), best first; ties: the earlier topic. */
function scoreTopics(data: Int32Array, from: number, to: number, lexicon: TopicLexicon): TopicScore[] {
  const merged = mergeCounts(data, from, to);
  const out: { topic: number; score: number }[] = [];
  for (let k = 0; k < merged.length; k += 2) {
    const hit = lexicon.hits[merged[k]];
    const add = contribution(hit.weight, merged[k + 1]);
    const s = out.find((x) => x.topic === hit.topic); // a paragraph touches few topics
    if (s) s.score += add;
    else out.push({ topic: hit.topic, score: add });
  }
  return out.sort((a, b) => b.score - a.score || a.topic - b.topic);
}

/** Sums the counts per hit, in the order first found. */
function mergeCounts(data: Int32Array, from: number, to: number): number[] {
  const sum = new Map<number, number>();
  for (let k = from; k < to; k += 2) sum.set(data[k], (sum.get(data[k]) ?? 0) + data[k + 1]);
  const out: number[] = [];
  for (const [id, n] of sum) out.push(id, n);
  return out;
}

/** What `count` occurrences of a keyword of weight `weight` add to its topic's score. */
function contribution(weight: number, count: number): number {
  return count === 1 ? weight : weight * (1 + Math.log(count));
}

/** True for a short title-like line: starts with a capital, ends with a letter or digit, few words. */
function isHeading(text: string, from: number, to: number, words: number): boolean {
  if (words === 0 || words > MAX_HEADING_WORDS) return false;
  const c = text.charCodeAt(from);
  // A capital: below U+0080 only A–Z (no lower-cased copy of the character, a string per paragraph).
  const capital = c < 0x80 ? c >= 65 && c <= 90 : text.charAt(from) !== text.charAt(from).toLowerCase();
  return capital && isWordCode(text.charCodeAt(to - 1));
}

/** The body paragraphs of a model into `run`, each with the turn that holds it. */
function bodyParagraphs(model: Transcript, run: Run): Run {
  const paragraphs = model.paragraphs;
  run.reset(paragraphs.length);
  let t = 0;
  let separator = false;
  let previousTurn = NO_NUMBER;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.line < model.bodyStart || p.line > model.bodyEnd) continue;
    if (p.kind === 'separator') separator = true;
    if (p.kind !== 'text' && p.kind !== 'turn') continue;
    while (t < model.turns.length && model.turns[t].span.end.line < p.line) t++;
    const turn = t < model.turns.length && model.turns[t].span.start.line <= p.line ? t : NO_NUMBER;
    run.add(i, turn, run.length === 0 || separator || previousTurn !== turn || p.kind === 'turn');
    previousTurn = turn;
    separator = false;
  }
  return run;
}

/**
 * The body paragraphs among `model.paragraphs[from, to)` into `run`, all held by `turn` (or all
 * by none): what {@link bodyParagraphs} gives for them, since a segment starts wherever the
 * holding turn changes.
 */
function groupParagraphs(model: Transcript, from: number, to: number, turn: number, run: Run): Run {
  run.reset(to - from);
  let separator = false;
  for (let i = from; i < to; i++) {
    const p = model.paragraphs[i];
    if (p.line < model.bodyStart || p.line > model.bodyEnd) continue;
    if (p.kind === 'separator') separator = true;
    if (p.kind !== 'text' && p.kind !== 'turn') continue;
    run.add(i, turn, run.length === 0 || separator || p.kind === 'turn');
    separator = false;
  }
  return run;
}

/** Where the line of a paragraph is: it starts at `base` in `text`. */
interface LineAt {
  text: string;
  base: number;
}

/** Fills `out` with where line `line` is. */
type ReadLineAt = (line: number, out: LineAt) => void;

/**
 * Reading the lines of a whole text, without a table of lines: a cursor that moves on from the
 * line read last (the paragraphs come in order), finding line breaks as `indexLines` does (LF,
 * CR LF, a CR alone). An earlier line starts it again from the top.
 */
function inText(text: string): ReadLineAt {
  let line = 0;
  let start = 0;
  // The next LF and the next CR at or after `start` (-1: none left), each searched once per break it passes.
  let lf = -2;
  let cr = -2;
  return (target, out) => {
    if (target < line) {
      line = start = 0;
      lf = cr = -2;
    }
    for (; line < target; line++) {
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      if (cr !== -1 && (lf === -1 || cr < lf - 1)) start = cr + 1;
      else if (lf !== -1) start = lf + 1;
      else break; // no such line (a model of another text)
    }
    out.text = text;
    out.base = start;
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
  return withScanner(lexicon, (scanner, run) => {
    bodyParagraphs(model, run);
    return analyse(inText(text), run, model, scanner, token) ? paragraphTopics(run, model.paragraphs, lexicon) : [];
  });
}

/** The evidence of an analysed run as objects, with the scores of each paragraph. */
function paragraphTopics(run: Run, paragraphs: readonly Paragraph[], lexicon: TopicLexicon): ParagraphTopic[] {
  const out: ParagraphTopic[] = [];
  for (let i = 0, k = 0; i < run.length; i++) {
    const p = paragraphs[run.index[i]];
    const hits = k < run.hits && run.hitParagraph[k] === i;
    const scores = hits ? scoreTopics(run.data, run.hitStart(k), run.hitEnd[k++], lexicon) : [];
    out.push({
      line: p.line, span: p.span, turn: numberOrUndefined(run.turn[i]), words: run.words[i],
      heading: (run.flags[i] & HEADING) !== 0, breakBefore: (run.flags[i] & BREAK) !== 0,
      topic: run.topic[i] === NO_NUMBER ? undefined : lexicon.topics[run.topic[i]],
      scores: hits ? scores.map((s) => ({ topic: lexicon.topics[s.topic], score: round(s.score) })) : NO_SCORES,
    });
  }
  return out;
}

function numberOrUndefined(n: number): number | undefined {
  return n === NO_NUMBER ? undefined : n;
}

/** Where the scanned text of a paragraph starts in its line: after the label for a turn's first line. */
function scanStart(model: Transcript, p: Paragraph, turn: number): number {
  const speechStart = p.kind === 'turn' && turn !== NO_NUMBER && model.turns[turn].span.start.line === p.line ? model.turns[turn].speechStart : undefined;
  return speechStart && speechStart.line === p.line ? speechStart.character : p.span.start.character;
}

/**
 * Fills in the topic evidence of the paragraphs of `run`: words, headings, keyword counts and
 * each paragraph's own topic. False when cancelled.
 */
function analyse(read: ReadLineAt, run: Run, model: Transcript, scanner: Scanner, token?: CancellationLike): boolean {
  if (token?.isCancellationRequested) return false;
  const at: LineAt = { text: '', base: 0 };
  let previous: number | undefined;
  for (let i = 0; i < run.length; i++) {
    if (i % CANCEL_CHECK_PARAGRAPHS === 0 && token?.isCancellationRequested) return false;
    const p = model.paragraphs[run.index[i]];
    read(p.line, at);
    const { text, base } = at;
    const end = base + p.span.end.character;
    const from = base + scanStart(model, p, run.turn[i]);
    const start = run.countsStart();
    if (!scanner.scan(text, from, end, run, token)) return false;
    run.endHits(i);
    const words = scanner.words;
    const heading = p.kind === 'text' && isHeading(text, from, end, words);
    if (heading) run.flags[i] |= HEADING | BREAK;
    if (run.flags[i] & BREAK) previous = undefined;
    // The module comment: short paragraphs and headings have no topic of their own.
    const topic = heading || words < MIN_WORDS || run.dataLength === start ? undefined : scanner.ownTopic(run.data, start, run.dataLength, previous);
    if (topic !== undefined) previous = topic;
    run.words[i] = words;
    run.topic[i] = topic ?? NO_NUMBER;
  }
  return true;
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
  return withScanner(lexicon, (scanner, run) => {
    bodyParagraphs(model, run);
    return analyse(inText(text), run, model, scanner, token) ? segmentsOf(run, model.paragraphs, scanner.labels) : [];
  });
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
  private readonly byGap = new WeakMap<Paragraph, KnownGap>();
  private readonly scanner: Scanner;
  /** The paragraphs of the turn or gap at hand (refilled for each). */
  private readonly run = new Run();

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
      if (text && !this.addGap(walk, from, i)) return undefined;
      if (!turn) break;
      const first = i;
      let segments = sameTurn(this.turns[t], turn) ? this.byTurn[t] : undefined;
      if (segments) {
        // The same turn object: the same paragraphs, as many as last time.
        i += this.paragraphCounts[t];
        for (const seg of segments) out.push(seg);
      } else {
        while (i < paragraphs.length && paragraphs[i].line <= turn.span.end.line) i++;
        segments = this.add(walk, groupParagraphs(model, first, i, t, this.run));
        if (!segments) return undefined;
      }
      byTurn[t] = segments;
      walk.paragraphCounts[t] = i - first;
    }
    this.keep(walk);
    return true;
  }

  /** Appends the segments of the paragraphs of `run`; undefined when cancelled. */
  private add(walk: Walk, run: Run): readonly TopicSegment[] | undefined {
    if (run.length === 0) return [];
    if (!analyse(walk.read, run, walk.model, this.scanner, walk.token)) return undefined;
    const segments = segmentsOf(run, walk.model.paragraphs, this.scanner.labels);
    for (const seg of segments) walk.out.push(seg);
    return segments;
  }

  /**
   * Appends the segments of the paragraphs `model.paragraphs[from, to)`, outside turns, kept from
   * last time when they are the same paragraphs; false when cancelled.
   */
  private addGap(walk: Walk, from: number, to: number): boolean {
    const run = groupParagraphs(walk.model, from, to, NO_NUMBER, this.run);
    if (run.length === 0) return true;
    const paragraphs = walk.model.paragraphs;
    const known = this.byGap.get(paragraphs[run.index[0]]);
    if (known && sameGap(known, run, paragraphs)) {
      for (const seg of known.segments) walk.out.push(seg);
      return true;
    }
    // What the comparison needs, taken before the analysis marks the headings as breaks.
    const group = Array.from(run.index.subarray(0, run.length), (i) => paragraphs[i]);
    const breaks = run.flags.slice(0, run.length);
    const segments = this.add(walk, run);
    if (!segments) return false;
    this.byGap.set(group[0], { group, breaks, segments });
    return true;
  }
}

/** The segments of paragraphs outside turns, with those paragraphs and their {@link BREAK} flags. */
interface KnownGap {
  readonly group: readonly Paragraph[];
  readonly breaks: Uint8Array;
  readonly segments: readonly TopicSegment[];
}

/** True when `run` (not yet analysed) holds the same paragraph objects (same lines, kinds and text) with the same breaks (a separator may have come between them). */
function sameGap(known: KnownGap, run: Run, paragraphs: readonly Paragraph[]): boolean {
  if (known.group.length !== run.length) return false;
  for (let i = 0; i < run.length; i++) if (known.group[i] !== paragraphs[run.index[i]] || known.breaks[i] !== run.flags[i]) return false;
  return true;
}

/**
 * The label of a paragraph or segment as a number: the first index of its name in the lexicon's
 * topics (two topics of one name are one label, as their names compare equal), or
 * {@link GENERAL_LABEL}.
 */
interface TopicLabels {
  readonly lexicon: TopicLexicon;
  /** The lexicon's keywords as numbers. */
  readonly table: KeywordTable;
  /** Per topic: its label. */
  readonly of: Int32Array;
  /** The label `General`: the topic of that name if the lexicon has one, else {@link GENERAL_LABEL}. */
  readonly general: number;
}

/** A label that is no topic of the lexicon: `General`. */
const GENERAL_LABEL = -2;

function topicLabels(lexicon: TopicLexicon, table: KeywordTable): TopicLabels {
  const first = new Map<string, number>();
  const of = new Int32Array(lexicon.topics.length);
  lexicon.topics.forEach((name, t) => {
    if (!first.has(name)) first.set(name, t);
    of[t] = first.get(name) as number;
  });
  return { lexicon, table, of, general: first.get(GENERAL_TOPIC) ?? GENERAL_LABEL };
}

function labelName(labels: TopicLabels, label: number): string {
  return label === GENERAL_LABEL ? GENERAL_TOPIC : labels.lexicon.topics[label];
}

/** Segments from an analysed run of body paragraphs. */
function segmentsOf(run: Run, paragraphs: readonly Paragraph[], labels: TopicLabels): TopicSegment[] {
  const out: TopicSegment[] = [];
  let blockStart = 0;
  let k = 0; // the first paragraph with hits at or after blockStart
  for (let end = 1; end <= run.length; end++) {
    if (end < run.length && (run.flags[end] & BREAK) === 0) continue;
    k = blockSegments(run, paragraphs, labels, blockStart, end, k, out);
    blockStart = end;
  }
  return out;
}

/**
 * Appends the segments of the block `[from, to)` of `run` (a block: from one break to the
 * next): a paragraph without a topic takes the one before it in its block, else the one after;
 * a block where no paragraph has a topic of its own is judged as a whole (its keywords
 * together), else it is General. `k`: the first paragraph with hits at or after `from`; returns
 * the first at or after `to`.
 */
function blockSegments(run: Run, paragraphs: readonly Paragraph[], labels: TopicLabels, from: number, to: number, k: number, out: TopicSegment[]): number {
  let last = NO_NUMBER;
  for (let j = from; j < to && last === NO_NUMBER; j++) if (run.topic[j] !== NO_NUMBER) last = labels.of[run.topic[j]];
  if (last === NO_NUMBER) last = blockTopic(run, from, to, k, labels);
  let first = from;
  let current = last;
  for (let j = from + 1; j <= to; j++) {
    if (j < to) {
      if (run.topic[j] !== NO_NUMBER) last = labels.of[run.topic[j]];
      if (last === current) continue;
    }
    out.push(makeSegment(run, paragraphs, labels, current, first, j, k));
    k = run.nextHit(k, j);
    first = j;
    current = last;
  }
  return k;
}

/** The label of a block judged as a whole: enough words, enough score, a clear lead; else General. `k` as for {@link blockSegments}. */
function blockTopic(run: Run, from: number, to: number, k: number, labels: TopicLabels): number {
  let words = 0;
  for (let i = from; i < to; i++) words += run.words[i];
  if (words < MIN_WORDS) return labels.general;
  const scores = scoreTopics(run.data, run.hitStart(k), run.hitStart(run.nextHit(k, to)), labels.lexicon);
  if (scores.length === 0 || scores[0].score < MIN_SCORE) return labels.general;
  if (scores.length > 1 && scores[0].score < MARGIN * scores[1].score) return labels.general;
  return labels.of[scores[0].topic];
}

const NO_KEYWORDS: readonly string[] = [];
const NO_WEIGHTS: readonly number[] = [];

/** The segment of paragraphs `[from, to)` of `run`, labelled `label`; `k`: the first paragraph with hits at or after `from`. */
function makeSegment(run: Run, paragraphs: readonly Paragraph[], labels: TopicLabels, label: number, from: number, to: number, k: number): TopicSegment {
  // The topic's keywords and their summed weights, in the order first found (a segment has few).
  const found: string[] = [];
  const sums: number[] = [];
  const { hitTopic, hitWeight } = labels.table;
  let words = 0;
  for (let i = from; i < to; i++) words += run.words[i];
  for (let k2 = run.hitStart(k), end = run.hitStart(run.nextHit(k, to)); label !== GENERAL_LABEL && k2 < end; k2 += 2) {
    const id = run.data[k2];
    if (hitTopic[id] !== label) continue;
    const word = labels.lexicon.hits[id].word;
    const add = contribution(hitWeight[id], run.data[k2 + 1]);
    const j = found.indexOf(word);
    if (j === -1) {
      found.push(word);
      sums.push(add);
    } else sums[j] += add;
  }
  const keywords: string[] = [];
  const weights: number[] = [];
  for (let j = 0; j < found.length; j++) rankKeyword(keywords, weights, found[j], sums[j]);
  const start = paragraphs[run.index[from]].span;
  const end = paragraphs[run.index[to - 1]].span;
  return {
    topic: labelName(labels, label),
    // One paragraph (a text of many short turns has a segment per paragraph): its span, not a copy.
    span: start === end ? start : { start: start.start, end: end.end },
    turn: numberOrUndefined(run.turn[from]),
    keywords: keywords.length === 0 ? NO_KEYWORDS : keywords,
    weights: weights.length === 0 ? NO_WEIGHTS : weights.map(round),
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
