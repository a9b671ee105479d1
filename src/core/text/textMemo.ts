/**
 * A bounded memo keyed by pieces of a text, looked up in place: the caller
 * hashes the piece while reading it, and a hit is confirmed by comparing the
 * characters, so a piece seen before costs no substring. Open addressing over
 * typed arrays: a `Map` of tens of thousands of words was a third of the topic
 * segmentation's time (one lookup per word of the text).
 */
import { isTextAt } from './text';

/** Slots of an empty memo (a power of two; the table doubles when half full). */
const INITIAL_SLOTS = 1 << 12;

export class TextMemo<V> {
  /** Per slot: the key's hash + 1, or 0 for an empty slot. */
  private hashes = new Int32Array(INITIAL_SLOTS);
  private keys: (string | undefined)[] = new Array(INITIAL_SLOTS);
  private values: (V | undefined)[] = new Array(INITIAL_SLOTS);
  private size = 0;

  /** `limit`: the memo is cleared when it holds this many keys (a huge text of unique pieces). */
  constructor(private readonly limit: number) {}

  /** The value kept for text[start, end), whose hash is `hash` (0 ≤ hash < 2^30), if any. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const stored = hash + 1;
    for (let i = hash & mask; this.hashes[i] !== 0; i = (i + 1) & mask) {
      if (this.hashes[i] === stored && isTextAt(this.keys[i] as string, text, start, end)) return this.values[i];
    }
    return undefined;
  }

  /** Keeps `value` for `key` (a string of its own, not a slice of a long text), whose hash is `hash`; the key must be new. */
  set(key: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.reset(INITIAL_SLOTS);
    else if ((this.size + 1) * 2 > this.hashes.length) this.reset(this.hashes.length * 2);
    this.insert(hash + 1, key, value);
  }

  private insert(stored: number, key: string, value: V): void {
    const mask = this.hashes.length - 1;
    let i = (stored - 1) & mask;
    while (this.hashes[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = stored;
    this.keys[i] = key;
    this.values[i] = value;
    this.size++;
  }

  /** A table of `slots` slots: with the entries kept when it grows, empty when it is cleared. */
  private reset(slots: number): void {
    const { hashes, keys, values } = this;
    this.hashes = new Int32Array(slots);
    this.keys = new Array(slots);
    this.values = new Array(slots);
    this.size = 0;
    if (slots === INITIAL_SLOTS) return;
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.insert(hashes[i], keys[i] as string, values[i] as V);
  }
}
