import * as assert from 'assert';
import * as fc from 'fast-check';
import { createGazetteer } from '../../src/core/regions';
import { regionData } from './service';
import { hashRange, isTextAt, TextKeys, TextMemo, TextTable } from '../../src/core/text';
import { fuzzRuns } from './fuzz';

/** The hash the callers use: 31-based over the characters, kept below 2^30. */
function hashOf(s: string): number {
  return hashRange(s, 0, s.length);
}

/** The 2^blocks words of `blocks` blocks of `Aa` and `BB`: 'A'·31 + 'a' = 'B'·31 + 'B', so all share one hash. */
function collidingWords(blocks: number): string[] {
  const words: string[] = [];
  for (let n = 0; n < 1 << blocks; n++) {
    let w = '';
    for (let b = blocks - 1; b >= 0; b--) w += (n >> b) & 1 ? 'BB' : 'Aa';
    words.push(w);
  }
  return words;
}

/**
 * `count` distinct words of `length` letters (at least 4): the number in four letters, then
 * letters mixed from it, so their hashes spread as those of real words do.
 */
function ordinaryWords(count: number, length: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    let w = '';
    for (let k = 0, m = n; k < 4; k++, m = Math.floor(m / 26)) w += String.fromCharCode(97 + (m % 26));
    for (let x = Math.imul(n + 1, 0x9e3779b1); w.length < length; x = Math.imul(x ^ (x >>> 15), 0x85ebca6b)) w += String.fromCharCode(97 + ((x >>> 0) % 26));
    return w;
  });
}

/** Plain keys that count the key comparisons and the overflow look-ups (each a key compared or hashed). */
function countingKeys(): { keys: TextKeys; readonly count: number } {
  let count = 0;
  const keys: TextKeys = {
    same: (key, text, start, end) => (count++, isTextAt(key, text, start, end)),
    keyOf: (text, start, end) => (count++, text.slice(start, end)),
  };
  return { keys, get count() { return count; } };
}

/**
 * Looks each word up in a text of all of them, as the topic scanner does, and sets it when
 * missing. Returns the look-ups made and the slots they probed.
 */
function readWords(memo: TextMemo<number>, words: readonly string[]): { lookups: number; probes: number } {
  const text = words.join(' ');
  let start = 0;
  let probes = 0;
  for (const w of words) {
    const end = start + w.length;
    const hash = hashOf(w);
    probes += memo.probeLength(hash);
    if (memo.get(text, start, end, hash) === undefined) memo.set(w, hash, end);
    start = end + 1;
  }
  return { lookups: words.length, probes };
}

describe('TextTable: look-ups in place whose cost does not depend on the keys', () => {
  it('property: finds every key set, in place, and nothing else, with colliding keys (Aa/BB words of several lengths)', () => {
    const word = fc.oneof(
      fc.array(fc.constantFrom('Aa', 'BB'), { minLength: 1, maxLength: 7 }).map((b) => b.join('')),
      fc.stringMatching(/^[a-zA-Z]{1,6}$/),
    );
    const slots = fc.constantFrom(4, 8, 64);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 300 }), fc.array(word, { maxLength: 30 }), slots, (keys, probes, slotCount) => {
        const table = new TextTable<number>(Infinity, { slots: slotCount });
        const model = new Map<string, number>();
        keys.forEach((k, i) => {
          table.set(k, hashOf(k), i);
          model.set(k, i);
        });
        for (const k of [...keys, ...probes]) {
          const text = `(${k})`;
          assert.strictEqual(table.get(text, 1, k.length + 1, hashOf(k)), model.get(k), k);
        }
      }),
      fuzzRuns(100, 11),
    );
  });

  const overflowCases: [string, (k: string, i: number) => number][] = [
    ['one hash for all keys', () => 12_345],
    ['one home slot, other hashes (a full window)', (_, i) => i << 16],
    ['the callers\u2019 hash of Aa/BB words', (k) => hashOf(k)],
  ];
  for (const [name, hash] of overflowCases) {
    it(`keeps keys past the window in the overflow, through growth: ${name}`, () => {
      const keys = collidingWords(9);
      const table = new TextTable<number>(Infinity, { slots: 16 });
      keys.forEach((k, i) => table.set(k, hash(k, i), i));
      keys.forEach((k, i) => assert.strictEqual(table.get(k, 0, k.length, hash(k, i)), i, k));
      assert.strictEqual(table.get('AaAaAaAaAaAaAaAaBa', 0, 18, hash('AaAaAaAaAaAaAaAaBa', 0)), undefined);
    });
  }

  it('a look-up compares at most one key and asks the overflow at most once', () => {
    const counter = countingKeys();
    const table = new TextTable<number>(Infinity, { slots: 1 << 12, keys: counter.keys });
    const keys = collidingWords(10);
    keys.forEach((k, i) => table.set(k, i % 3 === 0 ? 77 : i << 12, i)); // one hash, or one home slot
    const before = counter.count;
    keys.forEach((k, i) => assert.strictEqual(table.get(k, 0, k.length, i % 3 === 0 ? 77 : i << 12), i));
    assert.ok(counter.count - before <= keys.length * 2, `${counter.count - before} comparisons and overflow look-ups`);
  });

  it('is cleared when it holds `limit` keys, overflow included', () => {
    const memo = new TextMemo<number>(20);
    const keys = collidingWords(5); // 32 keys, one hash
    keys.slice(0, 20).forEach((k, i) => memo.set(k, hashOf(k), i));
    assert.strictEqual(memo.get(keys[19], 0, 10, hashOf(keys[19])), 19, 'an overflow key before the limit');
    memo.set(keys[20], hashOf(keys[20]), 20);
    for (const k of keys.slice(0, 20)) assert.strictEqual(memo.get(k, 0, 10, hashOf(k)), undefined, k);
    assert.strictEqual(memo.get(keys[20], 0, 10, hashOf(keys[20])), 20);
  });

  it('linear: growing and clearing at the limit build a constant number of slots per key, colliding or not', () => {
    for (const words of [ordinaryWords(20_000, 6), collidingWords(14)]) {
      const memo = new TextMemo<number>(1000);
      readWords(memo, words);
      assert.ok(memo.slotsBuilt <= words.length * 8, `${memo.slotsBuilt} slots built for ${words.length} words`);
    }
  });
});

describe('TextMemo under hash flooding (issue 11, item 6)', function () {
  this.timeout(120_000); // a hang guard: the old table needed minutes of probes here

  const colliding = collidingWords(16); // 65,536 words of 32 characters, one hash
  const ordinary = ordinaryWords(colliding.length, colliding[0].length);

  /**
   * The work of reading the words twice into a fresh memo, as two passes of segmentation: look-ups,
   * key comparisons and overflow look-ups.
   */
  function cost(words: readonly string[]): number {
    const counter = countingKeys();
    const memo = new TextMemo<number>(1 << 18, { keys: counter.keys });
    const lookups = readWords(memo, words).lookups + readWords(memo, words).lookups;
    return lookups + counter.count;
  }

  it('64k colliding words cost at most 3× the work of 64k ordinary words of the same length', () => {
    const flooded = cost(colliding);
    const plain = cost(ordinary);
    assert.ok(flooded <= 3 * plain, `${flooded} look-ups and comparisons for colliding words, ${plain} for ordinary ones`);
  });

  it('ordinary words probe about as many slots after 64k colliding words as before (the memo is shared)', () => {
    const alone = readWords(new TextMemo<number>(1 << 18), ordinary).probes;
    const memo = new TextMemo<number>(1 << 18);
    readWords(memo, colliding);
    const after = readWords(memo, ordinary).probes;
    assert.ok(after <= 3 * alone, `${after} slots probed after the colliding words, ${alone} without`);
  });
});

describe('the gazetteer\u2019s key table', () => {
  it('finds a first word kept in the overflow (MELITOPOL in the upper-case table) and its case forms', () => {
    const found = createGazetteer(regionData()).scan('Residents of MELITOPOL and of Melitopol.');
    assert.deepStrictEqual(
      found.map((m) => [m.text, m.id]),
      [
        ['MELITOPOL', 'UA-23-melitopol'],
        ['Melitopol', 'UA-23-melitopol'],
      ],
    );
  });
});
