/**
 * The topic evidence of a run of body paragraphs, in parallel typed arrays: a few bytes per
 * paragraph and no object per paragraph (a text of a million one-word lines must not cost a
 * million objects on top of its model), with the keyword counts kept only for the paragraphs
 * that have some, all in one flat array.
 */

/** {@link Run.flags}: a short title-like line (it opens a segment). */
export const HEADING = 1;
/** {@link Run.flags}: a segment must start here (first paragraph, new turn, after a separator, a heading). */
export const BREAK = 2;
/** {@link Run.turn} and {@link Run.topic} when there is none. */
export const NO_NUMBER = -1;

/** Paragraphs and evidence of a run; refilled from run to run (its arrays grow, never shrink). */
export class Run {
  /** Paragraphs in the run. */
  length = 0;
  /** Per paragraph: its index in the model's `paragraphs`. */
  index = new Int32Array(0);
  /** Per paragraph: the turn that holds it, or {@link NO_NUMBER}. */
  turn = new Int32Array(0);
  /** Per paragraph: {@link HEADING} and {@link BREAK}. */
  flags = new Uint8Array(0);
  /** Per paragraph: its words (speech only for a turn's first paragraph). */
  words = new Int32Array(0);
  /** Per paragraph: its own topic (index into the lexicon's topics), or {@link NO_NUMBER}. */
  topic = new Int32Array(0);
  /** Paragraphs with keyword hits. */
  hits = 0;
  /** Per paragraph with hits, ascending: its number in the run. */
  hitParagraph = new Int32Array(16);
  /** Per paragraph with hits: where its counts end in {@link data} (they start where the previous one's end). */
  hitEnd = new Int32Array(16);
  /** Keyword counts of the paragraphs with hits, flattened: hit id, count, hit id, count, … */
  data = new Int32Array(64);
  dataLength = 0;

  /** Empties the run, with room for `capacity` paragraphs. */
  reset(capacity: number): void {
    if (this.index.length < capacity) {
      this.index = new Int32Array(capacity);
      this.turn = new Int32Array(capacity);
      this.flags = new Uint8Array(capacity);
      this.words = new Int32Array(capacity);
      this.topic = new Int32Array(capacity);
    }
    this.length = 0;
    this.hits = 0;
    this.dataLength = 0;
  }

  /** Lets go of the arrays (a run kept between calls holds no memory in between). */
  release(): void {
    this.reset(0);
    this.index = new Int32Array(0);
    this.turn = new Int32Array(0);
    this.flags = new Uint8Array(0);
    this.words = new Int32Array(0);
    this.topic = new Int32Array(0);
    this.hitParagraph = new Int32Array(16);
    this.hitEnd = new Int32Array(16);
    this.data = new Int32Array(64);
  }

  /** Appends a paragraph: its index in the model, its turn ({@link NO_NUMBER}: none), whether a segment must start at it. */
  add(index: number, turn: number, breakBefore: boolean): void {
    const i = this.length++;
    this.index[i] = index;
    this.turn[i] = turn;
    this.flags[i] = breakBefore ? BREAK : 0;
  }

  /** Appends a keyword count of the paragraph being scanned (see {@link endHits}). */
  addCount(id: number, count: number): void {
    if (this.dataLength + 2 > this.data.length) this.data = grown(this.data, this.data.length * 2);
    this.data[this.dataLength++] = id;
    this.data[this.dataLength++] = count;
  }

  /** Where the counts of the paragraph being scanned start in {@link data}. */
  countsStart(): number {
    return this.hits === 0 ? 0 : this.hitEnd[this.hits - 1];
  }

  /** Closes the counts added since {@link countsStart} as those of paragraph `paragraph` (nothing when none were added). */
  endHits(paragraph: number): void {
    if (this.dataLength === this.countsStart()) return;
    if (this.hits === this.hitParagraph.length) {
      this.hitParagraph = grown(this.hitParagraph, this.hits * 2);
      this.hitEnd = grown(this.hitEnd, this.hits * 2);
    }
    this.hitParagraph[this.hits] = paragraph;
    this.hitEnd[this.hits++] = this.dataLength;
  }

  /** Where the counts of the `k`-th paragraph with hits start in {@link data}. */
  hitStart(k: number): number {
    return k === 0 ? 0 : this.hitEnd[k - 1];
  }

  /** The first paragraph with hits, counting from `k`, whose number is `paragraph` or more. */
  nextHit(k: number, paragraph: number): number {
    while (k < this.hits && this.hitParagraph[k] < paragraph) k++;
    return k;
  }
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
