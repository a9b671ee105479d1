/**
 * A hash table keyed by pieces of a text, looked up in place: the caller hashes the piece
 * while reading it, and a hit is confirmed by comparing the characters, so a piece seen
 * before costs no substring. Open addressing over typed arrays: a `Map` of tens of thousands
 * of words was a third of the topic segmentation's time (one look-up per word of the text).
 *
 * The callers' hash is a fixed polynomial, so a text can hold any number of distinct words
 * with one hash (`AaBB`, `BBAa`, … or Thue–Morse strings for any base). The slots therefore
 * hold at most one key per hash value, each within {@link WINDOW} slots of its home slot;
 * any other key goes to an overflow `Map` (whose string hash V8 seeds per process), and a
 * look-up that meets its hash with other characters, or probes the whole window, looks
 * there, with a substring only then. A look-up costs at most {@link WINDOW} probes, one
 * comparison and one `Map` look-up, whatever the keys.
 */
import { isTextAt } from './text';

/** How many slots from its home slot a key may stand: the most slots a look-up probes. */
export const WINDOW = 8;

/** Slots of an empty table unless told (a power of two; the table doubles when half full). */
const INITIAL_SLOTS = 1 << 12;

/** How a table compares its keys with pieces of a text. */
export interface TextKeys {
  /** True when `key` is the text from `start` to `end`. */
  readonly same: (key: string, text: string, start: number, end: number) => boolean;
  /** The key the text from `start` to `end` is, as a string (for the overflow, so rarely). */
  readonly keyOf: (text: string, start: number, end: number) => string;
}

/** Keys that are the characters of the text as they are. */
export const PLAIN_KEYS: TextKeys = { same: isTextAt, keyOf: (text, start, end) => text.slice(start, end) };

/** How a table is made: see {@link TextTable}. */
export interface TextTableOptions {
  /** Slots of the empty table, a power of two (at least twice the keys expected saves growing). */
  readonly slots?: number;
  readonly keys?: TextKeys;
}

/** A key that has no slot: its hash (to find one when the table grows) and its value. */
interface Overflow<V> {
  readonly hash: number;
  readonly value: V;
}

/** A table from keys to values, looked up with pieces of a text in place (see the module comment). */
export class TextTable<V> {
  /** Per slot: the key's hash + 1, or 0 for an empty slot. */
  private hashes: Int32Array;
  private keys: (string | undefined)[];
  private values: (V | undefined)[];
  private overflow: Map<string, Overflow<V>> | undefined = undefined;
  private size = 0;
  private built = 0;
  private readonly initialSlots: number;
  /** Undefined for {@link PLAIN_KEYS}: isTextAt called directly is inlined (through a field, the topic segmentation took a fifth longer). */
  private readonly same: TextKeys['same'] | undefined;
  private readonly keyOf: TextKeys['keyOf'];

  /** `limit`: the table is cleared when it holds this many keys (a huge text of unique pieces). */
  constructor(
    private readonly limit: number,
    options: TextTableOptions = {},
  ) {
    this.initialSlots = options.slots ?? INITIAL_SLOTS;
    this.hashes = new Int32Array(this.initialSlots);
    this.keys = new Array(this.initialSlots);
    this.values = new Array(this.initialSlots);
    const keys = options.keys ?? PLAIN_KEYS;
    this.same = keys === PLAIN_KEYS ? undefined : keys.same;
    this.keyOf = keys.keyOf;
  }

  /** Slots of the tables made when growing or clearing, so far: the work of the rebuilds, for tests. */
  get slotsBuilt(): number {
    return this.built;
  }

  /** The value kept for the key text[start, end), whose hash is `hash` (0 ≤ hash < 2^30), if any. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const i = this.stop(hash);
    if (i >= 0) {
      if (this.hashes[i] === 0) return undefined;
      const key = this.keys[i] as string;
      const same = this.same;
      if (same === undefined ? isTextAt(key, text, start, end) : same(key, text, start, end)) return this.values[i];
    }
    return this.overflow === undefined ? undefined : this.fromOverflow(text, start, end);
  }

  /** How many slots a look-up of `hash` probes (at most {@link WINDOW}), for tests of the cost. */
  probeLength(hash: number): number {
    const i = this.stop(hash);
    return i < 0 ? WINDOW : ((i - hash) & (this.hashes.length - 1)) + 1;
  }

  /** Keeps `value` for `key` (a string of its own, not a slice of a long text), whose hash is `hash`; the key must be new. */
  set(key: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.rebuild(this.initialSlots, false);
    else if ((this.size + 1) * 2 > this.hashes.length) this.rebuild(this.hashes.length * 2, true);
    this.insert(key, hash, value);
  }

  private fromOverflow(text: string, start: number, end: number): V | undefined {
    return this.overflow!.get(this.keyOf(text, start, end))?.value;
  }

  /**
   * The first slot of the window of `hash` that is empty or holds that hash; -1 when there is
   * none. Look-ups and insertions stop there: slots are only ever filled, so a look-up stops
   * where the insertion of its key did, and finds the key there, or knows to ask the overflow.
   */
  private stop(hash: number): number {
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    const stored = hash + 1;
    let i = hash & mask;
    for (let n = 0; n < WINDOW; n++) {
      const h = hashes[i];
      if (h === stored || h === 0) return i;
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Puts the key in the slot where look-ups of its hash stop, if empty, else in the overflow. */
  private insert(key: string, hash: number, value: V): void {
    const i = this.stop(hash);
    if (i >= 0 && this.hashes[i] === 0) {
      this.hashes[i] = hash + 1;
      this.keys[i] = key;
      this.values[i] = value;
    } else {
      (this.overflow ??= new Map()).set(key, { hash, value });
    }
    this.size++;
  }

  /** A table of `slots` slots: with the entries kept (slots and overflow) when `keep`, else empty. */
  private rebuild(slots: number, keep: boolean): void {
    const { hashes, keys, values, overflow } = this;
    this.hashes = new Int32Array(slots);
    this.keys = new Array(slots);
    this.values = new Array(slots);
    this.overflow = undefined;
    this.size = 0;
    this.built += slots;
    if (!keep) return;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.insert(keys[i] as string, hashes[i] - 1, values[i] as V);
    if (overflow) for (const [key, e] of overflow) this.insert(key, e.hash, e.value);
  }
}
