/**
 * The tokens place names are matched on: words, dashes, possessive ’s and single punctuation
 * characters, with their normalised keys. Names in the data and the text being scanned go
 * through the same functions, so `Donetsk People’s Republic`, `Donetsk People's Republic` and
 * `Republic of North Ossetia — Alania` / `North Ossetia-Alania` meet on the same keys.
 */
import { hashStep, isSpace, tableHash } from '../text';

/** Character classes, bits of one byte per UTF-16 code unit. */
export const Char = { Word: 1, Upper: 2, Lower: 4, Apostrophe: 8, Dash: 16, Space: 32, Cyrillic: 64 } as const;

/** The class of every UTF-16 code unit (64 KB), built once when the module loads and never written again. */
export function charTable(): Uint8Array {
  return CHAR_TABLE;
}

function buildCharTable(): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c !== 10 && (isSpace(c) || c === 11 || c === 12 || c === 0x85)) t[c] = Char.Space;
    else if (c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc) t[c] = Char.Apostrophe;
    else if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) t[c] = Char.Dash;
    else if (isWordCode(c)) {
      let bits = Char.Word;
      if (c < 0x2000) {
        const ch = String.fromCharCode(c);
        if (ch.toLowerCase() !== ch) bits |= Char.Upper;
        else if (ch.toUpperCase() !== ch) bits |= Char.Lower;
      }
      if (c >= 0x400 && c <= 0x52f) bits |= Char.Cyrillic;
      t[c] = bits;
    }
  }
  return t;
}

const CHAR_TABLE: Readonly<Uint8Array> = buildCharTable();

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, boxes
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji): never part of a name
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return c !== 0xfeff && c !== 0xfffd;
}

/**
 * What kind of token {@link readToken} found: the end of a line or of the text (names never
 * span lines), a word, a possessive ’s, a dash or hyphen (key `-`), or any other single
 * non-space character (the key is the character, apostrophes as `'`).
 */
export const Tok = { Break: 0, Word: 1, Possessive: 2, Dash: 3, Punct: 4 } as const;
export type TokKind = (typeof Tok)[keyof typeof Tok];

/** A token: its kind and where it stands. */
export interface Token {
  kind: TokKind;
  start: number;
  end: number;
}

/**
 * End of the word starting at `start`: letters, digits and apostrophes between letters; a
 * possessive ’s (apostrophe, s, then no letter) is left out.
 */
export function wordEnd(text: string, start: number, t: Uint8Array): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const bits = t[text.charCodeAt(i)];
    if (bits & Char.Word) {
      i++;
    } else if (bits & Char.Apostrophe && i + 1 < n && t[text.charCodeAt(i + 1)] & Char.Word) {
      const next = text.charCodeAt(i + 1);
      if ((next === 115 || next === 83) && !(i + 2 < n && t[text.charCodeAt(i + 2)] & Char.Word)) break; // ’s
      i++;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Reads the token at or after `from` on the same line (spaces skipped) into `out`.
 * Returns false at the end of the line or of the text.
 */
export function readToken(text: string, from: number, t: Uint8Array, out: Token): boolean {
  const n = text.length;
  const i = skipSpaces(text, from, t);
  out.start = i;
  if (i >= n || text.charCodeAt(i) === 10) {
    out.kind = Tok.Break;
    out.end = i;
    return false;
  }
  const bits = t[text.charCodeAt(i)];
  if (bits & Char.Word) {
    out.kind = Tok.Word;
    out.end = wordEnd(text, i, t);
  } else if (bits & Char.Apostrophe && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && !(i + 2 < n && t[text.charCodeAt(i + 2)] & Char.Word)) {
    out.kind = i > 0 && t[text.charCodeAt(i - 1)] & Char.Word ? Tok.Possessive : Tok.Punct;
    out.end = out.kind === Tok.Possessive ? i + 2 : i + 1;
  } else {
    out.kind = bits & Char.Dash ? Tok.Dash : Tok.Punct;
    out.end = i + 1;
  }
  return true;
}

/**
 * The first UTF-16 code unit of the key ({@link tokenKey}) of the token that starts at
 * `start` (not a space), without reading the token: its kind follows from its first
 * character. A line feed gives itself, which begins no key.
 */
export function headAt(text: string, start: number, t: Uint8Array): number {
  const c = text.charCodeAt(start);
  const bits = t[c];
  if (bits & Char.Dash) return 0x2d;
  if (bits & Char.Apostrophe) return 0x27; // a possessive ’s too
  return c === 0x451 ? 0x435 : c === 0x401 ? 0x415 : c;
}

/** The first offset at or after `from` that is not a space ({@link readToken} skips them). */
export function skipSpaces(text: string, from: number, t: Uint8Array): number {
  const n = text.length;
  let i = from;
  while (i < n && t[text.charCodeAt(i)] & Char.Space) i++;
  return i;
}

/** The key of a token as names are indexed: see {@link wordKey}; `-` for dashes, `'s` for possessives. */
export function tokenKey(text: string, tok: Token, t: Uint8Array): string {
  switch (tok.kind) {
    case Tok.Word:
      return wordKey(text, tok.start, tok.end, t);
    case Tok.Possessive:
      return "'s";
    case Tok.Dash:
      return '-';
    default: {
      const c = text.charCodeAt(tok.start);
      return t[c] & Char.Apostrophe ? "'" : text[tok.start];
    }
  }
}

/**
 * The key of a word: apostrophes as `'`; a Cyrillic word with ё as е and its inflectional
 * ending removed ({@link russianStem}), so `Смоленской` and `Смоленская` share a key.
 */
export function wordKey(text: string, start: number, end: number, t: Uint8Array): string {
  let word = text.slice(start, end);
  let apostrophe = false;
  for (let i = start; i < end; i++) if (t[text.charCodeAt(i)] & Char.Apostrophe) apostrophe = true;
  if (apostrophe) word = word.replace(/['‘’ʼ]/g, "'");
  if (t[text.charCodeAt(start)] & Char.Cyrillic) word = russianStem(word.replace(/ё/g, 'е').replace(/Ё/g, 'Е'));
  return word;
}

/** Russian noun and adjective endings, longest first. */
const RUSSIAN_ENDINGS = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
  'ой', 'ей', 'ая', 'яя', 'ую', 'юю', 'ий', 'ый', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ью', 'ам', 'ям', 'ах', 'ях',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ь', 'о', 'й',
];

/**
 * Strips one case ending from a Russian word, keeping at least three letters: a small rule
 * that makes the case forms of adjective + noun names (`Красноярский край`, `Красноярского
 * края`, `Смоленской области`) and of most nouns (`Москва`, `Москве`) meet.
 */
export function russianStem(word: string): string {
  const lower = word.toLowerCase();
  for (const ending of RUSSIAN_ENDINGS) {
    if (lower.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, word.length - ending.length);
  }
  return word;
}

/** True when the Russian word has a nominative adjective ending (`Смоленская`, `Красноярский`, `Лесной`). */
export function isRussianAdjective(word: string): boolean {
  return /(?:ая|яя|ий|ый|ой|ое|ее|ие|ые)$/.test(word.toLowerCase());
}

/** True when the Russian word can only be an adjective form (`Смоленская`, `Красноярского`; not `Москвой`). */
export function isRussianAdjectiveForm(word: string): boolean {
  return /(?:ая|яя|ую|юю|ий|ый|ое|ее|ые|ие|ых|их|ым|ими|ыми|ого|его|ому|ему)$/.test(word.toLowerCase());
}

/**
 * A 20-bit hash of the first letters of the word at `start` (four; three for a Cyrillic word,
 * whose key may be a three-letter stem; ё as е; it stops at an apostrophe): equal for a word
 * and its key. A cheap first filter.
 */
export function prefixHash(s: string, start: number, t: Uint8Array): number {
  let h = 0;
  const first = s.charCodeAt(start);
  const stop = Math.min(s.length, start + (t[first] & Char.Cyrillic ? 3 : 4));
  for (let i = start; i < stop; i++) {
    let c = s.charCodeAt(i);
    if (!(t[c] & Char.Word)) break;
    if (c === 0x451) c = 0x435;
    else if (c === 0x401) c = 0x415;
    h = hashStep(h, c);
  }
  return h & 0xfffff;
}

/** True when the text from `start` to `end` is the key: the same characters, any apostrophe as `'`. */
export function isKeyAt(text: string, start: number, end: number, key: string, t: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) {
    const a = text.charCodeAt(start + i);
    const b = key.charCodeAt(i);
    if (a !== b && !(b === 0x27 && t[a] & Char.Apostrophe)) return false;
  }
  return true;
}

/** What {@link scanWord} learns about a word in one pass. */
export interface WordScan {
  /** End of the word (a possessive ’s left out, as in {@link wordEnd}). */
  end: number;
  /** A hash of the word with apostrophes as `'`: equal for a (non-Cyrillic) word and its key. */
  hash: number;
  /** Two or more letters and no lower-case letter. */
  allCaps: boolean;
  /** Starts with a Cyrillic letter: its key is a stem, see {@link wordKey}. */
  cyrillic: boolean;
}

/** Reads the word at `start` into `out` in one pass: end, hash and letter case. */
export function scanWord(text: string, start: number, t: Uint8Array, out: WordScan): void {
  const n = text.length;
  let i = start;
  let h = 0;
  let upper = 0;
  let lower = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const bits = t[c];
    if (bits & Char.Word) {
      h = hashStep(h, c);
      if (bits & Char.Lower) lower = true;
      else if (bits & Char.Upper) upper++;
      i++;
    } else if (bits & Char.Apostrophe && i + 1 < n && t[text.charCodeAt(i + 1)] & Char.Word) {
      const next = text.charCodeAt(i + 1);
      if ((next === 115 || next === 83) && !(i + 2 < n && t[text.charCodeAt(i + 2)] & Char.Word)) break; // ’s
      h = hashStep(h, 0x27);
      i++;
    } else {
      break;
    }
  }
  out.end = i;
  out.hash = tableHash(h);
  out.allCaps = !lower && upper >= 2;
  out.cyrillic = (t[text.charCodeAt(start)] & Char.Cyrillic) !== 0;
}

/**
 * The {@link WordScan} hash of the word from `start` to `end` (its {@link wordEnd}): apostrophes
 * as `'`, so equal for a (non-Cyrillic) word and its key, and for a key and itself.
 */
export function wordHash(s: string, start: number, end: number, t: Uint8Array): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    h = hashStep(h, t[c] & Char.Apostrophe ? 0x27 : c);
  }
  return tableHash(h);
}

/** The keys of a name as the index stores them, or undefined when it has no word. */
export function nameKeys(name: string): string[] | undefined {
  const t = charTable();
  const keys: string[] = [];
  const tok: Token = { kind: Tok.Break, start: 0, end: 0 };
  const oneLine = name.replace(/[\r\n]+/g, ' ');
  let pos = 0;
  let words = 0;
  while (readToken(oneLine, pos, t, tok)) {
    keys.push(tokenKey(oneLine, tok, t));
    if (tok.kind === Tok.Word) words++;
    pos = tok.end;
  }
  return words > 0 ? keys : undefined;
}
