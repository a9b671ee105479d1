import * as assert from 'assert';
import { BoundedMap, hashRange, hashStep, lineReader, lineRef, lowerBound, readerLines, tableHash, TextLines, trieRegex } from '../../src/core/text';

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asIs = (c: string) => c;

describe('core/text: the shared tools (one hash, one binary search, one trie regex, one bounded memo)', () => {
  it('hashRange: the 31-based hash of the table keys, the same for the same characters anywhere', () => {
    const cases: [string, number, number, number][] = [
      ['', 0, 0, 0],
      ['A', 0, 1, 65],
      ['Aa', 0, 2, 65 * 31 + 97],
      ['BB', 0, 2, 66 * 31 + 66], // = 2112, as `Aa`: the colliding words TextTable must survive
      ['Mr Putin: yes', 3, 9, hashRange('Putin:', 0, 6)],
    ];
    for (const [text, start, end, expected] of cases) assert.strictEqual(hashRange(text, start, end), expected, `${text}[${start}, ${end})`);
    assert.strictEqual(hashStep(hashStep(0, 65), 97), 2112);
    const long = hashRange('Krasnoyarsk Territory Governor Mikhail Kotyukov:'.repeat(20), 0, 980);
    assert.ok(long >= 0 && long < 2 ** 30 && tableHash(long) === long, `${long} is a table hash`);
  });

  it('lowerBound: the first index at which `before` turns false, within [lo, hi)', () => {
    const lines = [1, 3, 3, 7];
    const cases: [number, number, number, number][] = [
      // [lo, hi, value, first index whose line is not below value]
      [0, 4, 0, 0],
      [0, 4, 1, 0],
      [0, 4, 2, 1],
      [0, 4, 3, 1],
      [0, 4, 7, 3],
      [0, 4, 8, 4],
      [2, 4, 0, 2],
      [0, 0, 5, 0],
    ];
    for (const [lo, hi, value, expected] of cases) assert.strictEqual(lowerBound(lo, hi, (i) => lines[i] < value), expected, `${value} in [${lo}, ${hi})`);
  });

  it('trieRegex: the words as a trie, in both styles', () => {
    const cases: [string[], boolean, string][] = [
      [['President', 'Presidential', 'Prime'], false, 'Pr(?:esident(?:ial)?|ime)'],
      [['Ab', 'M', 'N'], false, '(?:Ab|M|N)'],
      [['Ab', 'M', 'N'], true, '(?:Ab|[MN])'],
      [['A', 'Ab', 'Ac'], false, 'A(?:b|c)?'],
      [['A', 'Ab', 'Ac'], true, 'A(?:[bc])?'],
      [['Mr.', 'Ms.'], false, 'M(?:r\\.|s\\.)'],
      [[], false, ''],
      [[''], true, ''],
    ];
    for (const [words, leafClass, expected] of cases) assert.strictEqual(trieRegex(words, { char: escape, leafClass }), expected, `${words} ${leafClass}`);
    // A character written as a class cannot join a class of leaves.
    const apostrophe = (c: string) => (c === "'" ? "['’]" : c);
    assert.strictEqual(trieRegex(["O'", 'Ob'], { char: apostrophe, leafClass: true }), "O(?:['’]|b)");
    assert.strictEqual(trieRegex(['Ob', 'Oc'], { char: asIs, leafClass: true }), 'O[bc]');
  });

  it('trieRegex: matches exactly the words it was given', () => {
    const words = ['Minister', 'Ministers', 'Mayor', 'Acting', 'Deputy', 'Deputy Head', 'of'];
    for (const leafClass of [false, true]) {
      const re = new RegExp(`^(?:${trieRegex(words, { char: escape, leafClass })})$`);
      for (const w of words) assert.ok(re.test(w), `${w} (leafClass ${leafClass})`);
      for (const w of ['Minist', 'Ministerial', 'Deputy H', 'o', '']) assert.ok(!re.test(w), `not ${w} (leafClass ${leafClass})`);
    }
  });

  it('BoundedMap: a memo cleared when it holds `limit` entries', () => {
    const memo = new BoundedMap<string, string | undefined>(2);
    memo.set('Vladimir Putin', 'vladimir putin');
    memo.set('Question', undefined);
    assert.ok(memo.has('Question'), 'an undefined value is kept');
    assert.strictEqual(memo.get('Vladimir Putin'), 'vladimir putin');
    memo.set('Dmitry Peskov', 'dmitry peskov');
    assert.ok(!memo.has('Vladimir Putin') && !memo.has('Question'), 'cleared when full');
    assert.strictEqual(memo.get('Dmitry Peskov'), 'dmitry peskov');
  });
});

describe('core/text: the line sources', () => {
  it('readerLines and TextLines.of give the same lines', () => {
    const text = 'Vladimir Putin: Good afternoon.\r\n\r\nQuestion: Mr President,\nthank you.';
    const expected = ['Vladimir Putin: Good afternoon.', '', 'Question: Mr President,', 'thank you.'];
    const fromText = TextLines.of(text);
    const fromReader = readerLines(lineReader(text));
    const ref = lineRef();
    for (const [line, want] of expected.entries()) {
      for (const source of [fromText, fromReader]) {
        const r = source.line(line, ref);
        assert.strictEqual(r.text.slice(r.start, r.end), want, `line ${line}`);
      }
    }
  });
});
