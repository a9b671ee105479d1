import * as assert from 'assert';
import { VersionedText } from './service';
import { ModelCache } from './service';
import { readRepoFile, SEED_MEETING } from './helpers';

function doc(uri: string, version: number, text: string): VersionedText & { reads: number } {
  const d = { uri: { toString: () => uri }, version, reads: 0, getText: () => { d.reads++; return text; } };
  return d;
}

describe('model cache: one parse per document version', () => {
  const text = readRepoFile(SEED_MEETING);

  it('parses a version once, however many features ask', () => {
    const cache = new ModelCache();
    const d = doc('file:///a.txt', 1, text);
    const first = cache.get(d);
    for (let i = 0; i < 5; i++) assert.strictEqual(cache.get(d), first);
    assert.strictEqual(cache.parseCount, 1);
    assert.strictEqual(d.reads, 1);
  });

  it('parses again for a new version, and for another document', () => {
    const cache = new ModelCache();
    cache.get(doc('file:///a.txt', 1, text));
    cache.get(doc('file:///a.txt', 2, text + '\nVladimir Putin: One more thing.'));
    cache.get(doc('file:///b.txt', 1, text));
    assert.strictEqual(cache.parseCount, 3);
    assert.strictEqual(cache.peek(doc('file:///a.txt', 2, ''))?.turns.length, 18);
    assert.strictEqual(cache.peek(doc('file:///a.txt', 1, '')), undefined);
  });

  it('keeps a closed document for a while (a language switch reopens it), then drops it', () => {
    const cache = new ModelCache();
    const a = doc('file:///a.txt', 1, text);
    cache.get(a);
    cache.markClosed(a.uri);
    cache.get(a);
    assert.strictEqual(cache.parseCount, 1, 'reopened document is not parsed again');
    for (let i = 0; i < 6; i++) {
      const other = doc(`file:///o${i}.txt`, 1, 'x');
      cache.get(other);
      cache.markClosed(other.uri);
    }
    cache.markClosed(a.uri);
    for (let i = 6; i < 12; i++) {
      const other = doc(`file:///o${i}.txt`, 1, 'x');
      cache.get(other);
      cache.markClosed(other.uri);
    }
    assert.strictEqual(cache.peek(a), undefined);
    assert.ok(cache.size <= 4);
  });

  it('does not keep the empty result of a cancelled parse', () => {
    const cache = new ModelCache();
    const d = doc('file:///a.txt', 1, text);
    assert.strictEqual(cache.get(d, { isCancellationRequested: true }).turns.length, 0);
    assert.strictEqual(cache.get(d).turns.length, 17);
  });
});

describe('model cache: derived data is computed once per version', () => {
  it('computes once, recomputes for a new version', () => {
    const cache = new ModelCache();
    let runs = 0;
    const compute = (text: string) => { runs++; return text.length; };
    const v1 = { uri: { toString: () => 'file:///a' }, version: 1, getText: () => 'abc' };
    assert.strictEqual(cache.derive(v1, 'length', compute), 3);
    assert.strictEqual(cache.derive(v1, 'length', compute), 3);
    assert.strictEqual(runs, 1);
    const v2 = { uri: { toString: () => 'file:///a' }, version: 2, getText: () => 'abcd' };
    assert.strictEqual(cache.derive(v2, 'length', compute), 4);
    assert.strictEqual(runs, 2);
    assert.strictEqual(cache.parseCount, 2);
  });
});
