/**
 * Words and stems for the topic model: the one tokenizer and the one stemmer shared by the
 * runtime (segment.ts), the keyword compiler (lexicon.ts) and the lexicon builder
 * (scripts/build-topics.js bundles this file), so a keyword and a word of the text always
 * reduce to the same key.
 *
 * The stemmer is a light, deterministic suffix stripper (`light-1`): it conflates plurals and
 * the -ing/-ed forms and drops a final e, nothing more, so `hospitals` = `hospital`,
 * `producing` = `produced` = `produce`, but `general` and `generation` stay apart.
 */

/** Version of {@link stem}; the lexicon records it, and a lexicon built with another is rejected. */
export const STEMMER = 'light-1';

/** Words the rules would damage, with their stems. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['news', 'news'], // not the plural of `new`
  ['series', 'series'],
  ['species', 'species'],
  ['always', 'always'],
  ['perhaps', 'perhaps'],
  ['whereas', 'whereas'],
  ['means', 'means'],
  ['training', 'training'], // vocational training, not the trains of a railway
  ['trainings', 'training'],
  ['housing', 'housing'], // housing policy, not the lower house
  ['during', 'during'],
  ['nothing', 'nothing'],
  ['something', 'something'],
  ['anything', 'anything'],
  ['everything', 'everything'],
  ['morning', 'morning'],
  ['evening', 'evening'],
  ['united', 'united'], // United Russia, United Nations: not `unit`
  ['states', 'states'], // United States, member states: not `state`
  ['agreed', 'agre'], // -eed is left alone (need, seed, breed), so the past tenses of -ee verbs are listed
  ['guaranteed', 'guarante'],
]);

/** True for a letter or digit that can be part of a word (Latin, Cyrillic and other letters above U+00BF). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && !isWordBreak(c));
}

/** Punctuation and spaces above U+00BF that end a word: dashes, quotes, NBSP-like spaces, bullets. */
function isWordBreak(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || (c >= 0x2190 && c <= 0x2bff) || (c >= 0xfe30 && c <= 0xfe4f);
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(w.charCodeAt(i))) return true;
  return false;
}

/** Drops one of a doubled final consonant (`planned` -> `plann` -> `plan`), except l, s and z (`install`, `pass`). */
function undouble(w: string): string {
  const n = w.length;
  if (n < 4) return w;
  const c = w.charCodeAt(n - 1);
  if (c === w.charCodeAt(n - 2) && !isVowel(c) && c !== 108 && c !== 115 && c !== 122 && c >= 97 && c <= 122) return w.slice(0, -1);
  return w;
}

/**
 * The stem of a lower-case word. Words of three letters or fewer, and words with characters
 * outside a–z (Cyrillic, digits), are returned as they are.
 */
export function stem(word: string): string {
  const known = EXCEPTIONS.get(word);
  if (known !== undefined) return known;
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  // Plurals and third person: -ies, -sses, -s (not -ss, -us, -is).
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // -ing and -ed, when a syllable of at least three letters remains.
  if (w.endsWith('ing') && w.length >= 6 && hasVowel(w, w.length - 3)) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  // (-eed is left alone: need, seed, speed, breed are not past tenses.)
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && hasVowel(w, w.length - 2)) w = undouble(w.slice(0, -2));
  // A final e, so that `house`, `housed` and `houses` meet (`produce`, `produced`).
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A word of a text: its offsets and its lower-case form. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/** The words (runs of letters and digits) of a range of a text, in order. Hyphens and apostrophes split words. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isWordCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordCode(text.charCodeAt(i))) i++;
    if (i > start) out.push({ start, end: i, lower: text.slice(start, i).toLowerCase() });
  }
  return out;
}

/** True for a word written in capitals (an acronym such as `SMO`, `UN`, `G20`): at least two characters, one a letter. */
export function isAcronym(raw: string): boolean {
  return raw.length >= 2 && raw !== raw.toLowerCase() && raw === raw.toUpperCase();
}
