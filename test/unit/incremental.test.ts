import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyChange, ModelCache, parseState, ParseState, parseTranscript, TextChange } from '../../src/core';
import { ROOT } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'kremlin');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(DIR, f), 'utf8'));

/** The position of an offset, 0-based (the text's own line breaks). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** A change replacing [from, to) by `insert`, as VS Code reports it. */
function change(text: string, from: number, to: number, insert: string): TextChange {
  return { range: { start: positionAt(text, from), end: positionAt(text, to) }, rangeOffset: from, rangeLength: to - from, text: insert };
}

/** Never split a CR LF pair (an editor cannot). */
function safeOffset(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/** Pieces of real text an editor may type or paste: letters, labels, colons, line breaks, separators. */
const INSERTS = [
  'a', ' ', ':', '\n', '\n\n', 'Vladimir Putin: ', 'Question: ', 'Denis Pushilin: Thank you.\n', '* * *\n', '(Applause.)\n',
  'Head of the Donetsk People’s Republic Denis Pushilin: ', 'Mr President, ', '\u00a0', 'Second: ', 'Moscow Mayor Sergei Sobyanin:\n',
  'Vladimir Putin (retranslated): ', '', 'Тест: ', 'VladimirPutin: ',
];

const editArb = fc.record({
  page: fc.nat(PAGES.length - 1),
  // Uniform over the text (fast-check's doubles lean to the ends, where edits fall back to a full parse).
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  length: fc.nat(120),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 12 })),
});

function applyEdit(state: ParseState, e: { at: number; length: number; insert: string }): { next: ParseState | undefined; text: string } {
  const text = state.text;
  const from = safeOffset(text, Math.floor(e.at * text.length));
  const to = safeOffset(text, Math.min(text.length, from + e.length));
  const newText = text.slice(0, from) + e.insert + text.slice(to);
  return { next: applyChange(state, newText, change(text, from, to, e.insert)), text: newText };
}

describe('incremental parse equals a full parse (property test on real pages)', function () {
  this.timeout(120_000);
  it('after one random edit', () => {
    fc.assert(
      fc.property(editArb, (e) => {
        const state = parseState(PAGES[e.page]) as ParseState;
        const { next, text } = applyEdit(state, e);
        if (!next) return; // the edit touched the header or the footer: a full parse handles it
        assert.deepStrictEqual(next.model, parseTranscript(text));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('after a sequence of random edits, each applied to the previous state', () => {
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(editArb, { minLength: 2, maxLength: 12 }), (page, edits) => {
        let state = parseState(PAGES[page]) as ParseState;
        for (const e of edits) {
          const { next, text } = applyEdit(state, e);
          state = next ?? (parseState(text) as ParseState);
          assert.deepStrictEqual(state.model, parseTranscript(text));
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('most random edits in the body are applied incrementally (the property above is not vacuous)', () => {
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(editArb, (e) => {
        total++;
        if (applyEdit(parseState(PAGES[e.page]) as ParseState, e).next) incremental++;
      }),
      { numRuns: 200, seed: 3 },
    );
    assert.ok(incremental / total > 0.6, `${incremental} of ${total}`);
  });

  it('a one-character edit reuses the turns it did not touch, object for object', () => {
    const text = PAGES[0];
    const state = parseState(text) as ParseState;
    const middle = state.model.turns[Math.floor(state.model.turns.length / 2)];
    const line = middle.span.start.line + 0;
    const offset = state.lines.starts[line] + middle.speechStart.character + 1;
    const next = applyChange(state, text.slice(0, offset) + 'x' + text.slice(offset), change(text, offset, offset, 'x'));
    assert.ok(next);
    const same = next.model.turns.filter((t, i) => t === state.model.turns[i]).length;
    assert.strictEqual(same, state.model.turns.length - 1);
  });
});

describe('model cache: edits through update()', () => {
  it('applies a change to the cached version and counts no new parse', () => {
    const cache = new ModelCache();
    const text = PAGES[0];
    const v1 = { uri: { toString: () => 'file:///p' }, version: 1, getText: () => text };
    cache.get(v1);
    const offset = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    const newText = text.slice(0, offset) + 'Vladimir Putin: Good.\n' + text.slice(offset);
    const v2 = { uri: v1.uri, version: 2, getText: () => newText };
    const model = cache.update(v2, [change(text, offset, offset, 'Vladimir Putin: Good.\n')]);
    assert.deepStrictEqual(model, parseTranscript(newText));
    assert.strictEqual(cache.get(v2), model);
    assert.strictEqual(cache.parseCount, 1);
    assert.strictEqual(cache.updateCount, 1);
  });

  it('ignores documents it has not parsed, and drops a model whose version does not follow', () => {
    const cache = new ModelCache();
    const doc = (version: number) => ({ uri: { toString: () => 'file:///q' }, version, getText: () => 'x' });
    assert.strictEqual(cache.update(doc(2), [change('x', 0, 0, 'y')]), undefined);
    cache.get(doc(1));
    assert.strictEqual(cache.update(doc(5), [change('x', 0, 0, 'y')]), undefined);
    assert.strictEqual(cache.size, 0);
  });
});
