/**
 * Issue 13 §4: a turn's start time, where the document gives one. The scanner
 * (`readTime`), the finder around a label (`findTurnTime`, given the label line and
 * the label's end, so it works for any label form), the model (`Turn.time`) and
 * its incremental updates. Lines are copied from the formats corpus (folder named
 * in each row; the corpus README gives the sources and licences); rows marked
 * "constructed" are the forms issue 13 names that the corpus does not hold.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fc from 'fast-check';
import * as path from 'path';
import { findTurnTime, readTime } from '../../src/core/parse';
import { TextLines } from '../../src/core/text';
import { applyChange, buildOutline, lineReader, OutlineBuilder, parseState, parseTranscript, ParseState } from './service';
import { fuzzRuns } from './fuzz';
import { changeOf } from './helpers';

describe('times: readTime reads one time at a given place', () => {
  // [text, expected [text, seconds, bracketed] or undefined]
  const rows: [string, [string, number, boolean] | undefined][] = [
    ['0:34', ['0:34', 34, false]],
    ['00:00:00', ['00:00:00', 0, false]],
    ['[00:00:30] Welcome', ['00:00:30', 30, true]],
    ['[22:45][loud laugh]', ['22:45', 1365, true]],
    ['(00:01:23):', ['00:01:23', 83, true]],
    ['1:02:03', ['1:02:03', 3723, false]],
    ['75:12', ['75:12', 4512, false]],
    ['00:00:07.360 --> 00:00:10.559', ['00:00:07.360', 7.36, false]],
    ['00:00:07,360 --> 00:00:10,559', ['00:00:07,360', 7.36, false]],
    ['00:02:08.19]', ['00:02:08.19', 128.19, false]],
    ['0:34.', ['0:34', 34, false]],
    ['3:1', undefined],
    ['12:345', undefined],
    ['1:02:03:04', undefined],
    ['0:34abc', undefined],
    ['1:60', undefined],
    ['1:75:00', undefined],
    ['1234:56', undefined],
    ['[00:01', undefined],
    ['[00:01)', undefined],
    ['[ 00:01]', undefined],
    ['[unintelligible 00:02:08.19]', undefined],
    ['2021-03-08', undefined],
    ['12.03.2021', undefined],
    ['00:00:07.3600', undefined],
    ['', undefined],
  ];
  for (const [text, want] of rows) {
    it(JSON.stringify(text), () => {
      const t = readTime(text, 0, text.length);
      assert.deepStrictEqual(t && [t.text, t.seconds, t.bracketed], want);
    });
  }

  it('reads only up to the end it is given', () => {
    assert.strictEqual(readTime('0:345', 0, 4)?.text, '0:34');
    assert.strictEqual(readTime('[0:34]', 0, 5), undefined);
  });
});

/** A row: what, the lines, the label line, the label's end on it, the time expected, the turn's last line (default: the last line). */
type FinderRow = [string, string[], number, number, string | undefined, number?];

describe('times: findTurnTime, given the label line and the label end', () => {
  const rows: FinderRow[] = [
    // timestamped/ (ladybug-01-new-career): the timestamp header after the name, speech after it.
    ['`Ali [00:00:00] text` (timestamped)', ["Ali [00:00:00] Today we're going to talk about how to get started in tech."], 0, 3, '00:00:00'],
    // timestamped/ (ladybug-03-blogging-101)
    ['`Lindsey [22:45][loud laugh]` (timestamped)', ['Lindsey [22:45][loud laugh]', '', 'Ali [22:45]'], 0, 7, '22:45'],
    ['`Kelly [00:20]` alone, speech on the next line (timestamped)', ['Kelly [00:20]', "Welcome to the Ladybug podcast. I'm Kelly."], 0, 5, '00:20'],
    // timestamped/ (ladybug-29-building-a-resume, ladybug-55-git-and-github): Otter.ai exports, two spaces around the time.
    ['Otter.ai `Kelly  0:23  ` (timestamped)', ['Kelly  0:23  ', "Welcome to the Ladybug podcast. I'm Kelly."], 0, 5, '0:23'],
    ['Otter.ai `Monica Powell  2:44  ` (timestamped)', ['Monica Powell  2:44  ', 'Um, so Git is a soft version control software.'], 0, 13, '2:44'],
    // timestamped/ (ladybug-16-javascript-frameworks): CRLF file, no trailing spaces on this header.
    ['Otter.ai `Ali 4:01` in a CRLF file (timestamped)', ['Ali 4:01\r', 'name for for the UCF\r'], 0, 3, '4:01'],
    // podcast/ (changelog-afk-1): Changelog puts `[mm:ss]` right after the colon.
    ['Changelog `Tim Smith: [01:46] text` (podcast)', ["Tim Smith: [01:46] Describing what Jason Snell does really can't be done with one word."], 0, 9, '01:46'],
    // podcast/ (changelog-bigtent-s2e1): a bracket that is not a time.
    ['`Mat Ryer: [unintelligible 00:02:08.19] text` is no time (podcast)', ['Mat Ryer: [unintelligible 00:02:08.19] Ed Welch, engineer on the Loki team'], 0, 8, undefined],
    // podcast/ (changelog-backstage-1): a time inside the speech.
    ['a time inside the speech is no time (podcast)', ["Adam Stacoviak: Scalable AI. That's a bad [unintelligible 00:15:36.02] joke"], 0, 14, undefined],
    // podcast/ (changelog-afk-1): `Break:` is not a turn; its time is not the previous turn's.
    ['`Break: [11:37]` after a turn is not that turn’s time (podcast)', ["Jason Snell: Well, it's both, right?", '', 'Going back to what I said', '', 'Break: [11:37]'], 0, 11, undefined],
    ['`Break: [11:37]` after a label alone is not its time (podcast)', ['Jason Snell:', 'Break: [11:37]'], 0, 11, undefined],
    // podcast/ (changelog-news-100): the label alone on its line; constructed: a time line after it.
    ['`Jerod Santo:` alone, then `0:00` (constructed on the changelog-news layout)', ['Jerod Santo:', '0:00', "What up, nerds? I'm Jerod and this is Changelog News."], 0, 11, '0:00'],
    ['`Travis:` alone, then `0:00` (constructed, the form issue 13 names)', ['Travis:', '0:00', 'So welcome to the show.'], 0, 6, '0:00'],
    ['a blank line between the label and the time', ['Travis:', '', '  [0:00]  ', 'So welcome to the show.'], 0, 6, '0:00'],
    ['the time line past the turn’s last line is not looked at', ['Travis:', '', '0:00'], 0, 6, undefined, 0],
    ['a label with speech: the next line’s time is not its time', ['Jason Snell: Well, it’s both.', '0:34', 'More.'], 0, 11, undefined],
    ['the first non-blank line is speech: a time after it is not the turn’s', ['Travis:', 'So welcome.', '0:00'], 0, 6, undefined],
    ['constructed: `Speaker Name (00:01:23):`', ['Speaker Name (00:01:23): Thanks for having me.'], 0, 23, '00:01:23'],
    ['constructed: `[00:01:23] Speaker Name:`', ['[00:01:23] Speaker Name: Thanks for having me.'], 0, 23, '00:01:23'],
    ['a remark in the label’s parentheses is no time', ['Vladimir Putin (retranslated): Thank you.'], 0, 29, undefined],
    // subtitles/ (vttjs-spec-example): the cue's start, the voice span right after the timing line.
    ['WebVTT `<v Roger Bingham>` under its cue timing (subtitles)', ['WEBVTT', '', '00:11.000 --> 00:13.000', '<v Roger Bingham>We are in New York City'], 3, 17, '00:11.000'],
    ['WebVTT cue with settings (subtitles)', ['00:30.500 --> 00:32.500 align:start size:50%', "<v Neil deGrasse Tyson>Didn't we talk about enough in that conversation?"], 1, 23, '00:30.500'],
    // subtitles/ (vttjs-cycle-collector-talk): two voices in one cue: both start at the cue.
    ['WebVTT second voice of a cue (subtitles)', ['00:04.000 --> 00:05.000', "<v Chris Pearce> Okay, we're good now.</v>", "<v Kyle Huey> Oh, now we're good?</v>"], 2, 13, '00:04.000'],
    // subtitles/ (ableplayer-blocks4all-captions)
    ['WebVTT `<v Boon\'s Dad>` (subtitles)', ['00:00:13.820 --> 00:00:19.500', "<v Boon's Dad> He's a thinker", 'and he likes to explore.'], 1, 14, '00:00:13.820'],
    ['constructed SRT from the same cue: number, timing with commas, `Name:`', ['3', '00:00:13,820 --> 00:00:19,500', "Boon's Dad: He's a thinker", 'and he likes to explore.'], 2, 10, '00:00:13,820'],
    ['a blank line ends the cue: the timing above it is another cue’s', ['00:00:13.820 --> 00:00:19.500', '', "Boon's Dad: He's a thinker"], 2, 10, undefined],
    ['the previous cue’s timing line is not this cue’s', ['00:00:10.560 --> 00:00:13.760', "He's up for almost anything.", '', "Boon's Dad: He's a thinker"], 3, 10, undefined],
    // Negatives: times and numbers that are speech.
    ['`16:40` in a sentence', ['Vladimir Putin: We met at 16:40 yesterday.'], 0, 14, undefined],
    ['`16:40` at the start of the speech, not alone', ['Vladimir Putin: 16:40 is when the meeting began.'], 0, 14, undefined],
    ['a ratio `3:1`', ['Anna Sidorova: 3:1'], 0, 13, undefined],
    ['a ratio on the next line', ['Anna Sidorova:', '3:1'], 0, 13, undefined],
    ['a date on the next line', ['Anna Sidorova:', '12.03.2021'], 0, 13, undefined],
    ['a date after the label', ['Anna Sidorova: 2021-03-08'], 0, 13, undefined],
  ];
  for (const [what, lines, line, labelEnd, want, last = lines.length - 1] of rows) {
    it(what, () => {
      assert.strictEqual(findTurnTime(TextLines.of(lines.join('\n')), line, labelEnd, last)?.text, want);
    });
  }

  it('gives the seconds with the text', () => {
    const text = '00:00:07,360 --> 00:00:10,559\nBoon’s Mom: Boon, he’s very excited';
    assert.deepStrictEqual(findTurnTime(TextLines.of(text), 1, 10, 1), { text: '00:00:07,360', seconds: 7.36 });
  });
});

/** The turns' [label, time] of a parsed text. */
function times(text: string): [string, string | undefined][] {
  return parseTranscript(text).turns.map((t) => [t.label, t.time?.text]);
}

describe('times: the model gives each turn its time (forms the parser finds)', () => {
  it('Changelog `Name: [mm:ss]` turns, and none for turns without (podcast/changelog-afk-1)', () => {
    const text = [
      "Tim Smith: [01:46] Describing what Jason Snell does really can't be done with one word.",
      '',
      'Jason Snell: Well, it\'s both, right? I mean, you have to do it.',
      '',
      'Break: [11:37]',
      '',
      'Tim Smith: [08:07] One of the things that I heard you say a few different times.',
      '',
      'Jason Snell: Yes.',
      '',
    ].join('\n');
    assert.deepStrictEqual(times(text), [['Tim Smith', '01:46'], ['Jason Snell', undefined], ['Tim Smith', '08:07'], ['Jason Snell', undefined]]);
  });

  it('the label alone, its time on the next line (constructed on the changelog-news layout)', () => {
    const text = ['Jerod Santo:', '0:00', "What up, nerds? I'm Jerod.", '', 'Adam Stacoviak:', '', '[1:02:03]', '', 'Thanks, Jerod.', '', 'Jerod Santo:', 'No time here.', ''].join('\n');
    assert.deepStrictEqual(times(text), [['Jerod Santo', '0:00'], ['Adam Stacoviak', '1:02:03'], ['Jerod Santo', undefined]]);
  });

  it('a Kremlin page has no turn times: its header time `18:40` is not one', () => {
    const text = ['Meeting with Government members', '', 'September 22, 2016', '18:40', 'The Kremlin, Moscow', '', 'Vladimir Putin: Good afternoon. We met at 16:40.', '', 'Anton Siluanov: 3:1 is the ratio.', ''].join('\n');
    const model = parseTranscript(text);
    assert.strictEqual(model.header.time?.value, '18:40');
    assert.deepStrictEqual(times(text), [['Vladimir Putin', undefined], ['Anton Siluanov', undefined]]);
  });
});

/** Applies one edit (`insert` in place of `[from, to)`) incrementally; returns the state (undefined: a full parse) and the text. */
function edit(state: ParseState, text: string, from: number, to: number, insert: string): { next: ParseState | undefined; text: string } {
  const next = applyChange(state, changeOf(text, from, to, insert));
  return { next, text: text.slice(0, from) + insert + text.slice(to) };
}

describe('times: incremental updates give the times of a full parse', () => {
  // The header search reads the first ten non-blank lines, and an edit there is a full parse: filler turns first.
  const filler = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'Adam Stacoviak' : 'Jerod Santo'}: Line ${i}.`);
  const base = [
    ...filler, '', 'Jerod Santo:', '0:00', 'What up, nerds?', '', "Tim Smith: [01:46] Describing what Jason Snell does.", '',
    'Jason Snell: Well, it\'s both.', '', '00:00:13.820 --> 00:00:19.500', "Boon's Dad: He's a thinker", 'and he likes to explore.', '',
    'Tim Smith: Thanks.', '', '00:00:20.000 --> 00:00:22.000', 'President of Russia Vladimir Putin: Good afternoon.', '',
    'Jason Snell: Bye.', '', ...filler, '',
  ].join('\n');
  // [what, text to find, offset in it, length to replace, insert]
  const rows: [string, string, number, number, string][] = [
    ['the time on the label line edited', '[01:46]', 1, 5, '02:47'],
    ['the time on the label line deleted', '[01:46] ', 0, 8, ''],
    ['the time line after a label alone edited', '0:00\n', 0, 4, '0:05'],
    ['the time line after a label alone made speech', '0:00\n', 0, 4, 'Hello'],
    ['a line with a time put after a label alone', 'Jerod Santo:\n', 12, 0, '\n[3:00]'],
    ['the cue timing line above a turn edited (within its line)', '00:00:13.820 -->', 6, 2, '14'],
    ['the cue timing line above a turn edited (the arrow deleted)', '00:00:13.820 -->', 12, 4, ''],
    ['a blank line put between the cue timing and the turn', '00:00:19.500\n', 12, 0, '\n'],
    ['a cue timing line put above a turn', 'Tim Smith: Thanks.', 0, 0, '00:01:00.000 --> 00:01:02.000\n'],
    ['a cue timing line put two lines above a turn', '\nTim Smith: Thanks.', 0, 0, '\n00:01:00.000 --> 00:01:02.000\nMore words.'],
    ['typing in the speech after a time', 'Describing', 0, 0, 'x'],
    ['a blank line put under a cue timing line: the turn with a role moves down and has no time', '00:00:22.000\n', 12, 0, '\n'],
    ['a cue timing line edited above a turn with a role', '00:00:20.000', 6, 2, '21'],
  ];
  for (const [what, find, at, length, insert] of rows) {
    it(what, () => {
      const state = parseState(base) as ParseState;
      const from = base.indexOf(find) + at;
      assert.ok(from >= at);
      const { next, text } = edit(state, base, from, from + length, insert);
      assert.ok(next, 'applied incrementally');
      assert.deepStrictEqual(next.model, parseTranscript(text));
      // An outline builder kept across the edit gives the outline of a full parse (a moved turn's detail holds its time).
      const builder = new OutlineBuilder();
      builder.build(state.model, lineReader(base));
      assert.deepStrictEqual(builder.build(next.model, lineReader(text)), buildOutline(parseTranscript(text), lineReader(text)));
    });
  }

  it('a time edited in a cue timing line gives the turn below it the new time, and keeps the other turns', () => {
    const state = parseState(base) as ParseState;
    const from = base.indexOf('00:00:13.820') + 6;
    const { next } = edit(state, base, from, from + 2, '14');
    assert.ok(next);
    const boon = next.model.turns.find((t) => t.label === "Boon's Dad");
    assert.deepStrictEqual(boon?.time, { text: '00:00:14.820', seconds: 14.82 });
    // The turn that holds the timing line is read again, and so is the turn whose time changed; the others are kept.
    const changed = next.model.turns.filter((t, i) => t !== state.model.turns[i]).map((t) => t.label);
    assert.deepStrictEqual(changed, ['Jason Snell', "Boon's Dad"]);
  });
});

describe('times: property: incremental models and outlines equal full ones on a timed document', function () {
  this.timeout(120_000);
  // Corpus forms the parser finds: Changelog (podcast/), labels alone with a time line, SRT-style cues (subtitles/).
  const filler = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'Adam Stacoviak' : 'Jerod Santo'}: Line ${i}.`);
  const cue = (n: number, name: string) => [`${n}`, `00:00:${String(10 + n).padStart(2, '0')},360 --> 00:00:${String(11 + n).padStart(2, '0')},000`, `${name}: Words ${n}.`, ''];
  const doc = [
    ...filler, '',
    "Tim Smith: [01:46] Describing what Jason Snell does.", '', "Jason Snell: Well, it's both.", '', 'Break: [11:37]', '',
    'Jerod Santo:', '0:00', 'What up, nerds?', '', 'President of Russia Vladimir Putin:', '', '[1:02:03]', 'Good afternoon.', '',
    ...cue(1, "Boon's Dad"), ...cue(2, "Boon's Mom"), ...cue(3, 'President of Russia Vladimir Putin'), ...cue(4, "Boon's Dad"),
    ...filler, '',
  ].join('\n');
  const INSERTS = ['\n', '\n\n', '0', ':', ' ', '[0:34] ', '0:00\n', '00:00:07.360 --> 00:00:10.559\n', "Boon's Dad: ", 'Tim Smith:\n', '-->', ']', 'x', ''];
  const arb = fc.record({
    edits: fc.array(fc.record({ at: fc.nat(999), length: fc.nat(16), insert: fc.constantFrom(...INSERTS) }), { minLength: 1, maxLength: 6 }),
  });

  it('after random edits around times, cue timings and labels', () => {
    let incremental = 0;
    fc.assert(
      fc.property(arb, ({ edits }) => {
        let state = parseState(doc) as ParseState;
        let text = doc;
        const builder = new OutlineBuilder();
        builder.build(state.model, lineReader(text));
        for (const e of edits) {
          // Edits in the timed middle of the document (the filler's header and footer lines are a full parse).
          const lo = doc.indexOf('Tim Smith');
          const from = lo + Math.floor((e.at / 1000) * Math.max(1, text.length - lo - 200));
          const to = Math.min(text.length, from + e.length);
          const r = edit(state, text, from, to, e.insert);
          text = r.text;
          if (r.next) incremental++;
          state = r.next ?? (parseState(text) as ParseState);
          const full = parseTranscript(text);
          assert.deepStrictEqual(state.model, full);
          assert.deepStrictEqual(builder.build(state.model, lineReader(text)), buildOutline(full, lineReader(text)));
        }
      }),
      fuzzRuns(150, 13),
    );
    assert.ok(incremental > 200, `${incremental} edits applied incrementally`);
  });
});

describe('times: linear on hostile lines (hang guard)', function () {
  const HANG_GUARD_MS = 20_000;
  this.timeout(2 * HANG_GUARD_MS);

  it('1 MB lines of digits and colons, brackets and spaces: the finder and a parse finish, with no time', () => {
    // In a child process, killed when the guard runs out (a quadratic scan of 1 MB would block for hours).
    const core = JSON.stringify(path.join(__dirname, '..', '..', 'src', 'core'));
    const script = `
      const { findTurnTime } = require(${core} + '/parse');
      const { TextLines } = require(${core} + '/text');
      const { parseTranscript } = require(${core} + '/parse');
      const MB = 1 << 20;
      const hostile = ['12:34:'.repeat(MB / 6), '1' + '12:34:'.repeat(MB / 6), '(1:2)'.repeat(MB / 5), '[('.repeat(MB / 2), ' '.repeat(MB) + '0'];
      const out = [];
      for (const line of hostile) {
        const lines = Array(9).fill(line + ' --> ' + line);
        lines.push('Anna Sidorova: ' + line, line, line);
        const source = TextLines.of(lines.join('\\n'));
        out.push(findTurnTime(source, 9, 13, 11) ?? null, findTurnTime(source, 9, 15 + 5 * 1000, 11) ?? null);
        const model = parseTranscript(['Anna Sidorova:', line, line, 'Ivan Petrov: ' + line, line].join('\\n'));
        out.push([model.turns.length, model.turns.filter((t) => t.time).length]);
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: HANG_GUARD_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 });
    assert.ok(r.signal === null && r.status === 0, `did not finish within ${HANG_GUARD_MS / 1000} s (signal ${r.signal}, exit ${r.status})\n${r.stderr}`);
    assert.deepStrictEqual(JSON.parse(r.stdout), Array(5).fill([null, null, [2, 0]]).flat());
  });
});
