/**
 * The linear label matcher (src/core/labelMatcher.ts running SPEAKER_LABEL)
 * and the grammar's pattern (SPEAKER_LABEL_SOURCE) against the pattern as it
 * was before issue 11 (legacySpeakerLabelSource(), the same word lists): on
 * every line they must find the same match with the same groups (role, name,
 * bare name, titled role and name, trailing role, remark, colon), at the same
 * offsets. The legacy pattern is fast on these lines (real labels, and random
 * ones of up to 8 words); the hostile lines are compared without it.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { compileLabelMatcher } from '../../src/core/parse/labelMatcher';
import {
  FUNCTION_WORDS, GENERIC_LABELS, INSTITUTION_WORDS, LabelGroup, legacySpeakerLabelSource, LOWERCASE_ROLE_WORDS, MAX_LABEL_LENGTH,
  NAME_PARTICLES, ROLE_WORDS, SPEAKER_LABEL, SPEAKER_LABEL_SOURCE, STOP_WORDS, TITLE_WORDS,
} from '../../src/core/profile/patterns';
import { CORPUS_DEV } from './corpusFixture';
import { fuzzRuns } from './fuzz';
import { ROOT } from './helpers';
import { hostileLines } from './hostileLabels';

const legacy = new RegExp(legacySpeakerLabelSource(), 'ud');
const grammar = new RegExp(SPEAKER_LABEL_SOURCE, 'ud');
const matcher = compileLabelMatcher(SPEAKER_LABEL, LabelGroup.colon);

type Spans = readonly number[] | null;

/** `[start0, end0, start1, end1, …]` of a regular expression's match (-1 for an unset group), or null. */
function regexSpans(re: RegExp, head: string): Spans {
  const m = re.exec(head);
  if (!m || !m.indices) return null;
  const out: number[] = [];
  for (let g = 0; g <= LabelGroup.colon; g++) out.push(...(m.indices[g] ?? [-1, -1]));
  return out;
}

function matcherSpans(head: string): Spans {
  const s = matcher.spans(head);
  return s && Array.from(s);
}

/** The text of a line up to its first colon, as matchLabel hands it over (undefined: no colon near the start). */
function headOf(line: string): string | undefined {
  const colon = line.indexOf(':');
  return colon >= 0 && colon <= MAX_LABEL_LENGTH ? line.slice(0, colon + 1) : undefined;
}

function headsIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => headOf(l.replace(/\r$/, ''))))
    .filter((h): h is string => h !== undefined);
}

function assertSameAsLegacy(head: string): void {
  const expected = regexSpans(legacy, head);
  assert.deepStrictEqual(matcherSpans(head), expected, `matcher on ${JSON.stringify(head)}`);
  assert.deepStrictEqual(regexSpans(grammar, head), expected, `SPEAKER_LABEL_SOURCE on ${JSON.stringify(head)}`);
}


/** Words of a label and words that test the edges of the word classes. */
const ODD_WORDS: readonly string[] = [
  'I', 'OF.', "OF'", 'of-', 'Of', 'A1', 'x?', '"Quoted"', 'Jose\u0301', '𝐀bc', 'Ab.Cd', 'A.B.', 'A.', 'VladimirPutin', 'aB',
  '(in English)', '(x', '[y]', '(', ')', '[', ']', '(a(b)', '12345', '1st', '22nd', '7', ',', '.', '’', "'", 'Grand Duke',
  'deputy head', 'head teacher', 'chief executive', 'Mr', 'Владимир', 'Путин', 'Ülkü', 'O’Brien', 'Jean-Luc', 'OLLI-PEKKA',
  'Ivan', 'Petrov', 'Mohammed', 'Salman', 'Kirill', '&', '-', '—', '–', 'M.Papchenkova', 'Editor-in-Chief',
];
const LISTS = [ROLE_WORDS, INSTITUTION_WORDS, LOWERCASE_ROLE_WORDS, FUNCTION_WORDS, NAME_PARTICLES, STOP_WORDS, TITLE_WORDS, GENERIC_LABELS];
const WORDS = [...new Set([
  ...LISTS.flatMap((list) => list.flatMap((w) => [w, w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()])),
  ...ODD_WORDS,
])];
const SEPARATORS = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\u200b', ', ', ',', '', ' , ', ' (OPCW) ', ' [Minister] '];
const ENDINGS = [':', ':', ' :', '\u00a0:', ' (retranslated):', ' (retranslated:', '(in English) :', ' ?:', ') :', ', Editor of Ogonyok:', ' of Moscow:', ' (a) (b):'];

/** Any 1 to 8 words of every list, with separators and an ending. */
const wordSoupArb = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }), fc.constantFrom(...ENDINGS))
  .map(([words, end]) => words.map(([w, s], i) => (i < words.length - 1 ? w + s : w)).join('') + end);

const NAMES = ['Ivan', 'Petrov', 'Mohammed', 'Salman', 'Kirill', 'A.', 'M.Papchenkova', 'VladimirPutin', 'O’Brien', 'Jean-Luc', 'OLLI-PEKKA', 'Владимир', 'Путин', 'Ülkü', 'IVAN', 'Just', 'President', 'Moscow', 'OF', 'I'];
/** Words a role may hold (and a few that it may not). */
const ROLE_POOL = [
  ...ROLE_WORDS, ...INSTITUTION_WORDS, ...LOWERCASE_ROLE_WORDS, ...FUNCTION_WORDS, ...FUNCTION_WORDS.map((w) => w.toUpperCase()),
  ...ROLE_WORDS.map((w) => w.toUpperCase()), '(OPCW)', '[Minister]', '1st', '22nd', 'People’s', 'Donetsk', 'we', 'I', 'Of', 'A1',
];
const wordsArb = (pool: readonly string[], min: number, max: number) => fc.array(fc.constantFrom(...pool), { minLength: min, maxLength: max });
const sepArb = fc.constantFrom(' ', ' ', '\u00a0', ', ', '  ');

/** Shaped like a label: role words, maybe a title, name words (maybe a particle), maybe a trailing role, an ending. */
const labelShapedArb = fc
  .tuple(
    wordsArb(ROLE_POOL, 0, 4), fc.option(fc.constantFrom(...TITLE_WORDS, 'KING', 'grand duke')), wordsArb([...NAMES, ...NAME_PARTICLES], 1, 4),
    fc.option(fc.tuple(fc.constantFrom(', ', ' of ', ' OF ', ',', ' '), wordsArb([...ROLE_POOL, ...NAMES, ...TITLE_WORDS], 1, 3))), fc.constantFrom(...ENDINGS), sepArb,
  )
  .map(([role, title, name, trailing, end, sep]) =>
    [...role, ...(title ? [title] : []), ...name].join(sep) + (trailing ? trailing[0] + trailing[1].join(sep) : '') + end);

/** Titles and names in turn (`King Abdullah, King Salman`): where a title is read first decides the groups. */
const titledArb = fc
  .array(fc.tuple(fc.constantFrom(...TITLE_WORDS, 'Head', 'His'), fc.constantFrom(...NAMES), fc.constantFrom(', ', ' of ', ' ')), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom(...ENDINGS).map((end) => parts.map(([t, n, s]) => `${t} ${n}${s}`).join('').replace(/(, | of | )$/, '') + end));

/** A label-like line up to its colon, of up to about 8 words from every word list. */
const headArb = fc.oneof(wordSoupArb, labelShapedArb, titledArb);

describe('speaker-label matcher: differential against the legacy pattern', function () {
  this.timeout(60_000);

  it('differential: every line of the fixtures and of the development corpus (test/fixtures/corpus/dev) with a colon gets the legacy match and groups', () => {
    const fixtures = headsIn(path.join(ROOT, 'test', 'fixtures', 'kremlin'));
    assert.ok(fixtures.length > 500, `${fixtures.length} heads`);
    assert.ok(fixtures.filter((h) => regexSpans(legacy, h)).length > 300, 'many of them are labels');
    const dev = headsIn(CORPUS_DEV);
    assert.ok(dev.length > 2000, `${dev.length} heads in the development corpus`);
    for (const head of [...fixtures, ...dev]) assertSameAsLegacy(head);
  });

  it('differential property: random label-like lines of up to 8 words from every word list get the legacy match and groups', () => {
    fc.assert(fc.property(headArb, (head) => assertSameAsLegacy(head)), fuzzRuns(1500, 11));
  });

  it('differential: the matcher and SPEAKER_LABEL_SOURCE agree on the hostile lines (which the legacy pattern cannot finish)', () => {
    for (const { line } of hostileLines()) {
      assert.deepStrictEqual(matcherSpans(line), regexSpans(grammar, line), JSON.stringify(line));
    }
  });

  it('the matcher’s groups on real labels (a check of the comparison itself)', () => {
    const rows: [string, (string | undefined)[]][] = [
      ['Krasnoyarsk Territory Governor Mikhail Kotyukov:', ['Krasnoyarsk Territory Governor Mikhail Kotyukov:', undefined, 'Krasnoyarsk Territory Governor', 'Mikhail Kotyukov', undefined, undefined, undefined, undefined, ':']],
      ['Patriarch Kirill of\u00a0Moscow and\u00a0All Russia:', ['Patriarch Kirill of\u00a0Moscow and\u00a0All Russia:', undefined, undefined, undefined, 'Patriarch', 'Kirill', ' of\u00a0Moscow and\u00a0All Russia', undefined, ':']],
      ['Vladimir Putin (retranslated) :', ['Vladimir Putin (retranslated) :', 'Vladimir Putin', undefined, undefined, undefined, undefined, undefined, '(retranslated)', ':']],
      ['King Abdullah, King Salman:', ['King Abdullah, King Salman:', undefined, undefined, undefined, 'King', 'Abdullah', ', King Salman', undefined, ':']],
      ['Head IN AT IN AT ?:', null as unknown as (string | undefined)[]],
    ];
    for (const [head, groups] of rows) assert.deepStrictEqual(matcher.exec(head), groups, head);
  });
});
