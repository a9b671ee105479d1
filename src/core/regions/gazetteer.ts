/**
 * Finds the names of Russian regions, districts, cities and informal regions in a text, in
 * one pass: a trie over normalised word keys, entered only at capitalised words, longest
 * name first.
 *
 * Decisions (see also aliases.ts):
 * - A mention's span covers the name only: a `the` before it (`the Urals`) and a possessive
 *   ’s after it (`Krasnoyarsk’s`, `Smolensk Region’s`) are outside the span.
 * - Names match with the capitalisation of the data (`Amur Region` is the oblast, `Amur
 *   region` too by a generated variant, `amur region` nothing); a name written in capitals
 *   (`KRASNOYARSK TERRITORY`) matches when its first word is in capitals, if it is at least
 *   four letters long or an acronym in the data (`DPR`).
 * - Curly and straight apostrophes, every dash (`North Ossetia — Alania`), NBSP and other
 *   spaces are alike; names never span lines; a name glued by a hyphen to a preceding word
 *   that is not itself a place is part of another name (`Ust-Luga` is not Luga).
 * - Russian names match in their case forms by stripping one ending (`Смоленской области`).
 * - When the same words name several records, one is chosen and the others are listed as
 *   `alternatives`: editorial aliases first, then subjects, then a subject's capital, other
 *   cities (larger first), macro-regions, districts. A subject alias that is also its
 *   capital's name means the city (`Smolensk`, `Tver`; the subject is the alternative);
 *   `Moscow` is the federal city RU-MOW; `Donetsk` is the DPR's centre (the Rostov Region
 *   town is the alternative).
 * - Names are skipped after `Mr` and similar titles, before or after a landform word (`Amur
 *   River`, `Sea of Azov`); city names that are also surnames only count after a place
 *   preposition (`in Vladimir`, not `Vladimir Putin`), and a one-word city name right after a
 *   capitalised word that does not open a sentence is a surname (`Sergei Donskoy`).
 * - Names listed before a plural type word are subjects (`the Moscow, Leningrad and Tula
 *   regions`: Moscow Region, Leningrad Region, Tula Region).
 * - A Russian adjective alone (`Смоленская`) is no name, though it shares the stem of `Смоленск`.
 */
import type { CancellationLike, Span } from '../model';
import { TextKeys, TextTable, trieRegex } from '../text';
import type { RegionData } from './data';
import type { RegionKind } from './aliases';
import {
  HONORIFICS,
  LANDFORM_AFTER,
  LANDFORM_BEFORE,
  LANDFORM_BEFORE_OF,
  NEEDS_CONTEXT_WORDS,
  PLACE_NOUNS_BEFORE_OF,
  PLACE_PREPOSITIONS,
} from './aliases';
import { collectNames, Flag, NameEntry, rankTerminal } from './names';
import { cityById } from './records';
import { Char, charTable, headAt, isKeyAt, isRussianAdjectiveForm, nameKeys, prefixHash, readToken, scanWord, skipSpaces, Tok, Token, tokenKey, wordEnd, wordHash, wordKey, WordScan } from './words';

/** A place name found in a text. */
export interface RegionMention {
  readonly span: Span;
  /** The name as in the text (no `the`, no possessive ’s). */
  readonly text: string;
  /** The record: an ISO code for subjects (`RU-KYA`, `UA-14`), the data's id for the others. */
  readonly id: string;
  readonly kind: RegionKind;
  /** Other records the same words could mean, preferred first; absent when there are none. */
  readonly alternatives?: readonly string[];
}

/** Finds region names in texts; build it once and reuse it. */
export interface Gazetteer {
  /** All mentions in the text, in text order. Returns [] when cancelled. */
  scan(text: string, token?: CancellationLike): RegionMention[];
}

/** A node of the trie: the next keys, and the records whose name ends here. */
interface NameTrieNode {
  next?: Map<string, NameTrieNode>;
  /** The first code unit of each key in `next`: most tokens are rejected without building their key. */
  heads?: number[];
  /**
   * Bit `c & 31` set for each code unit `c` of `heads`: most tokens fail this before `heads` is
   * searched (`includes` took a seventh of the matcher's own time in profiles).
   */
  headBits: number;
  /** `next` by {@link wordHash}, to look a (non-Cyrillic) word up without cutting it out. */
  byHash?: KeyTable;
  terminal?: Terminal;
}

/** The records a name means, preferred first, and for each the other ids (alternatives). */
interface Terminal {
  readonly entries: readonly NameEntry[];
  readonly alternatives: readonly (readonly string[] | undefined)[];
}

/**
 * Trie nodes by key, looked up with a word of the text in place (no substring): a
 * {@link TextTable} of the keys' {@link wordHash}es, a hit confirmed with {@link isKeyAt}. The
 * bench text's 32,000 first-word look-ups, replayed alone, took 3.0 ms with an open-addressing
 * table against 3.4 ms with a Map from hashes to lists of keys.
 */
type KeyTable = TextTable<NameTrieNode>;

/** Keys compared as {@link isKeyAt} does (any apostrophe of the text as `'`). */
function wordKeys(t: Uint8Array): TextKeys {
  return { same: (key, text, start, end) => isKeyAt(text, start, end, key, t), keyOf: (text, start, end) => wordKey(text, start, end, t) };
}

/** The {@link KeyTable} of the entries. */
function keyTable(entries: ReadonlyMap<string, NameTrieNode>, keys: TextKeys, t: Uint8Array): KeyTable {
  let slots = 4;
  while (slots < entries.size * 2) slots *= 2;
  const table = new TextTable<NameTrieNode>(Infinity, { slots, keys });
  for (const [key, node] of entries) table.set(key, wordHash(key, 0, key.length, t), node);
  return table;
}

interface Index {
  /** Keys as written; words in capitals are looked up in `upper`, whose keys are upper-cased. */
  readonly exact: Map<string, NameTrieNode>;
  readonly upper: Map<string, NameTrieNode>;
  /**
   * Find, after a character that is not a word character, the first letters of a Latin name
   * (see {@link prefixAlternation}), resp. a Cyrillic letter a name can start with; undefined
   * when no name starts so.
   */
  readonly latinStarts: RegExp | undefined;
  readonly cyrillicStarts: RegExp | undefined;
  /**
   * 1 for the code units of {@link WORD_CLASS}, when every code unit the start regexes match
   * is one (so a match's start is found by walking back from its end); undefined otherwise.
   */
  readonly startsWalkBack: Uint8Array | undefined;
  /** Tests whether a name can start with the first character of the text. */
  readonly startAtTextStart: RegExp;
  /** A bit set of the {@link prefixHash}es of the first words of names. */
  readonly prefixes: Uint32Array;
  /** `exact` and `upper` by {@link wordHash} (the {@link scanWord} hash), to look a word up without cutting it out. */
  readonly exactByHash: KeyTable;
  readonly upperByHash: KeyTable;
}

/** The token is checked every this many lines, and every this many names looked up. */
const CANCEL_CHECK_LINES = 4096;
const CANCEL_CHECK_CANDIDATES = 4096;

/** Characters after which a capitalised word may just open a sentence: . ! ? : ; ( [ " “ « — – */
const SENTENCE_OPENERS = [0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x28, 0x5b, 0x22, 0x201c, 0xab, 0x2014, 0x2013];

/**
 * What may not stand before a name: a Latin or Cyrillic letter, a digit or an apostrophe (the
 * rest is checked in code), as inclusive ranges of UTF-16 code units.
 */
const WORD_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0x52f], [0x27, 0x27], [0x2018, 0x2019], [0x2bc, 0x2bc],
];
/** A UTF-16 code unit as a regex escape (`\\u00aa`). */
const escapeCode = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
/** {@link WORD_RANGES} as a regex class. */
const WORD_CLASS = '[' + WORD_RANGES.map(([a, b]) => (a === b ? escapeCode(a) : escapeCode(a) + '-' + escapeCode(b))).join('') + ']';

/** 1 for the code units of {@link WORD_RANGES}, else 0. */
function wordClassTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (const [a, b] of WORD_RANGES) table.fill(1, a, b + 1);
  return table;
}

/**
 * The index and the objects that scan with it, made once per gazetteer and reset for each
 * text (so scans must not nest; they are synchronous). Made anew for each scan, these class
 * instances would get new hidden classes after every full GC (V8 keeps the shapes of dead
 * objects only weakly), and V8 would throw away the optimised code of the scan loop that
 * depends on them: the first scan after a collection ran 30–70% slower.
 */
interface GazetteerScanner {
  readonly index: Index;
  readonly matcher: Matcher;
  readonly starts: StartFinder;
}

/** Creates a gazetteer over the data; the index is built on the first scan. */
export function createGazetteer(data: RegionData): Gazetteer {
  let scanner: GazetteerScanner | undefined;
  return {
    scan(text, token) {
      if (token?.isCancellationRequested) return [];
      if (!scanner) {
        const index = buildIndex(data);
        scanner = { index, matcher: new Matcher(index, charTable()), starts: new StartFinder(index) };
      }
      return scanText(scanner, text, token);
    },
  };
}

function buildIndex(data: RegionData): Index {
  const t = charTable();
  const tableKeys = wordKeys(t);
  const { exact, upper, pending } = nameTries(data);
  const addHeads = (node: NameTrieNode) => {
    if (!node.next) return;
    node.heads = [...new Set([...node.next.keys()].map((k) => k.charCodeAt(0)))];
    for (const c of node.heads) node.headBits |= 1 << (c & 31);
    node.byHash = keyTable(node.next, tableKeys, t);
    for (const child of node.next.values()) addHeads(child);
  };
  for (const roots of [exact, upper]) for (const node of roots.values()) addHeads(node);
  setTerminals(pending, (id) => cityById(data, id)?.subject);
  const prefixes = new Uint32Array(1 << 15);
  const byHash = (roots: Map<string, NameTrieNode>) => {
    for (const key of roots.keys()) {
      const h = prefixHash(key, 0, t);
      prefixes[h >>> 5] |= 1 << (h & 31);
    }
    return keyTable(roots, tableKeys, t);
  };
  return { exact, upper, ...startPatterns([...exact.keys(), ...upper.keys()]), prefixes, exactByHash: byHash(exact), upperByHash: byHash(upper) };
}

/** The tries of the names' word keys, as written and in capitals, and the names ending at each node. */
function nameTries(data: RegionData): { exact: Map<string, NameTrieNode>; upper: Map<string, NameTrieNode>; pending: Map<NameTrieNode, NameEntry[]> } {
  const exact = new Map<string, NameTrieNode>();
  const upper = new Map<string, NameTrieNode>();
  const pending = new Map<NameTrieNode, NameEntry[]>();
  const insert = (roots: Map<string, NameTrieNode>, keys: readonly string[], entry: NameEntry) => {
    let node: NameTrieNode | undefined;
    for (let i = 0; i < keys.length; i++) {
      const map: Map<string, NameTrieNode> = i === 0 ? roots : (node!.next ??= new Map());
      let child = map.get(keys[i]);
      if (!child) {
        // All fields from the start: one hidden class for all nodes keeps the scan's property loads monomorphic.
        child = { next: undefined, heads: undefined, headBits: 0, byHash: undefined, terminal: undefined };
        map.set(keys[i], child);
      }
      node = child;
    }
    if (!node) return;
    const list = pending.get(node);
    if (list) list.push(entry);
    else pending.set(node, [entry]);
  };
  for (const entry of collectNames(data)) {
    if (entry.flags & Flag.excluded) continue;
    const keys = nameKeys(entry.name);
    if (!keys) continue;
    insert(exact, keys, entry);
    const acronym = !/\p{Ll}/u.test(entry.name);
    if (keys.length > 1 || keys[0].length >= 4 || acronym) insert(upper, keys.map((k) => (k === "'s" ? k : k.toUpperCase())), entry);
  }
  return { exact, upper, pending };
}

/** Ranks the names ending at each trie node and notes, for each, the other ids the text may mean. */
function setTerminals(pending: ReadonlyMap<NameTrieNode, NameEntry[]>, subjectOfCity: (id: string) => string | undefined): void {
  const none = [undefined];
  for (const [node, entries] of pending) {
    const ranked = rankTerminal(entries, subjectOfCity);
    if (ranked.length === 1) {
      node.terminal = { entries: ranked, alternatives: none };
      continue;
    }
    const ids = ranked.map((e) => e.id);
    const alternatives = ranked.map((e) => {
      const others = ids.filter((id) => id !== e.id);
      return others.length ? others : undefined;
    });
    node.terminal = { entries: ranked, alternatives };
  }
}

/** The regexes that find where a name can start, from the first word keys of all names. */
function startPatterns(firstKeys: readonly string[]): Pick<Index, 'latinStarts' | 'cyrillicStarts' | 'startsWalkBack' | 'startAtTextStart'> {
  const isCyrillic = (key: string) => (charTable()[key.charCodeAt(0)] & Char.Cyrillic) !== 0;
  const startsAfterNonWord = (source: string | undefined) => (source ? new RegExp(`(?<!${WORD_CLASS})${source}`, 'g') : undefined);
  const latinKeys = firstKeys.filter((k) => !isCyrillic(k));
  const cyrillicKeys = firstKeys.filter(isCyrillic);
  const wordClass = wordClassTable();
  const inClass = (key: string, length: number) => {
    for (let i = 0; i < Math.min(length, key.length); i++) if (!wordClass[key.charCodeAt(i)]) return false;
    return key.length > 0;
  };
  const latin = latinStartPrefix(latinKeys);
  return {
    latinStarts: startsAfterNonWord(latin.source),
    // Russian keys are stems (`ё` as `е`): their first letter only.
    cyrillicStarts: startsAfterNonWord(prefixAlternation(cyrillicKeys, 1)),
    startsWalkBack: latinKeys.every((k) => inClass(k, latin.length)) && cyrillicKeys.every((k) => inClass(k, 1)) ? wordClass : undefined,
    startAtTextStart: new RegExp(`^${prefixAlternation(firstKeys, 1)}`),
  };
}

/**
 * How many characters of the first words of names the start regex checks, at most. The
 * engine's search costs about the same for 1 to 30 (it skips ahead on the first letter;
 * 17 ms on the bench text), and each more character rejects more capitalised words that
 * start no name, each of which costs a regex call and a look-up: on the bench text 251,000
 * starts for 1 character, 82,000 for 3, 49,000 for 4, 32,000 for 7 (`Russia` no longer
 * passes for `Russian`), 31,200 for all of the word (25,000 are first words of names).
 */
const START_PREFIX_LENGTH = 7;

/**
 * Above this many characters of source, a shorter prefix is checked: V8 stops optimising
 * regexes whose source exceeds 20 KB (kRegExpTooLargeToOptimize), which makes the search
 * several times slower. The data's Latin keys give 15,000 characters for 7, 6,300 for 4.
 */
const START_SOURCE_LIMIT = 18_000;

/**
 * The source of the Latin start regex ({@link prefixAlternation} of the keys) and how many
 * first characters it checks: {@link START_PREFIX_LENGTH}, fewer if its source gets too large.
 */
export function latinStartPrefix(keys: readonly string[]): { source: string | undefined; length: number } {
  for (let length = START_PREFIX_LENGTH; ; length--) {
    const source = prefixAlternation(keys, length);
    if (length === 1 || (source?.length ?? 0) <= START_SOURCE_LIMIT) return { source, length };
  }
}

/**
 * A regex source that matches the first `length` characters of any of the keys (all of a
 * shorter key), written as a trie of alternatives (`(?:A(?:b|l)|M(?:o))`); an apostrophe in
 * a key matches any apostrophe. Undefined when there are no keys.
 */
export function prefixAlternation(keys: readonly string[], length: number): string | undefined {
  // Letters as they are: V8 stops optimising regexes whose source exceeds 20 KB (kRegExpTooLargeToOptimize).
  const letterOrDigit = /\p{L}|\p{N}/u;
  const written = new Map<string, string>();
  const char = (c: string) => {
    let s = written.get(c);
    if (s === undefined) written.set(c, (s = c === "'" ? "['\\u2018\\u2019\\u02bc]" : letterOrDigit.test(c) ? c : escapeCode(c.charCodeAt(0))));
    return s;
  };
  return trieRegex(keys.map((key) => key.slice(0, length)), { char, leafClass: true }) || undefined;
}

/**
 * A found name, before it becomes a mention. What needs the text around it is taken while
 * the scan passes there, not after it, when the regexes have pushed the 20 MB string out of
 * the caches: the pass after the scan over the 10,000 names of the bench text (plural lists,
 * mentions) then took 2.1 ms, now 1.3 ms.
 */
interface FoundName {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly lineStart: number;
  readonly id: string;
  readonly kind: RegionKind;
  readonly alternatives: readonly string[] | undefined;
  /** The name as in the text. */
  readonly name: string;
  /** {@link mayBePlural} at `end`. */
  readonly pluralMayFollow: boolean;
}

/** The mentions in the text; the scanner's state is reset first (scans do not nest). */
function scanText(scanner: GazetteerScanner, text: string, token: CancellationLike | undefined): RegionMention[] {
  const { index, matcher, starts } = scanner;
  const t = charTable();
  const found: FoundName[] = [];
  matcher.reset(text);
  starts.reset(text);
  let line = 0;
  let lineStart = 0;
  let nextBreak = lineEnd(text, 0);
  let candidates = 0;
  const ws: WordScan = { end: 0, hash: 0, allCaps: false, cyrillic: false };
  // A name at the very start has no character before it for the regexes to match.
  let p = index.startAtTextStart.test(text) ? 0 : starts.next(0);
  while (p !== NO_START) {
    // Where the search goes on: after this start's letter unless a word or name is skipped.
    let from = p === 0 ? 0 : p + 1;
    if (p > 0 && t[text.charCodeAt(p - 1)] & (Char.Word | Char.Apostrophe)) {
      // a word character the class lets through
    } else if ((p === 0 || t[text.charCodeAt(p)] & Char.Cyrillic) && !isPrefixOfName(index, prefixHash(text, p, t))) {
      // no name starts with these letters (the Latin regex checked its first letters already)
    } else {
      scanWord(text, p, t, ws);
      from = ws.end;
      const root = matcher.root(p, ws);
      if (root) {
        while (nextBreak < p) {
          line++;
          lineStart = nextBreak + 1;
          nextBreak = lineEnd(text, lineStart);
          if (line % CANCEL_CHECK_LINES === 0 && token?.isCancellationRequested) return [];
        }
        if (++candidates % CANCEL_CHECK_CANDIDATES === 0 && token?.isCancellationRequested) return [];
        const f = matcher.match(root, p, ws, line, lineStart);
        if (f) {
          found.push(f);
          matcher.lastEnd = f.end;
          from = f.end;
        }
      }
    }
    p = starts.next(from);
  }
  if (token?.isCancellationRequested) return [];
  resolvePluralLists(index, text, found);
  return found.map((f) => toMention(text, f));
}

/** No (further) start: a small integer, larger than any offset. */
const NO_START = 0x3fffffff;

/** True when the {@link prefixHash} is that of the first word of some name. */
function isPrefixOfName(index: Index, hash: number): boolean {
  return (index.prefixes[hash >>> 5] & (1 << (hash & 31))) !== 0;
}

/**
 * The offsets where a name may start, in text order: the first letters of a name's first
 * word, right after a character that is not a word character. Latin and Cyrillic starts are
 * searched with a regex each, and the next hit of each is kept: one regex for both defeats
 * the engine's skipping ahead to candidate letters (on the 10 MB bench text about 70 ms
 * against 20 + 7 ms).
 */
class StartFinder {
  private text = '';
  private latin = -1;
  private cyrillic = -1;

  constructor(private readonly index: Index) {}

  /** Starts over on another text. */
  reset(text: string): void {
    this.text = text;
    this.latin = -1;
    this.cyrillic = -1;
  }

  /** The first start whose preceding character is at or after `from` (as a regex match from there), or {@link NO_START}. */
  next(from: number): number {
    if (this.latin <= from) this.latin = this.firstHit(this.index.latinStarts, from);
    if (this.cyrillic <= from) this.cyrillic = this.firstHit(this.index.cyrillicStarts, from);
    return Math.min(this.latin, this.cyrillic);
  }

  /**
   * The letter of the regex's first match after `from` (the character before it at or after
   * `from`), or {@link NO_START}. A match is nonempty word characters after one that is not, so
   * its start is found by walking back from its end: `test` instead of `exec` saves a match
   * array per start (about 2 ms for the bench text's 49,000 starts with a 4-letter prefix;
   * within the noise for the 32,000 of the 7-letter one).
   */
  private firstHit(re: RegExp | undefined, from: number): number {
    if (!re) return NO_START;
    re.lastIndex = from + 1;
    const wordClass = this.index.startsWalkBack;
    if (!wordClass) {
      const m = re.exec(this.text);
      return m ? m.index : NO_START;
    }
    if (!re.test(this.text)) return NO_START;
    const text = this.text;
    let p = re.lastIndex;
    while (wordClass[text.charCodeAt(p - 1)]) p--;
    return p;
  }
}

/** Offset of the line feed ending the line at `from`, or the text length. */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  return lf === -1 ? text.length : lf;
}

function toMention(text: string, f: FoundName): RegionMention {
  const span: Span = { start: { line: f.line, character: f.start - f.lineStart }, end: { line: f.line, character: f.end - f.lineStart } };
  // Two literals rather than a spread of the first: no copy per mention.
  return f.alternatives ? { span, text: f.name, id: f.id, kind: f.kind, alternatives: f.alternatives } : { span, text: f.name, id: f.id, kind: f.kind };
}

/** The type words a plural after a list of names stands for (`the Tver, Penza and Rostov regions`). */
const PLURAL_TYPES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  regions: [['Region'], ['Territory']],
  Regions: [['Region'], ['Territory']],
  territories: [['Territory'], ['Region']],
  Territories: [['Territory'], ['Region']],
  republics: [['Republic'], ['Republic', 'of']],
  Republics: [['Republic'], ['Republic', 'of']],
  "People's Republics": [['People', "'s", 'Republic']],
};
const PLURAL_AFTER = /[ \t\u00a0]+(regions|Regions|territories|Territories|republics|Republics|People['’]s[ \t\u00a0]+Republics)\b/y;
const LIST_GAP = /^(?:[ \t\u00a0]*,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)$/;

/**
 * Names in a list before a plural type word are subjects: `the Moscow, Leningrad and Tula
 * regions` names Moscow Region and Leningrad Region, not the cities. Each name of such a
 * list that is also the start of a subject's name plus the type word is re-resolved to that
 * subject; what it meant before becomes an alternative.
 */
function resolvePluralLists(index: Index, text: string, found: FoundName[]): void {
  let i = 0;
  while (i < found.length) {
    let j = i;
    while (j + 1 < found.length && found[j + 1].line === found[j].line && found[j + 1].start - found[j].end <= 8 && LIST_GAP.test(text.slice(found[j].end, found[j + 1].start))) j++;
    const plural = found[j].pluralMayFollow ? ((PLURAL_AFTER.lastIndex = found[j].end), PLURAL_AFTER.exec(text)) : null;
    const types = plural && PLURAL_TYPES[plural[1].replace(/’/, "'").replace(/[ \t\u00a0]+/, ' ')];
    if (types) for (let k = i; k <= j; k++) found[k] = asSubject(index, text, found[k], types);
    i = j + 1;
  }
}

/**
 * False when {@link PLURAL_AFTER} cannot match at `pos`: it needs a space, then `r`, `R`, `t`,
 * `T` or `P`. Most names fail this, and the regex is not run.
 */
function mayBePlural(text: string, pos: number): boolean {
  let p = pos;
  for (let c = text.charCodeAt(p); c === 0x20 || c === 0x09 || c === 0xa0; c = text.charCodeAt(p)) p++;
  if (p === pos) return false;
  const c = text.charCodeAt(p);
  return c === 0x72 || c === 0x52 || c === 0x74 || c === 0x54 || c === 0x50;
}

/** The found name re-resolved as `<name> <type word>` (or `Republic of <name>`), when that names a subject. */
function asSubject(index: Index, text: string, f: FoundName, types: readonly (readonly string[])[]): FoundName {
  const keys = nameKeys(text.slice(f.start, f.end));
  if (!keys) return f;
  for (const type of types) {
    const path = type[0] === 'Republic' && type[1] === 'of' ? [...type, ...keys] : [...keys, ...type];
    let map: Map<string, NameTrieNode> | undefined = index.exact;
    let node: NameTrieNode | undefined;
    for (const key of path) {
      node = map?.get(key);
      map = node?.next;
    }
    const entry = node?.terminal?.entries.find((e) => e.kind === 'subject' && !(e.flags & Flag.altOnly));
    if (!entry) continue;
    if (entry.id === f.id) return f;
    const alternatives = [f.id, ...(f.alternatives ?? [])].filter((id) => id !== entry.id);
    return { ...f, id: entry.id, kind: 'subject', alternatives };
  }
  return f;
}

/** A few words, compared with text in place (no substring per test). */
class WordList {
  private readonly byLength = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const w of words) {
      const list = this.byLength.get(w.length);
      if (list) list.push(w);
      else this.byLength.set(w.length, [w]);
    }
  }

  has(text: string, start: number, end: number): boolean {
    const list = this.byLength.get(end - start);
    if (!list) return false;
    outer: for (const w of list) {
      for (let i = 0; i < w.length; i++) if (text.charCodeAt(start + i) !== w.charCodeAt(i)) continue outer;
      return true;
    }
    return false;
  }
}

const honorifics = new WordList(HONORIFICS);
const landformAfter = new WordList(LANDFORM_AFTER);
const landformBefore = new WordList(LANDFORM_BEFORE);
const landformBeforeOf = new WordList(LANDFORM_BEFORE_OF);
const placePrepositions = new WordList(PLACE_PREPOSITIONS);
const placeNounsBeforeOf = new WordList(PLACE_NOUNS_BEFORE_OF);
const contextWords = new WordList(NEEDS_CONTEXT_WORDS);
const of = new WordList(['of']);
const and = new WordList(['and']);

/** Matches names at word starts of one text, and judges them by the words around them. */
class Matcher {
  /** End of the last accepted mention, to tell `Moscow-Minsk` from `Ust-Luga`. */
  lastEnd = -1;
  private text = '';
  private readonly tok: Token = { kind: Tok.Break, start: 0, end: 0 };
  private readonly ws: WordScan = { end: 0, hash: 0, allCaps: false, cyrillic: false };
  /** Where names of the current match end, and their nodes; `found` of them are in use. */
  private readonly ends: number[] = [];
  private readonly nodes: NameTrieNode[] = [];

  constructor(
    private readonly index: Index,
    private readonly t: Uint8Array,
  ) {}

  /** Starts over on another text. */
  reset(text: string): void {
    this.text = text;
    this.lastEnd = -1;
  }

  /** The longest acceptable name starting with the word at `start`, whose trie node is `root`. */
  match(root: NameTrieNode, start: number, word: WordScan, line: number, lineStart: number): FoundName | undefined {
    const { text, t, tok } = this;
    const end = word.end;
    const caps = word.allCaps;
    let node = root;
    const ends = this.ends;
    const nodes = this.nodes;
    let found = 0;
    if (node.terminal) {
      ends[found] = end;
      nodes[found++] = node;
    }
    let pos = end;
    // The next token's first character is checked before the token is read: most fail.
    while (node.next) {
      const at = skipSpaces(text, pos, t);
      if (at >= text.length) break;
      const head = headAt(text, at, t);
      if (!((node.headBits >>> (head & 31)) & 1) || !node.heads!.includes(head)) break;
      const child = this.child(node, at, caps);
      if (!child) break;
      node = child;
      pos = tok.end;
      if (node.terminal) {
        ends[found] = pos;
        nodes[found++] = node;
      }
    }
    if (found === 0 || this.isGluedToWord(start, lineStart) || this.followsHonorific(start, lineStart)) return undefined;
    for (let k = found - 1; k >= 0; k--) {
      const terminal = nodes[k].terminal!;
      const chosen = this.choose(terminal, start, ends[k], lineStart, k === 0 && nodes[0] === root, word.cyrillic);
      if (chosen >= 0 && !this.isLandform(start, ends[k], lineStart)) {
        const entry = terminal.entries[chosen];
        const e = ends[k];
        return { start, end: e, line, lineStart, id: entry.id, kind: entry.kind, alternatives: terminal.alternatives[chosen], name: text.slice(start, e), pluralMayFollow: mayBePlural(text, e) };
      }
    }
    return undefined;
  }

  /**
   * Reads the token at `at` into `tok` and returns the node's child for it; `caps`: words are
   * looked up in capitals. A word in the usual case that is not Russian is looked up by its
   * hash, without cutting it out (13,000 substrings fewer on the bench text).
   */
  private child(node: NameTrieNode, at: number, caps: boolean): NameTrieNode | undefined {
    const { text, t, tok, ws } = this;
    const bits = t[text.charCodeAt(at)];
    if (bits & Char.Word && !caps && !(bits & Char.Cyrillic)) {
      // What readToken would read, with the hash in the same pass.
      scanWord(text, at, t, ws);
      tok.kind = Tok.Word;
      tok.start = at;
      tok.end = ws.end;
      return node.byHash!.get(text, at, ws.end, ws.hash);
    }
    readToken(text, at, t, tok);
    let key = tokenKey(text, tok, t);
    if (caps && tok.kind === Tok.Word) key = key.toUpperCase();
    return node.next!.get(key);
  }

  /** The trie node of the first word; a Russian word is cut out and stemmed, any other looked up by its hash. */
  root(start: number, word: WordScan): NameTrieNode | undefined {
    const { text, t, index } = this;
    if (word.cyrillic) {
      const key = wordKey(text, start, word.end, t);
      return word.allCaps ? index.upper.get(key.toUpperCase()) : index.exact.get(key);
    }
    return (word.allCaps ? index.upperByHash : index.exactByHash).get(text, start, word.end, word.hash);
  }

  /** Index of the first entry whose conditions the context meets, or -1. `oneWord`: the name is a single word. */
  private choose(terminal: Terminal, start: number, end: number, lineStart: number, oneWord: boolean, cyrillic: boolean): number {
    const entries = terminal.entries;
    // `Смоленская` alone shares its stem with `Смоленск` but is an adjective, not the city.
    const adjective = oneWord && cyrillic && isRussianAdjectiveForm(this.text.slice(start, end));
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (adjective && !(e.flags & Flag.russianAdjective)) continue;
      if (e.flags & Flag.altOnly) continue;
      if (e.flags & Flag.personLike && !this.isPlaceContext(start, end, lineStart)) continue;
      if (e.flags & Flag.needsContext && !this.hasContextWord(start, end, lineStart)) continue;
      if (e.kind === 'city' && oneWord && this.followsNameWord(start, lineStart)) continue;
      return i;
    }
    return -1;
  }

  /**
   * `Sergei Donskoy`, `Natalya Pochinok`: a capitalised word right before the name, not
   * opening a sentence and not itself a place, makes a one-word city name a surname.
   */
  private followsNameWord(start: number, lineStart: number): boolean {
    const { text, t } = this;
    if (!this.previousWord(start, lineStart, true) || !(t[text.charCodeAt(this.wordStart)] & Char.Upper)) return false;
    if (this.wordEnd === this.lastEnd) return false;
    let p = this.wordStart;
    while (p > lineStart && t[text.charCodeAt(p - 1)] & Char.Space) p--;
    if (p === lineStart) return false;
    const before = text.charCodeAt(p - 1);
    return !SENTENCE_OPENERS.includes(before);
  }

  /** `Ust-Luga`: a hyphen right before the name, glued to a word that is not a mention. */
  private isGluedToWord(start: number, lineStart: number): boolean {
    if (start - 2 < lineStart) return false;
    const h = this.text.charCodeAt(start - 1);
    if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return false;
    return (this.t[this.text.charCodeAt(start - 2)] & Char.Word) !== 0 && this.lastEnd !== start - 1;
  }

  private followsHonorific(start: number, lineStart: number): boolean {
    let p = start;
    while (p > lineStart && this.t[this.text.charCodeAt(p - 1)] & Char.Space) p--;
    if (p > lineStart && this.text.charCodeAt(p - 1) === 46) p--; // Mr.
    const w = this.wordStartBefore(p, lineStart);
    return w !== undefined && honorifics.has(this.text, w, p);
  }

  /** `Amur River`, `Lake Onega`, `Sea of Azov` (words separated by spaces only). */
  private isLandform(start: number, end: number, lineStart: number): boolean {
    const { text, t } = this;
    if (this.nextWord(end, true)) {
      if (landformAfter.has(text, this.wordStart, this.wordEnd)) return true;
      // `the Azov and Black Sea basin`
      if (and.has(text, this.wordStart, this.wordEnd) && this.nextWord(this.wordEnd, true) && t[text.charCodeAt(this.wordStart)] & Char.Upper) {
        if (this.nextWord(this.wordEnd, true) && landformAfter.has(text, this.wordStart, this.wordEnd)) return true;
      }
    }
    if (!this.previousWord(start, lineStart, true)) return false;
    if (landformBefore.has(text, this.wordStart, this.wordEnd)) return true;
    if (!of.has(text, this.wordStart, this.wordEnd) || !this.previousWord(this.wordStart, lineStart, true)) return false;
    return landformBeforeOf.has(text, this.wordStart, this.wordEnd);
  }

  /** `in Vladimir`, `the city of Kirov`, and not followed by a capitalised word (`to Vladimir Putin`). */
  private isPlaceContext(start: number, end: number, lineStart: number): boolean {
    const { text, t } = this;
    if (end < text.length && t[text.charCodeAt(end)] & Char.Apostrophe) return false; // Lermontov’s poem
    const next = this.nextWordStart(end, true);
    if (next >= 0 && t[text.charCodeAt(next)] & Char.Upper) return false;
    if (!this.previousWord(start, lineStart, true)) return false;
    if (placePrepositions.has(text, this.wordStart, this.wordEnd)) return true;
    if (!of.has(text, this.wordStart, this.wordEnd) || !this.previousWord(this.wordStart, lineStart, true)) return false;
    return placeNounsBeforeOf.has(text, this.wordStart, this.wordEnd);
  }

  /** A region word (`region`, `Republic`, `Governor`) within three words before or after, on the same line. */
  private hasContextWord(start: number, end: number, lineStart: number): boolean {
    const { text } = this;
    let pos = start;
    for (let k = 0; k < 3 && this.previousWord(pos, lineStart, false); k++) {
      if (contextWords.has(text, this.wordStart, this.wordEnd)) return true;
      pos = this.wordStart;
    }
    pos = end;
    for (let k = 0; k < 3 && this.nextWord(pos, false); k++) {
      if (contextWords.has(text, this.wordStart, this.wordEnd)) return true;
      pos = this.wordEnd;
    }
    return false;
  }

  /** Where {@link previousWord} and {@link nextWord} found their word. */
  private wordStart = 0;
  private wordEnd = 0;

  /** Start of the word that ends at `end`, or undefined when no word ends there. */
  private wordStartBefore(end: number, lineStart: number): number | undefined {
    let p = end;
    while (p > lineStart && this.t[this.text.charCodeAt(p - 1)] & Char.Word) p--;
    return p < end ? p : undefined;
  }

  /**
   * Finds the word before `pos` on its line (into wordStart, wordEnd); between them only
   * spaces when `spacesOnly`, else anything but a line end. False when there is none.
   */
  private previousWord(pos: number, lineStart: number, spacesOnly: boolean): boolean {
    const { text, t } = this;
    let p = pos;
    while (p > lineStart && !(t[text.charCodeAt(p - 1)] & Char.Word)) {
      if (spacesOnly && !(t[text.charCodeAt(p - 1)] & Char.Space)) return false;
      p--;
    }
    const w = this.wordStartBefore(p, lineStart);
    if (w === undefined) return false;
    this.wordStart = w;
    this.wordEnd = p;
    return true;
  }

  /**
   * Finds the next word after `pos` on the same line (into wordStart, wordEnd); between them
   * only spaces when `spacesOnly`, else anything but a line end. False when there is none.
   */
  private nextWord(pos: number, spacesOnly: boolean): boolean {
    const p = this.nextWordStart(pos, spacesOnly);
    if (p < 0) return false;
    this.wordStart = p;
    this.wordEnd = wordEnd(this.text, p, this.t);
    return true;
  }

  /** Start of the word {@link nextWord} finds, or -1; for when its end does not matter. */
  private nextWordStart(pos: number, spacesOnly: boolean): number {
    const { text, t } = this;
    const n = text.length;
    let p = pos;
    while (p < n && text.charCodeAt(p) !== 10 && !(t[text.charCodeAt(p)] & Char.Word)) {
      if (spacesOnly && !(t[text.charCodeAt(p)] & Char.Space)) return -1;
      p++;
    }
    return p >= n || text.charCodeAt(p) === 10 ? -1 : p;
  }
}
