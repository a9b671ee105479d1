import * as assert from 'assert';
import * as fc from 'fast-check';
import { buildOutline, countTurnWords, findSpeakerMentions, lineReader, ParseState, parseTranscript, segmentTopics, TextChange } from './service';
import { parseState, updateState } from './service';
import { TextLines } from '../../src/core/text/lines';
import { indexLines } from '../../src/core/text/text';
import { changeIn, linesOf } from './eol';
import { fuzzRuns } from './fuzz';
import { readRepoFile, SEED_MEETING, SEED_SUMMARY } from './helpers';

/** Everything the editor shows of a text, computed from that text alone. */
function views(text: string) {
  const model = parseTranscript(text);
  const topics = segmentTopics(text, model);
  return { model, topics, outline: buildOutline(model, lineReader(text), topics), words: countTurnWords(text, model), mentions: findSpeakerMentions(text, model) };
}

describe('line breaks: LF, CR LF and a CR alone give the same lines', () => {
  const meeting = readRepoFile(SEED_MEETING);
  const summary = readRepoFile(SEED_SUMMARY);
  const endings: [string, (lf: string) => string][] = [
    ['CR LF', (t) => t.replace(/\n/g, '\r\n')],
    ['CR alone (classic Mac OS)', (t) => t.replace(/\n/g, '\r')],
    // In this order a CR alone is never followed by an LF, which would join them.
    ['a mix of the three', (t) => { let i = 0; return t.replace(/\n/g, () => ['\r', '\r\n', '\n'][i++ % 3]); }],
  ];
  for (const [seed, text] of [['the meeting seed', meeting], ['the summary seed', summary]] as const) {
    const lf = views(text);
    for (const [name, convert] of endings) {
      it(`${seed} with ${name}: the same model, outline, topics, words and mentions as with LF`, () => {
        assert.deepStrictEqual(views(convert(text)), lf);
      });
    }
  }

  it('the meeting seed with a CR alone: 17 turns, Mikhail Kotyukov on line 127 (1-based), as with LF', () => {
    const model = parseTranscript(meeting.replace(/\n/g, '\r'));
    assert.strictEqual(model.turns.length, 17);
    assert.strictEqual(model.turns[13].span.start.line, 126);
    assert.strictEqual(model.turns[13].label, 'Krasnoyarsk Territory Governor Mikhail Kotyukov');
    assert.strictEqual(model.lineCount, meeting.split('\n').length);
  });

  const indexRows: [string, string, [number, number][]][] = [
    // [text, what, [start, content end] of each line]
    ['a\rb', 'a CR alone', [[0, 1], [2, 3]]],
    ['a\r\nb', 'CR LF', [[0, 1], [3, 4]]],
    ['a\r\rb\n', 'two CRs alone: an empty line between', [[0, 1], [2, 2], [3, 4], [5, 5]]],
    ['\r', 'only a CR', [[0, 0], [1, 1]]],
    ['\r\r\n\n', 'CR, CR LF, LF', [[0, 0], [1, 1], [3, 3], [4, 4]]],
    ['x\n\ry', 'LF then a CR alone', [[0, 1], [2, 2], [3, 4]]],
  ];
  for (const [text, what, expected] of indexRows) {
    it(`indexLines: ${what}`, () => {
      const lines = indexLines(text);
      assert.deepStrictEqual(Array.from(lines.starts, (s, i) => [s, lines.ends[i]]), expected);
    });
  }
});

describe('line breaks in edits: TextLines and the incremental parse', () => {
  const rows: [string, string, number, number, string][] = [
    // [what, text, from, to, insert]
    ['a CR alone typed in a line splits it', 'ab\ncd', 1, 1, '\r'],
    ['an LF typed after a CR alone joins them into one break', 'x\rZ\ny', 2, 2, '\n'],
    ['deleting what stands between a CR and an LF joins them', 'x\rZ\ny', 2, 3, ''],
    ['deleting a whole line after a CR alone, down to an LF', 'x\rZ\nQ\ny', 2, 5, ''],
    ['a CR typed before an LF makes CR LF', 'ab\ncd', 2, 2, '\r'],
    ['text ending in CR inserted before an empty line', 'ab\n\ncd', 3, 3, 'q\r'],
  ];
  for (const [what, text, from, to, insert] of rows) {
    it(what, () => {
      const newText = text.slice(0, from) + insert + text.slice(to);
      const next = TextLines.of(text).apply(changeIn(text, from, to, insert));
      assert.ok(next);
      assert.strictEqual(next.text(), newText);
      assert.deepStrictEqual(Array.from({ length: next.count }, (_, l) => next.lineText(l)), linesOf(newText));
    });
  }

  /** Pieces of a transcript body with every kind of line break. */
  const INSERTS = ['a', '\r', '\n', '\r\n', '\r\r', 'Vladimir Putin: ', 'Denis Pushilin: Thank you.\r', '* * *\r', '', ':'];
  const editArb = fc.record({
    at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
    length: fc.nat(40),
    insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 })),
  });
  /** Never split a CR LF pair (an editor cannot). */
  const safe = (text: string, offset: number) => (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset);

  it('differential: edits to a text with CRs alone, applied one by one, give the model of a full parse', () => {
    const base = readRepoFile(SEED_MEETING).replace(/\n/g, (_, at: number) => (at % 5 === 0 ? '\r\n' : '\r'));
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        let state = parseState(text) as ParseState;
        for (const e of edits) {
          const from = safe(text, Math.floor(e.at * text.length));
          const to = safe(text, Math.min(text.length, from + e.length));
          const change: TextChange = changeIn(text, from, to, e.insert);
          text = text.slice(0, from) + e.insert + text.slice(to);
          const after = text;
          state = updateState(state, [change], () => after) as ParseState;
          assert.deepStrictEqual(state.model, parseTranscript(text));
          assert.strictEqual(state.source.text(), text);
        }
      }),
      fuzzRuns(60, 1122),
    );
  });
});
