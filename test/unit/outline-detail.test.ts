import * as assert from 'assert';
import { buildOutline, lineReader, parseTranscript, testService } from './service';

const { outline } = testService;

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

describe('outline: a turn\'s start time stands before its detail (issue 13 §4)', () => {
  // [what (corpus folder), body lines, [name, detail] of each turn]
  const rows: [string, string[], [string, string][]][] = [
    [
      'Changelog `Name: [mm:ss] speech` (podcast/changelog-afk-1): the time, then the speech without it',
      ["Tim Smith: [01:46] Describing what Jason Snell does really can't be done with one word.", '', 'Jason Snell: Well, it\'s both, right?'],
      [['Tim Smith', "01:46 · Describing what Jason Snell does really can't be…"], ['Jason Snell', "Well, it's both, right?"]],
    ],
    [
      'the label alone, the time on the next line, then the speech (constructed on podcast/changelog-news-100)',
      ['Jerod Santo:', '0:00', "What up, nerds? I'm Jerod and this is Changelog News.", '', 'Adam Stacoviak:', '[0:42]', '', 'Ivan Petrov: Thank you.'],
      [['Jerod Santo', "0:00 · What up, nerds? I'm Jerod and this is…"], ['Adam Stacoviak', '0:42'], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'a speaker with a role: the time, then the role',
      ['President of Russia Vladimir Putin: [06:14] Good afternoon, colleagues.', 'Ivan Petrov: Thank you.'],
      [['Vladimir Putin', '06:14 · President of Russia'], ['Ivan Petrov', 'Thank you.']],
    ],
    [
      'a subtitle cue: the cue’s start, then the speech (constructed SRT on subtitles/ableplayer-blocks4all-captions)',
      ['3', '00:00:13,820 --> 00:00:19,500', "Boon's Dad: He's a thinker", 'and he likes to explore.', '', '4', '00:00:19,620 --> 00:00:21,680', "Boon's Mom: He's not afraid to do things."],
      [["Boon's Dad", "00:00:13,820 · He's a thinker"], ["Boon's Mom", "00:00:19,620 · He's not afraid to do things."]],
    ],
    [
      'a time in the speech is speech (no time)',
      ['Anna Sidorova: We met at 16:40, as agreed.', 'Ivan Petrov: 16:40 was too late.'],
      [['Anna Sidorova', 'We met at 16:40, as agreed.'], ['Ivan Petrov', '16:40 was too late.']],
    ],
  ];
  for (const [what, body, want] of rows) {
    it(what, () => {
      const text = page(body);
      const turns = buildOutline(parseTranscript(text), lineReader(text)).filter((e) => e.kind === 'turn');
      assert.deepStrictEqual(turns.map((e) => [e.name, e.detail]), want);
    });
  }

  it('speechDetail (the pickers’ preview) is the speech without the time; timedDetail puts it back', () => {
    const text = page(["Tim Smith: [01:46] Describing what Jason Snell does really can't be done with one word."]);
    const turn = parseTranscript(text).turns[0];
    const detail = outline.speechDetail(turn, lineReader(text), 4);
    assert.strictEqual(detail, 'Describing what Jason Snell…');
    assert.strictEqual(outline.timedDetail(turn, detail), '01:46 · Describing what Jason Snell…');
  });
});
