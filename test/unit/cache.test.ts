import * as assert from 'assert';
import { VersionedText } from './service';
import { ModelCache } from './service';
import { changeOf, readRepoFile, SEED_MEETING } from './helpers';

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

describe('model cache: typed derived values, one handle each', () => {
  const text = readRepoFile(SEED_MEETING);
  const version = (v: number, t = text) => doc('file:///a.txt', v, t);

  it('computes once per version, again for a new version', () => {
    const cache = new ModelCache();
    let runs = 0;
    const turnCount = cache.derived((_d, model) => { runs++; return model.turns.length; });
    assert.strictEqual(turnCount.get(version(1)), 17);
    assert.strictEqual(turnCount.get(version(1)), 17);
    assert.strictEqual(runs, 1);
    assert.strictEqual(turnCount.get(version(2, text + '\nVladimir Putin: One more thing.')), 18);
    assert.strictEqual(runs, 2);
    assert.strictEqual(cache.parseCount, 2);
  });

  it('keeps the values of two handles apart (no shared names to clash)', () => {
    const cache = new ModelCache();
    const firstSpeaker = cache.derived((_d, model) => model.speakers[0].name);
    const lineCount = cache.derived((_d, model) => model.lineCount);
    const d = version(1);
    assert.strictEqual(firstSpeaker.get(d), 'Vladimir Putin');
    assert.strictEqual(lineCount.get(d), text.split('\n').length);
    assert.strictEqual(firstSpeaker.get(d), 'Vladimir Putin');
  });

  it('keeps a value that is undefined (computed once)', () => {
    const cache = new ModelCache();
    let runs = 0;
    const absent = cache.derived((_d, model) => { runs++; return model.speakers.find((s) => s.name === 'Nobody'); });
    assert.strictEqual(absent.get(version(1)), undefined);
    assert.strictEqual(absent.get(version(1)), undefined);
    assert.strictEqual(runs, 1);
  });

  it('does not keep a value computed under a cancelled token', () => {
    const cache = new ModelCache();
    const d = version(1);
    cache.get(d);
    let runs = 0;
    const names = cache.derived((_d, model, token) => { runs++; return token?.isCancellationRequested ? [] : model.speakers.map((s) => s.name); });
    assert.deepStrictEqual(names.get(d, { isCancellationRequested: true }), []);
    assert.strictEqual(names.get(d)[0], 'Vladimir Putin');
    assert.strictEqual(names.get(d)[0], 'Vladimir Putin');
    assert.strictEqual(runs, 2);
  });

  it('computes from the empty model of a cancelled parse without keeping it', () => {
    const cache = new ModelCache();
    const d = version(1);
    const turnCount = cache.derived((_d, model) => model.turns.length);
    assert.strictEqual(turnCount.get(d, { isCancellationRequested: true }), 0);
    assert.strictEqual(turnCount.get(d), 17);
  });

  it('gives the value of the version update() produced, not the previous one', () => {
    const cache = new ModelCache();
    const turnCount = cache.derived((_d, model) => model.turns.length);
    assert.strictEqual(turnCount.get(version(1)), 17);
    const added = 'Vladimir Putin: One more thing.\n';
    const at = text.lastIndexOf('Vladimir Putin:');
    const v2 = version(2, text.slice(0, at) + added + text.slice(at));
    assert.ok(cache.update(v2, [changeOf(text, at, at, added)]));
    assert.strictEqual(turnCount.get(v2), 18);
    assert.strictEqual(cache.parseCount, 1, 'the edit was applied, not parsed again');
  });
});

describe('model cache: typed per-document state', () => {
  const text = readRepoFile(SEED_MEETING);

  it('keeps one object per document across versions, and drops it when the document closes', () => {
    const cache = new ModelCache();
    const state = cache.perDocument((d) => ({ uri: d.uri.toString(), seen: 0 }));
    const a1 = doc('file:///a.txt', 1, text);
    const first = state.get(a1);
    assert.strictEqual(state.get(doc('file:///a.txt', 2, text)), first);
    assert.notStrictEqual(state.get(doc('file:///b.txt', 1, text)), first);
    assert.strictEqual(state.get(doc('file:///b.txt', 1, text)).uri, 'file:///b.txt');
    cache.markClosed(a1.uri);
    assert.notStrictEqual(state.get(a1), first);
  });
});
