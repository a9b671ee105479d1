import * as assert from 'assert';
import { labelTokens } from '../../src/core/outline/labelTokens';
import type { Speaker, Transcript, Turn } from '../../src/core/model';
import { readRepoFile, SEED_MEETING } from './helpers';
import { lineReader, parseTranscript } from './service';

/** The tokens of a text as [line, the token's text, kind], read back from the text. */
function tokensOf(text: string, range?: { start: number; end: number }): [number, string, string][] {
  const read = lineReader(text);
  return labelTokens(parseTranscript(text), read, range).map((t) => [t.line, read(t.line).slice(t.character, t.character + t.length), t.kind]);
}

const HEAD = 'Meeting with regional heads\nSeptember 28, 2023, The Kremlin, Moscow\n\n';

describe('label tokens: the parts of each label the outline lists', () => {
  const cases: [string, string, [string, string][]][] = [
    ['role and name', 'Krasnoyarsk Territory Governor Mikhail Kotyukov: May I, Mr President?',
      [['Krasnoyarsk Territory Governor', 'role'], ['Mikhail Kotyukov', 'name'], [':', 'colon']]],
    ['a name alone', 'Vladimir Putin: Thank you.', [['Vladimir Putin', 'name'], [':', 'colon']]],
    ['a remark in parentheses', 'Vladimir Putin (translates): Thank you.', [['Vladimir Putin', 'name'], ['(translates)', 'remark'], [':', 'colon']]],
    ['a role after the name', 'Sergei Lavrov, Foreign Minister: We agree.', [['Sergei Lavrov', 'name'], ['Foreign Minister', 'role'], [':', 'colon']]],
    ['a generic label', 'Question: Why now?', [['Question', 'generic'], [':', 'colon']]],
    ['white space before the colon', 'Vladimir Putin : Good afternoon.', [['Vladimir Putin', 'name'], [':', 'colon']]],
    ['no-break spaces inside the label', 'President of\u00a0Russia Vladimir Putin: Colleagues,',
      [['President of\u00a0Russia', 'role'], ['Vladimir Putin', 'name'], [':', 'colon']]],
    ['the label alone on its line', 'Vladimir Putin:', [['Vladimir Putin', 'name'], [':', 'colon']]],
  ];
  for (const [name, line, expected] of cases) {
    it(name, () => {
      const text = `${HEAD}${line}\nAnother Speaker: Yes.\n`;
      const first = tokensOf(text).filter(([l]) => l === 3).map(([, t, k]) => [t, k]);
      assert.deepStrictEqual(first, expected);
    });
  }

  it('prose with a colon gives no token', () => assert.deepStrictEqual(tokensOf(`${HEAD}Here is my question: why?\nSecond: the budget.\n`), []));

  it('the seed: one name token per turn (17), in document order, at the outline turns’ lines', () => {
    const text = readRepoFile(SEED_MEETING);
    const model = parseTranscript(text);
    const tokens = labelTokens(model, lineReader(text));
    const names = tokens.filter((t) => t.kind === 'name');
    assert.deepStrictEqual(names.map((t) => t.line), model.turns.map((t) => t.labelSpan.start.line));
    const order = tokens.map((t) => t.line * 1e6 + t.character);
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b));
  });

  it('a range gives the tokens of the labels on its lines only', () => {
    const text = `${HEAD}Anna Ivanova: One.\nIvan Petrov: Two.\nAnna Ivanova: Three.\nIvan Petrov: Four.\n`;
    assert.deepStrictEqual(tokensOf(text, { start: 4, end: 5 }).map(([l, t]) => [l, t]), [[4, 'Ivan Petrov'], [4, ':'], [5, 'Anna Ivanova'], [5, ':']]);
    assert.deepStrictEqual(tokensOf(text, { start: 7, end: 9 }), []);
  });

  it('labels the grammar cannot see, as the model gives them: a one-word label, `Q` without a colon, a cue voice', () => {
    const lines = ['COOPER: Senator, your answer?', 'Q Why now?', '<v Anna Smith>Hello there.'];
    const turn = (index: number, line: number, from: number, to: number, speaker: string, speech: number): Turn => {
      const span = { start: { line, character: from }, end: { line, character: to } };
      return { index, label: lines[line].slice(from, to), labelSpan: span, nameSpan: span, speechStart: { line, character: speech }, span, speaker };
    };
    const speaker = (key: string, turns: number[], generic: boolean): Speaker => ({ key, name: key, labels: [key], turns, generic });
    const model: Transcript = {
      header: {}, paragraphs: [], lineCount: 3, bodyStart: 0, bodyEnd: 2,
      turns: [turn(0, 0, 0, 6, 'COOPER', 8), turn(1, 1, 0, 1, 'Q', 2), turn(2, 2, 3, 13, 'Anna Smith', 14)],
      speakers: [speaker('COOPER', [0], false), speaker('Q', [1], true), speaker('Anna Smith', [2], false)],
    };
    const read = (line: number) => lines[line] ?? '';
    assert.deepStrictEqual(
      labelTokens(model, read).map((t) => [t.line, read(t.line).slice(t.character, t.character + t.length), t.kind]),
      [[0, 'COOPER', 'name'], [0, ':', 'colon'], [1, 'Q', 'generic'], [2, 'Anna Smith', 'name']],
    );
  });
});
