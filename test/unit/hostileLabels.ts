/**
 * Label-like lines that made the old speaker-label pattern backtrack
 * exponentially (issue 11), and variants built from every word list of
 * src/core/patterns.ts: up to MAX_LABEL_LENGTH characters before the colon,
 * words of one list repeated in each casing, all-capitals function words,
 * particles, asides, ordinals and commas. Deterministic (a fixed seed).
 * Used by the linear-time tests (unit and grammar) and by
 * scripts/bench/labels-adversarial.js.
 */
import {
  FUNCTION_WORDS, GENERIC_LABELS, INSTITUTION_WORDS, LOWERCASE_ROLE_WORDS, MAX_LABEL_LENGTH, NAME_PARTICLES, ROLE_WORDS,
  STOP_WORDS, TITLE_WORDS,
} from '../../src/core/profile/patterns';

/** A line, and the name of the turn it must give (null: it must give none). */
export interface HostileLine {
  readonly what: string;
  readonly line: string;
  readonly name: string | null;
  /** The part the TextMate grammar scopes as the name (after a title, the name without it), when not `name`. */
  readonly scopedName?: string;
}

/** The two lines of the issue: 42 s and 6 s with the old pattern. */
export const ISSUE_LINES: readonly string[] = [
  'Head IN AT IN AT IN AT IN AT IN AT IN AT IN AT IN AT IN AT IN AT IN AT ?:',
  'Head ' + 'OF '.repeat(20) + '?:',
];

const LISTS: readonly (readonly [string, readonly string[]])[] = [
  ['ROLE_WORDS', ROLE_WORDS], ['INSTITUTION_WORDS', INSTITUTION_WORDS], ['LOWERCASE_ROLE_WORDS', LOWERCASE_ROLE_WORDS],
  ['FUNCTION_WORDS', FUNCTION_WORDS], ['NAME_PARTICLES', NAME_PARTICLES], ['STOP_WORDS', STOP_WORDS],
  ['TITLE_WORDS', TITLE_WORDS], ['GENERIC_LABELS', GENERIC_LABELS],
];

const CASINGS: readonly (readonly [string, (w: string) => string])[] = [
  ['as listed', (w) => w],
  ['lower case', (w) => w.toLowerCase()],
  ['capitalised', (w) => w.charAt(0).toUpperCase() + w.slice(1)],
  ['capitals', (w) => w.toUpperCase()],
];

const SEPARATORS: readonly string[] = [' ', ', ', '\u00a0'];

/** `start`, then the units in turn (cycling) while the text before the colon stays within the label length, then `end`. */
function fill(start: string, units: readonly string[], end: string): string {
  let line = start;
  for (let i = 0; line.length + units[i % units.length].length + end.length - 1 <= MAX_LABEL_LENGTH; i++) line += units[i % units.length];
  return line + end;
}

/** A small deterministic generator (no Math.random: the batch is the same on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

/** Lines of one word list repeated, in each casing and with each separator: none is a label (`?:`). */
function listLines(): HostileLine[] {
  const out: HostileLine[] = [];
  for (const [list, words] of LISTS) {
    for (const [casing, cased] of CASINGS) {
      for (const sep of SEPARATORS) {
        out.push({ what: `${list}, ${casing}, separator ${JSON.stringify(sep)}`, line: fill('Head ', words.map((w) => cased(w) + sep), '?:'), name: null });
      }
    }
  }
  return out;
}

/** Pieces of roles that are neither words of a list nor names. */
const EXTRAS: readonly string[] = ['(OPCW)', '[Minister]', '1st', '12', '&', '-', '—', 'Ivan', 'Petrov', 'A.', 'M.Papchenkova', 'OLLI-PEKKA', 'People’s'];

/** Random mixtures of every list, the extras and separators: `count` lines. */
export function mixedLines(count: number, seed: number): HostileLine[] {
  const next = random(seed);
  const pool = [...LISTS.flatMap(([, words]) => words.flatMap((w) => CASINGS.map(([, cased]) => cased(w)))), ...EXTRAS];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const out: HostileLine[] = [];
  for (let i = 0; i < count; i++) {
    const units = Array.from({ length: 8 }, () => pick(pool) + pick(SEPARATORS));
    out.push({ what: `mixture ${i}`, line: fill('Head ', units, '?:'), name: null });
  }
  return out;
}

/** Words that a role may hold: with ` Ivan Petrov:` after them the line is a turn of Ivan Petrov. */
function acceptedLines(): HostileLine[] {
  const upperFunction = FUNCTION_WORDS.filter((w) => w.length > 1).map((w) => w.toUpperCase());
  const roles: readonly (readonly [string, readonly string[]])[] = [
    ['all-capitals function words', upperFunction],
    ['IN AT', ['IN ', 'AT ']],
    ['OF', ['OF ']],
    ['lower-case role words', LOWERCASE_ROLE_WORDS],
    ['role words', ROLE_WORDS],
    ['institution words', INSTITUTION_WORDS],
    ['role words with commas', ROLE_WORDS.map((w) => `${w}, `)],
    ['asides', ['(OPCW) ', '[Minister] ', 'of ']],
    ['deputy head', ['deputy ', 'head ']],
  ];
  const units = (words: readonly string[]) => words.map((w) => (w.endsWith(' ') ? w : w + ' '));
  return roles.flatMap(([what, words]): HostileLine[] => [
    { what: `a role of ${what}, then a name`, line: fill('Head ', units(words), 'Ivan Petrov:'), name: 'Ivan Petrov' },
    // The old pattern tried every reading of the role before a two-word name before it came to
    // the title: the match came only after that search, which Oniguruma gave up (no label scope).
    // (With `of` in the role, two words before it and the rest make a name and a trailing role.)
    ...(words.some((w) => /^of\b/i.test(w)) ? [] : [
      { what: `a role of ${what}, then a title and a name`, line: fill('Head ', units(words), 'King Abdullah:'), name: 'King Abdullah', scopedName: 'Abdullah' },
    ]),
  ]);
}

/** The whole batch: the issue's lines, each list repeated, accepted variants and 200 random mixtures. */
export function hostileLines(): HostileLine[] {
  return [
    ...ISSUE_LINES.map((line, i) => ({ what: `issue line ${i + 1}`, line, name: null })),
    ...listLines(),
    ...acceptedLines(),
    ...mixedLines(200, 11),
  ];
}
