import * as assert from 'assert';
import { hashRange } from '../../src/core/text';
import { TextMemo } from '../../src/core/text/textMemo';

/** The hash the callers use: 31-based over the characters, kept below 2^30. */
function hashOf(s: string): number {
  return hashRange(s, 0, s.length);
}

describe('TextMemo: a memo keyed by pieces of a text, looked up in place', () => {
  it('finds a piece by its characters anywhere in a text, and nothing else', () => {
    const memo = new TextMemo<number>(100);
    memo.set('Putin:', hashOf('Putin:'), 1);
    const text = 'Vladimir Putin: yes';
    assert.strictEqual(memo.get(text, 9, 15, hashOf('Putin:')), 1);
    assert.strictEqual(memo.get(text, 9, 14, hashOf('Putin')), undefined);
    assert.strictEqual(memo.get('Putin;', 0, 6, hashOf('Putin:')), undefined, 'same hash, other characters');
  });

  it('keeps every key through growth, with colliding hashes told apart by their characters', () => {
    const memo = new TextMemo<number>(1 << 20);
    const keys = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    keys.forEach((k, i) => memo.set(k, i % 7 === 0 ? 42 : hashOf(k), i));
    keys.forEach((k, i) => assert.strictEqual(memo.get(k, 0, k.length, i % 7 === 0 ? 42 : hashOf(k)), i, k));
  });

  it('is cleared when it holds `limit` keys', () => {
    const memo = new TextMemo<number>(3);
    for (const k of ['a', 'b', 'c']) memo.set(k, hashOf(k), 1);
    memo.set('d', hashOf('d'), 2);
    assert.strictEqual(memo.get('a', 0, 1, hashOf('a')), undefined);
    assert.strictEqual(memo.get('d', 0, 1, hashOf('d')), 2);
  });
});
