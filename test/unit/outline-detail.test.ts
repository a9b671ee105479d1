import * as assert from 'assert';
import { buildOutline, lineReader, parseTranscript } from './service';

/** A page header as the Kremlin pages have it, then the body lines. */
function page(body: readonly string[]): string {
  return ['Meeting with Government members', '', 'June 10, 2024', 'The Kremlin, Moscow', '', ...body, ''].join('\n');
}

describe('outline: a turn\'s detail is its own speech', () => {
  // [what, body lines, [name, detail] of each turn]
  const rows: [string, string[], [string, string][]][] = [
    [
      'speech on the label line',
      ['Anna Sidorova: Good afternoon, colleagues.', 'Ivan Petrov: Thank you.'],
      [['Anna Sidorova', 'Good afternoon, colleagues.'], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'a label with no speech, followed by the next turn: no detail (not the next label)',
      ['Anna Sidorova:', 'Ivan Petrov: Thank you.'],
      [['Anna Sidorova', ''], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'a label with no speech, followed by its speech on the next line',
      ['Anna Sidorova:', 'Good afternoon, colleagues.', '', 'Ivan Petrov: Thank you.'],
      [['Anna Sidorova', 'Good afternoon, colleagues.'], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'a label with no speech, a blank line, then its speech',
      ['Anna Sidorova:', '', 'Good afternoon, colleagues. We have three questions today.', '', 'Ivan Petrov: Thank you.'],
      [['Anna Sidorova', 'Good afternoon, colleagues. We have three questions today.'], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'the last turn with no speech: no detail (not the line after the body)',
      ['Ivan Petrov: Thank you.', 'Anna Sidorova:'],
      [['Ivan Petrov', 'Thank you.'], ['Anna Sidorova', '']],
    ],
    [
      'white space after the colon only',
      ['Anna Sidorova:   \u00a0', 'Я благодарю вас.', 'Ivan Petrov: Thank you.'],
      [['Anna Sidorova', 'Я благодарю вас.'], ['Ivan Petrov', 'Thank you.']],
    ],
  ];
  for (const [what, body, want] of rows) {
    it(what, () => {
      const text = page(body);
      const turns = buildOutline(parseTranscript(text), lineReader(text)).filter((e) => e.kind === 'turn');
      assert.deepStrictEqual(turns.map((e) => [e.name, e.detail]), want);
    });
  }
});
