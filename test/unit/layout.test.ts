import * as assert from 'assert';
import { parseTranscript, toOutlineJson, Transcript } from './service';
import { readRepoFile, SEED_MEETING, SEED_SUMMARY } from './helpers';

/** The model without line numbers and characters: what must not depend on the layout. */
function essence(model: Transcript, text: string) {
  const json = toOutlineJson(model, text);
  return {
    header: json.header,
    turns: json.turns.map((t) => [t.label, t.speaker, t.name, t.role]),
    speakers: json.speakers,
  };
}

/** Collapses blank-line paragraph separation into single newlines. */
const singleNewlines = (text: string) => text.replace(/\n(?:[ \t]*\n)+/g, '\n');

describe('layout variants give the same model', () => {
  for (const seed of [SEED_MEETING, SEED_SUMMARY]) {
    const lf = readRepoFile(seed);
    const base = parseTranscript(lf);
    const variants: [string, string, boolean][] = [
      // [name, text, same line numbers]
      ['CRLF', lf.replace(/\n/g, '\r\n'), true],
      ['BOM', '\ufeff' + lf, true],
      ['BOM + CRLF', '\ufeff' + lf.replace(/\n/g, '\r\n'), true],
      ['no final newline', lf.replace(/\s+$/, ''), true],
      ['single newlines between paragraphs', singleNewlines(lf), false],
      ['single newlines + CRLF', singleNewlines(lf).replace(/\n/g, '\r\n'), false],
      ['NBSP as plain spaces', lf.replace(/\u00a0/g, ' '), true],
    ];
    for (const [name, text, sameLines] of variants) {
      it(`${seed.split('/').pop()}: ${name}`, () => {
        const model = parseTranscript(text);
        const got = essence(model, text);
        const want = essence(base, lf);
        if (name.startsWith('NBSP')) {
          const strip = (o: unknown) => JSON.parse(JSON.stringify(o).replace(/\u00a0/g, ' '));
          assert.deepStrictEqual(strip(got), strip(want));
        } else {
          assert.deepStrictEqual(got, want);
        }
        if (sameLines) assert.deepStrictEqual(model.turns.map((t) => t.span.start.line), base.turns.map((t) => t.span.start.line));
      });
    }
  }

  it('the single-newline variant keeps turns in order at the shifted lines', () => {
    const model = parseTranscript(singleNewlines(readRepoFile(SEED_MEETING)));
    assert.strictEqual(model.turns.length, 17);
    assert.strictEqual(model.turns[0].span.start.line, 8);
  });
});

describe('bad input gives a sensible result', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['only newlines', '\n\n\r\n\n'],
    ['only chrome', 'View settings\n\nFont size:\nSite colours:\n\nOfficial website of the President of Russia\n'],
    ['binary-looking text', '\u0000\u0001\u0002PNG\r\n\u001a\n\u0000\u0000'],
    ['Russian text without speakers', 'Встреча с губернатором\n\n10 сентября 2025 года\n\nПрезидент провёл встречу: обсуждали экономику.\n'],
    ['a colon line of 1 MB', 'A '.repeat(500_000) + ':'],
    ['mixed scripts and emoji', 'Заголовок 🎉\n\nVladimir Путин: 👍 Хорошо.\n'],
  ];
  for (const [what, text] of inputs) {
    it(what, () => {
      const model = parseTranscript(text);
      assert.ok(Array.isArray(model.turns));
      for (const t of model.turns) assert.ok(t.span.start.line <= t.span.end.line);
    });
  }

  it('a text without speakers has no turns', () => {
    assert.strictEqual(parseTranscript('Some title\n\nA paragraph: with a colon in it.\n\nAnother one.').turns.length, 0);
  });

  it('a cancelled parse returns an empty model', () => {
    const model = parseTranscript(readRepoFile(SEED_MEETING), { token: { isCancellationRequested: true } });
    assert.strictEqual(model.turns.length, 0);
  });
});
