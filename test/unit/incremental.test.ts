import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { buildOutline, lineReader, OutlineBuilder, ParseState, parseTranscript, segmentTopics, TextChange, TopicSegmenter, Transcript } from './service';
import { applyChange, ModelCache, parseState } from './service';
import { indexLines } from '../../src/core/text/text';
import { fuzzRuns } from './fuzz';
import { changeOf, ROOT, safeOffset } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'kremlin');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(DIR, f), 'utf8'));

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

/** Applies the edit to the state of `text`; the new state (undefined: a full parse is needed) and the new text. */
function applyEdit(state: ParseState, text: string, e: { at: number; length: number; insert: string }): { next: ParseState | undefined; text: string } {
  const from = safeOffset(text, Math.floor(e.at * text.length));
  const to = safeOffset(text, Math.min(text.length, from + e.length));
  const newText = text.slice(0, from) + e.insert + text.slice(to);
  const next = applyChange(state, changeOf(text, from, to, e.insert));
  // The state keeps the text line by line; joined, it is the edited text.
  if (next) assert.strictEqual(next.source.text(), newText);
  return { next, text: newText };
}

describe('incremental parse equals a full parse (property test on real pages)', function () {
  this.timeout(120_000);
  it('after one random edit', () => {
    fc.assert(
      fc.property(editArb, (e) => {
        const state = parseState(PAGES[e.page]) as ParseState;
        const { next, text } = applyEdit(state, PAGES[e.page], e);
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
        let current = PAGES[page];
        for (const e of edits) {
          const { next, text } = applyEdit(state, current, e);
          current = text;
          state = next ?? (parseState(text) as ParseState);
          assert.deepStrictEqual(state.model, parseTranscript(text));
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('an outline builder kept across the edits gives the outline of a full parse, reusing untouched entries', () => {
    let reused = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(editArb, { minLength: 2, maxLength: 8 }), (page, edits) => {
        let state = parseState(PAGES[page]) as ParseState;
        let current = PAGES[page];
        const builder = new OutlineBuilder();
        let before = builder.build(state.model, lineReader(current));
        for (const e of edits) {
          const { next, text } = applyEdit(state, current, e);
          current = text;
          state = next ?? (parseState(text) as ParseState);
          const outline = builder.build(state.model, lineReader(text));
          assert.deepStrictEqual(outline, buildOutline(parseTranscript(text), lineReader(text)));
          reused += outline.filter((entry, i) => entry.kind === 'turn' && before[i] === entry).length;
          before = outline;
        }
      }),
      fuzzRuns(60, 5),
    );
    assert.ok(reused > 1000, `${reused} entries reused`);
  });

  it('a topic segmenter kept across the edits gives the segments of a full parse, reusing untouched turns', () => {
    const segmenter = new TopicSegmenter();
    let reused = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(editArb, { minLength: 1, maxLength: 6 }), (page, edits) => {
        let state = parseState(PAGES[page]) as ParseState;
        let current = PAGES[page];
        let before = segmenter.segments(state.model, lineReader(current));
        assert.deepStrictEqual(before, segmentTopics(current, state.model));
        for (const e of edits) {
          const { next, text } = applyEdit(state, current, e);
          current = text;
          state = next ?? (parseState(text) as ParseState);
          const segments = segmenter.segments(state.model, lineReader(text));
          assert.deepStrictEqual(segments, segmentTopics(text, parseTranscript(text)));
          const previous = new Set(before);
          reused += segments.filter((seg) => previous.has(seg)).length;
          before = segments;
        }
      }),
      { numRuns: 40, seed: 9 },
    );
    assert.ok(reused > 1000, `${reused} segments reused`);
  });

  it('most random edits in the body are applied incrementally (the property above is not vacuous)', () => {
    let incremental = 0;
    let total = 0;
    fc.assert(
      fc.property(editArb, (e) => {
        total++;
        if (applyEdit(parseState(PAGES[e.page]) as ParseState, PAGES[e.page], e).next) incremental++;
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
    const offset = indexLines(text).starts[line] + middle.speechStart.character + 1;
    const next = applyChange(state, changeOf(text, offset, offset, 'x'));
    assert.ok(next);
    const same = next.model.turns.filter((t, i) => t === state.model.turns[i]).length;
    assert.strictEqual(same, state.model.turns.length - 1);
  });
});

/** Where an edit aimed at one turn goes: `[from, to)` offsets and the text put there. */
interface AimedEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** An edit aimed at the turn `base + turn` (a run's edits stay around one place, so that they meet). */
const aimedEditArb = fc.record({
  turn: fc.nat(2),
  kind: fc.constantFrom('speechToNextLine', 'deleteSpeech', 'emptyBeforeLabel', 'typeInNextLine', 'labelAfter', 'rewriteAcross'),
  insert: fc.constantFrom('Thank you. ', 'Ivan Petrov: Thank you.', '', 'Good afternoon, colleagues.', 'Anna Sidorova:', 'x'),
  cut: fc.nat(40),
});

/**
 * Edits where a turn with no speech on its label line takes its detail from: the speech moved
 * off the label line or deleted, the turn left with its label only and the next label right
 * after it (`Anna Sidorova:` then `Ivan Petrov: Thank you.`), typing in the line after a label
 * (in its speech when it is a label line), a label added after a label line, and the label
 * line rewritten with the same label by an edit that also adds a line before it.
 */
function aimedEdit(text: string, model: Transcript, base: number, a: { turn: number; kind: string; insert: string; cut: number }): AimedEdit | undefined {
  const t = model.turns[(base + a.turn) % Math.max(1, model.turns.length)];
  if (!t) return undefined;
  const lines = indexLines(text);
  const label = t.span.start.line;
  const speech = lines.starts[label] + t.speechStart.character;
  const labelEnd = lines.ends[label];
  const nextTurn = model.turns[t.index + 1];
  switch (a.kind) {
    case 'speechToNextLine':
      return { from: speech, to: speech, insert: '\n' };
    case 'deleteSpeech':
      return { from: speech, to: labelEnd, insert: '' };
    case 'emptyBeforeLabel':
      return nextTurn ? { from: speech, to: lines.starts[nextTurn.span.start.line], insert: '\n' } : undefined;
    case 'typeInNextLine': {
      if (label + 1 >= lines.count) return undefined;
      const nextLabel = nextTurn?.span.start.line === label + 1;
      const from = nextLabel ? lines.starts[label + 1] + nextTurn.speechStart.character : lines.starts[label + 1];
      return { from, to: Math.min(lines.ends[label + 1], from + (a.cut % 8)), insert: a.insert };
    }
    case 'labelAfter':
      return { from: labelEnd, to: labelEnd, insert: '\n' + a.insert };
    default: {
      // From the end of the line before the label to inside the label line's speech: one line more, the same label.
      if (label === 0) return undefined;
      const prefix = text.slice(lines.starts[label], speech);
      return { from: lines.ends[label - 1], to: Math.min(labelEnd, speech + a.cut), insert: `\n\n${prefix}${a.insert}` };
    }
  }
}

describe('incremental outline: differential test of details against a fresh build', function () {
  this.timeout(120_000);
  it('differential: edits around labels with no speech give the outline of a full parse, details included', () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.nat(), fc.array(aimedEditArb, { minLength: 1, maxLength: 10 }), (page, base, edits) => {
        let state = parseState(PAGES[page]) as ParseState;
        let current = PAGES[page];
        const builder = new OutlineBuilder();
        builder.build(state.model, lineReader(current));
        for (const a of edits) {
          const e = aimedEdit(current, state.model, base, a);
          if (!e) continue;
          const text = current.slice(0, e.from) + e.insert + current.slice(e.to);
          const next = applyChange(state, changeOf(current, e.from, e.to, e.insert));
          current = text;
          state = next ?? (parseState(text) as ParseState);
          if (next) incremental++;
          assert.deepStrictEqual(builder.build(state.model, lineReader(text)), buildOutline(parseTranscript(text), lineReader(text)));
        }
      }),
      fuzzRuns(80, 11),
    );
    assert.ok(incremental > 200, `${incremental} edits applied incrementally`);
  });
});

describe('incremental parse: typing on a label line keeps the labels and patches the turn', () => {
  const text = PAGES[0];
  const state = parseState(text) as ParseState;
  const turn = state.model.turns[Math.floor(state.model.turns.length / 2)];
  const lineStart = indexLines(text).starts[turn.span.start.line];
  const colon = text.indexOf(':', lineStart + turn.labelSpan.end.character);
  const rows: [string, number, number, string][] = [
    // [what, from, to (offsets from the colon), insert]
    ['a letter in the speech', 5, 5, 'x'],
    ['spaces right after the colon (the speech starts later)', 1, 1, '   '],
    ['the space after the colon removed', 1, 2, ''],
    ['a word replaced in the speech', 3, 8, 'Thank you'],
  ];
  for (const [what, from, to, insert] of rows) {
    it(what, () => {
      const at = colon + from;
      const newText = text.slice(0, at) + insert + text.slice(colon + to);
      const next = applyChange(state, changeOf(text, at, colon + to, insert));
      assert.ok(next);
      assert.deepStrictEqual(next.model, parseTranscript(newText));
      assert.strictEqual(next.model.speakers, state.model.speakers, 'the speakers are the same objects');
      const same = next.model.turns.filter((t, i) => t === state.model.turns[i]).length;
      assert.strictEqual(same, state.model.turns.length - 1, 'only the edited turn is new');
    });
  }
});

describe('topic segmenter: a separator typed between paragraphs outside turns', () => {
  it('splits their segment, though the paragraphs are the same objects', () => {
    // A page without turns: a header, then paragraphs about one topic separated by blank lines.
    const paragraph = 'The President discussed hospitals, doctors, clinics, medicine and healthcare for families in the regions.';
    const text = ['Meeting on healthcare', '', 'June 10, 2024, 10:30', '', ...Array.from({ length: 12 }, () => [paragraph, '']).flat(), 'The end.'].join('\n');
    const state = parseState(text) as ParseState;
    const segmenter = new TopicSegmenter();
    const before = segmenter.segments(state.model, lineReader(text));
    const blank = 21; // between two paragraphs, past the lines the header search reads
    assert.strictEqual(text.split('\n')[blank], '');
    const at = indexLines(text).starts[blank];
    const next = applyChange(state, changeOf(text, at, at, '* * *'));
    assert.ok(next, 'applied incrementally');
    const newText = text.slice(0, at) + '* * *' + text.slice(at);
    const after = segmenter.segments(next.model, lineReader(newText));
    assert.deepStrictEqual(after, segmentTopics(newText, parseTranscript(newText)));
    assert.strictEqual(after.length, before.length + 1, 'the separator starts a new segment');
  });
});

describe('incremental parse: Enter in a speech moves the turns after it', () => {
  it('keeps the speakers, and the outline reads only the turn it split and the label lines of the turns it moved', () => {
    const text = PAGES[0];
    const state = parseState(text) as ParseState;
    const turn = state.model.turns[Math.floor(state.model.turns.length / 2)];
    const at = indexLines(text).starts[turn.span.start.line] + turn.speechStart.character + 10;
    const next = applyChange(state, changeOf(text, at, at, '\n'));
    assert.ok(next);
    const newText = text.slice(0, at) + '\n' + text.slice(at);
    assert.deepStrictEqual(next.model, parseTranscript(newText));
    assert.strictEqual(next.model.speakers, state.model.speakers, 'the same speakers');
    const builder = new OutlineBuilder();
    builder.build(state.model, lineReader(text));
    const read = new Set<number>();
    const reader = lineReader(newText);
    const outline = builder.build(next.model, (line) => (read.add(line), reader(line)));
    assert.deepStrictEqual(outline, buildOutline(parseTranscript(newText), lineReader(newText)));
    // A moved turn of a speaker without a role: its label line, to check that its detail still holds.
    const split = next.model.turns[turn.index];
    const roleless = new Set(next.model.speakers.filter((sp) => sp.role === undefined).map((sp) => sp.key));
    const moved = new Set(next.model.turns.slice(turn.index + 1).filter((t) => roleless.has(t.speaker)).map((t) => t.span.start.line));
    assert.ok(moved.size > 0 && moved.size < next.model.turns.length - turn.index - 1, 'speakers with and without a role after the split');
    const others = [...read].filter((line) => line < split.span.start.line || line > split.span.end.line);
    assert.ok(read.size - others.length <= 2, `lines of the split turn read: ${read.size - others.length}`);
    assert.deepStrictEqual(others.filter((line) => !moved.has(line)), [], 'no line other than the label line of a moved turn whose detail is its speech');
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
    const model = cache.update(v2, [changeOf(text, offset, offset, 'Vladimir Putin: Good.\n')]);
    assert.deepStrictEqual(model, parseTranscript(newText));
    assert.strictEqual(cache.get(v2), model);
    assert.strictEqual(cache.parseCount, 1);
    assert.strictEqual(cache.updateCount, 1);
  });

  it('applies the several changes of one event (multi-cursor typing) without a full parse', () => {
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(editArb, { minLength: 2, maxLength: 5 }), (page, edits) => {
        const cache = new ModelCache();
        const uri = { toString: () => `file:///multi/${page}` };
        let text = PAGES[page];
        cache.get({ uri, version: 1, getText: () => text });
        // Each change is in the text the changes before it produced, as VS Code applies them.
        const changes: TextChange[] = [];
        for (const e of edits) {
          const from = Math.floor(e.at * text.length);
          const to = Math.min(text.length, from + (e.length % 8));
          if (text.charCodeAt(from - 1) === 13 || text.charCodeAt(to - 1) === 13) continue;
          changes.push(changeOf(text, from, to, e.insert));
          text = text.slice(0, from) + e.insert + text.slice(to);
        }
        const model = cache.update({ uri, version: 2, getText: () => text }, changes);
        assert.deepStrictEqual(model, parseTranscript(text));
      }),
      { numRuns: 150, seed: 23 },
    );
    // Two letters typed with two cursors in the body, the lower one first (as VS Code reports them).
    const cache = new ModelCache();
    const text = PAGES[0];
    const doc = (version: number, t: string) => ({ uri: { toString: () => 'file:///cursors' }, version, getText: () => t });
    cache.get(doc(1, text));
    const lines = indexLines(text);
    const middle = Math.floor(lines.count / 2);
    const a = lines.starts[middle] + 1;
    const b = lines.starts[middle + 10] + 1;
    const afterB = text.slice(0, b) + 'y' + text.slice(b);
    const both = afterB.slice(0, a) + 'x' + afterB.slice(a);
    const model = cache.update(doc(2, both), [changeOf(text, b, b, 'y'), changeOf(afterB, a, a, 'x')]);
    assert.deepStrictEqual(model, parseTranscript(both));
    assert.strictEqual(cache.parseCount, 1, 'no full parse');
  });

  it('ignores documents it has not parsed, and drops a model whose version does not follow', () => {
    const cache = new ModelCache();
    const doc = (version: number) => ({ uri: { toString: () => 'file:///q' }, version, getText: () => 'x' });
    assert.strictEqual(cache.update(doc(2), [changeOf('x', 0, 0, 'y')]), undefined);
    cache.get(doc(1));
    assert.strictEqual(cache.update(doc(5), [changeOf('x', 0, 0, 'y')]), undefined);
    assert.strictEqual(cache.size, 0);
  });
});
