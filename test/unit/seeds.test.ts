import * as assert from 'assert';
import { parseTranscript } from './service';
import { readRepoFile, SEED_MEETING, SEED_SUMMARY } from './helpers';

describe('seed: meeting with newly elected regional heads', () => {
  const model = parseTranscript(readRepoFile(SEED_MEETING));

  it('finds the 17 turns at the lines of the page', () => {
    assert.deepStrictEqual(
      model.turns.map((t) => t.span.start.line + 1),
      [17, 55, 73, 77, 79, 81, 97, 101, 103, 105, 117, 123, 125, 127, 129, 131, 145],
    );
  });

  it('groups the turns into 5 speakers with their roles', () => {
    assert.deepStrictEqual(
      model.speakers.map((s) => [s.name, s.role, s.turns.length]),
      [
        ['Vladimir Putin', 'President of Russia', 9],
        ['Sergei Sobyanin', 'Moscow Mayor', 1],
        ['Denis Pushilin', 'Head of the Donetsk People’s Republic', 2],
        ['Leonid Pasechnik', 'Head of the Lugansk People’s Republic', 3],
        ['Mikhail Kotyukov', 'Krasnoyarsk Territory Governor', 2],
      ],
    );
  });

  it('reads the header: title, date and place; the chrome above it is not content', () => {
    assert.strictEqual(model.header.title?.value, 'Meeting with newly elected regional heads');
    assert.strictEqual(model.header.date?.value, 'September 28, 2023');
    assert.strictEqual(model.header.place?.value, 'The Kremlin, Moscow');
    assert.strictEqual(model.header.time, undefined);
    const chrome = model.paragraphs.filter((p) => p.kind === 'chrome').map((p) => p.line + 1);
    assert.deepStrictEqual(chrome, [1, 3, 4, 7, 9]);
  });

  it('does not take prose with a colon for a turn (line 39)', () => {
    assert.ok(!model.turns.some((t) => t.span.start.line === 38));
  });

  it('ends the last turn before the repeated date line of the footer', () => {
    const last = model.turns[model.turns.length - 1];
    assert.strictEqual(last.span.end.line + 1, 157);
    assert.strictEqual(model.paragraphs.find((p) => p.line === 159)?.kind, 'date');
  });

  it('records the role and name ranges of a label', () => {
    const kotyukov = model.turns[13];
    const line = readRepoFile(SEED_MEETING).split('\n')[kotyukov.span.start.line];
    const slice = (s: { start: { character: number }; end: { character: number } } | undefined) =>
      s ? line.slice(s.start.character, s.end.character) : undefined;
    assert.strictEqual(slice(kotyukov.labelSpan), 'Krasnoyarsk Territory Governor Mikhail Kotyukov');
    assert.strictEqual(slice(kotyukov.roleSpan), 'Krasnoyarsk Territory Governor');
    assert.strictEqual(slice(kotyukov.nameSpan), 'Mikhail Kotyukov');
    assert.strictEqual(line.slice(kotyukov.speechStart.character, kotyukov.speechStart.character + 6), 'May I,');
  });
});

describe('seed: summary of a meeting (no speaker lines)', () => {
  const model = parseTranscript(readRepoFile(SEED_SUMMARY));

  it('has no turns', () => {
    assert.strictEqual(model.turns.length, 0);
    assert.strictEqual(model.speakers.length, 0);
  });

  it('reads the header from separate date, time and place lines after the lead', () => {
    assert.strictEqual(model.header.title?.value, 'Meeting with Smolensk Region Governor Vasily Anokhin');
    assert.strictEqual(model.header.date?.value, 'September 10, 2025');
    assert.strictEqual(model.header.time?.value, '14:10');
    assert.strictEqual(model.header.place?.value, 'The Kremlin, Moscow');
  });

  it('recognises the GlobalSecurity.org footer as chrome', () => {
    const chrome = model.paragraphs.filter((p) => p.kind === 'chrome').map((p) => p.line + 1);
    assert.deepStrictEqual(chrome, [19, 20, 21, 22, 23]);
    assert.strictEqual(model.bodyEnd + 1, 18);
  });
});
