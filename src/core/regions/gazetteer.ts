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
import { Char, charTable, isKeyAt, isRussianAdjectiveForm, nameKeys, prefixHash, readToken, scanWord, Tok, Token, tokenHead, tokenKey, wordEnd, wordKey, WordScan } from './words';

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
interface TrieNode {
  next?: Map<string, TrieNode>;
  /** The first code unit of each key in `next`: most tokens are rejected without building their key. */
  heads?: number[];
  terminal?: Terminal;
}

/** The records a name means, preferred first, and for each the other ids (alternatives). */
interface Terminal {
  readonly entries: readonly NameEntry[];
  readonly alternatives: readonly (readonly string[] | undefined)[];
}

/** A first word of names and its trie node. */
interface RootKey {
  readonly key: string;
  readonly node: TrieNode;
}

interface Index {
  /** Keys as written; words in capitals are looked up in `upper`, whose keys are upper-cased. */
  readonly exact: Map<string, TrieNode>;
  readonly upper: Map<string, TrieNode>;
  /**
   * Find, after a character that is not a word character, the first letters of a Latin name
   * (see {@link prefixAlternation}), resp. a Cyrillic letter a name can start with; undefined
   * when no name starts so.
   */
  readonly latinStarts: RegExp | undefined;
  readonly cyrillicStarts: RegExp | undefined;
  /** Tests whether a name can start with the first character of the text. */
  readonly startAtTextStart: RegExp;
  /** A bit set of the {@link prefixHash}es of the first words of names. */
  readonly prefixes: Uint32Array;
  /** The first words of names (not Russian) by their {@link scanWord} hash, to look a word up without cutting it out. */
  readonly exactByHash: Map<number, RootKey[]>;
  readonly upperByHash: Map<number, RootKey[]>;
}

/** The token is checked every this many lines, and every this many names looked up. */
const CANCEL_CHECK_LINES = 4096;
const CANCEL_CHECK_CANDIDATES = 4096;

/** Characters after which a capitalised word may just open a sentence: . ! ? : ; ( [ " “ « — – */
const SENTENCE_OPENERS = [0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x28, 0x5b, 0x22, 0x201c, 0xab, 0x2014, 0x2013];

/** What may not stand before a name: a Latin or Cyrillic letter, a digit or an apostrophe (the rest is checked in code). */
const WORD_CLASS = "[0-9A-Za-z\\u00aa-\\u052f'\\u2018\\u2019\\u02bc]";

/**
 * The index and the objects that scan with it, made once per gazetteer and reset for each
 * text (so scans must not nest; they are synchronous). Made anew for each scan, these class
 * instances would get new hidden classes after every full GC (V8 keeps the shapes of dead
 * objects only weakly), and V8 would throw away the optimised code of the scan loop that
 * depends on them: the first scan after a collection ran 30–70% slower.
 */
interface Scanner {
  readonly index: Index;
  readonly matcher: Matcher;
  readonly starts: StartFinder;
}

/** Creates a gazetteer over the data; the index is built on the first scan. */
export function createGazetteer(data: RegionData): Gazetteer {
  let scanner: Scanner | undefined;
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
  const exact = new Map<string, TrieNode>();
  const upper = new Map<string, TrieNode>();
  const pending = new Map<TrieNode, NameEntry[]>();
  const insert = (roots: Map<string, TrieNode>, keys: readonly string[], entry: NameEntry) => {
    let node: TrieNode | undefined;
    for (let i = 0; i < keys.length; i++) {
      const map: Map<string, TrieNode> = i === 0 ? roots : (node!.next ??= new Map());
      let child = map.get(keys[i]);
      if (!child) {
        child = {};
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
  const addHeads = (node: TrieNode) => {
    if (!node.next) return;
    node.heads = [...new Set([...node.next.keys()].map((k) => k.charCodeAt(0)))];
    for (const child of node.next.values()) addHeads(child);
  };
  for (const roots of [exact, upper]) for (const node of roots.values()) addHeads(node);
  const subjectOfCity = (id: string) => cityById(data, id)?.subject;
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
  const firstKeys = [...exact.keys(), ...upper.keys()];
  const isCyrillic = (key: string) => (charTable()[key.charCodeAt(0)] & Char.Cyrillic) !== 0;
  const startsAfterNonWord = (source: string | undefined) => (source ? new RegExp(`(?<!${WORD_CLASS})${source}`, 'g') : undefined);
  const prefixes = new Uint32Array(1 << 15);
  const t = charTable();
  const ws: WordScan = { end: 0, hash: 0, allCaps: false, cyrillic: false };
  const byHash = (roots: Map<string, TrieNode>) => {
    const map = new Map<number, RootKey[]>();
    for (const [key, node] of roots) {
      const h = prefixHash(key, 0, t);
      prefixes[h >>> 5] |= 1 << (h & 31);
      scanWord(key, 0, t, ws);
      const list = map.get(ws.hash);
      if (list) list.push({ key, node });
      else map.set(ws.hash, [{ key, node }]);
    }
    return map;
  };
  return {
    exact,
    upper,
    latinStarts: startsAfterNonWord(prefixAlternation(firstKeys.filter((k) => !isCyrillic(k)), START_PREFIX_LENGTH)),
    // Russian keys are stems (`ё` as `е`): their first letter only.
    cyrillicStarts: startsAfterNonWord(prefixAlternation(firstKeys.filter(isCyrillic), 1)),
    startAtTextStart: new RegExp(`^${prefixAlternation(firstKeys, 1)}`),
    prefixes,
    exactByHash: byHash(exact),
    upperByHash: byHash(upper),
  };
}

/**
 * How many characters of the first words of names the start regex checks. The engine's
 * search costs about the same for 1 to 5 (it skips ahead on the first letter), and each more
 * character rejects more capitalised words that start no name: on the bench text 251,000
 * starts for 1 character, 82,000 for 3, 49,000 for 4.
 */
const START_PREFIX_LENGTH = 4;

/**
 * A regex source that matches the first `length` characters of any of the keys (all of a
 * shorter key), written as a trie of alternatives (`(?:A(?:b|l)|M(?:o))`); an apostrophe in
 * a key matches any apostrophe. Undefined when there are no keys.
 */
export function prefixAlternation(keys: readonly string[], length: number): string | undefined {
  interface Node {
    readonly next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const c of key.slice(0, length)) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  // Letters as they are: V8 stops optimising regexes whose source exceeds 20 KB (kRegExpTooLargeToOptimize).
  const char = (c: string) => (c === "'" ? "['\\u2018\\u2019\\u02bc]" : /\p{L}|\p{N}/u.test(c) ? c : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  const emit = (node: Node): string => {
    const leaves: string[] = [];
    const branches: string[] = [];
    for (const [c, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (child.next.size === 0) leaves.push(c);
      else branches.push(char(c) + emit(child));
    }
    if (leaves.length === 1) branches.push(char(leaves[0]));
    else if (leaves.length > 1) branches.push(leaves.includes("'") ? `(?:${leaves.map(char).join('|')})` : `[${leaves.map(char).join('')}]`);
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // A key that ends here: what follows is optional.
    return node.end && node.next.size ? `(?:${body})?` : body;
  };
  return root.next.size ? emit(root) : undefined;
}

/** A found name, before it becomes a mention. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly lineStart: number;
  readonly id: string;
  readonly kind: RegionKind;
  readonly alternatives: readonly string[] | undefined;
}

/** The mentions in the text; the scanner's state is reset first (scans do not nest). */
function scanText(scanner: Scanner, text: string, token: CancellationLike | undefined): RegionMention[] {
  const { index, matcher, starts } = scanner;
  const t = charTable();
  const found: Found[] = [];
  matcher.reset(text);
  starts.reset(text);
  let line = 0;
  let lineStart = 0;
  let nextBreak = lineEnd(text, 0);
  let candidates = 0;
  const ws: WordScan = { end: 0, hash: 0, allCaps: false, cyrillic: false };
  // A name at the very start has no character before it for the regexes to match.
  let p = index.startAtTextStart.test(text) ? 0 : starts.next(0);
  while (p !== NONE) {
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
const NONE = 0x3fffffff;

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

  /** The first start whose preceding character is at or after `from` (as a regex match from there), or {@link NONE}. */
  next(from: number): number {
    if (this.latin <= from) this.latin = this.firstHit(this.index.latinStarts, from);
    if (this.cyrillic <= from) this.cyrillic = this.firstHit(this.index.cyrillicStarts, from);
    return Math.min(this.latin, this.cyrillic);
  }

  /** The letter of the regex's first match after `from` (the character before it at or after `from`), or {@link NONE}. */
  private firstHit(re: RegExp | undefined, from: number): number {
    if (!re) return NONE;
    re.lastIndex = from + 1;
    const m = re.exec(this.text);
    return m ? m.index : NONE;
  }
}

/** Offset of the line feed ending the line at `from`, or the text length. */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  return lf === -1 ? text.length : lf;
}

function toMention(text: string, f: Found): RegionMention {
  const span: Span = { start: { line: f.line, character: f.start - f.lineStart }, end: { line: f.line, character: f.end - f.lineStart } };
  const mention = { span, text: text.slice(f.start, f.end), id: f.id, kind: f.kind };
  return f.alternatives ? { ...mention, alternatives: f.alternatives } : mention;
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
function resolvePluralLists(index: Index, text: string, found: Found[]): void {
  let i = 0;
  while (i < found.length) {
    let j = i;
    while (j + 1 < found.length && found[j + 1].line === found[j].line && found[j + 1].start - found[j].end <= 8 && LIST_GAP.test(text.slice(found[j].end, found[j + 1].start))) j++;
    PLURAL_AFTER.lastIndex = found[j].end;
    const plural = PLURAL_AFTER.exec(text);
    const types = plural && PLURAL_TYPES[plural[1].replace(/’/, "'").replace(/[ \t\u00a0]+/, ' ')];
    if (types) for (let k = i; k <= j; k++) found[k] = asSubject(index, text, found[k], types);
    i = j + 1;
  }
}

/** The found name re-resolved as `<name> <type word>` (or `Republic of <name>`), when that names a subject. */
function asSubject(index: Index, text: string, f: Found, types: readonly (readonly string[])[]): Found {
  const keys = nameKeys(text.slice(f.start, f.end));
  if (!keys) return f;
  for (const type of types) {
    const path = type[0] === 'Republic' && type[1] === 'of' ? [...type, ...keys] : [...keys, ...type];
    let map: Map<string, TrieNode> | undefined = index.exact;
    let node: TrieNode | undefined;
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
  /** Where names of the current match end, and their nodes; `found` of them are in use. */
  private readonly ends: number[] = [];
  private readonly nodes: TrieNode[] = [];

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
  match(root: TrieNode, start: number, word: WordScan, line: number, lineStart: number): Found | undefined {
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
    while (node.next && readToken(text, pos, t, tok)) {
      if (!node.heads!.includes(tokenHead(text, tok, t))) break;
      let key = tokenKey(text, tok, t);
      if (caps && tok.kind === Tok.Word) key = key.toUpperCase();
      const child: TrieNode | undefined = node.next.get(key);
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
        return { start, end: ends[k], line, lineStart, id: entry.id, kind: entry.kind, alternatives: terminal.alternatives[chosen] };
      }
    }
    return undefined;
  }

  /** The trie node of the first word; a Russian word is cut out and stemmed, any other looked up by its hash. */
  root(start: number, word: WordScan): TrieNode | undefined {
    const { text, t, index } = this;
    if (word.cyrillic) {
      const key = wordKey(text, start, word.end, t);
      return word.allCaps ? index.upper.get(key.toUpperCase()) : index.exact.get(key);
    }
    const list = (word.allCaps ? index.upperByHash : index.exactByHash).get(word.hash);
    if (list) for (const r of list) if (isKeyAt(text, start, word.end, r.key, t)) return r.node;
    return undefined;
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
    if (this.nextWord(end, true) && t[text.charCodeAt(this.wordStart)] & Char.Upper) return false;
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
    const { text, t } = this;
    const n = text.length;
    let p = pos;
    while (p < n && text.charCodeAt(p) !== 10 && !(t[text.charCodeAt(p)] & Char.Word)) {
      if (spacesOnly && !(t[text.charCodeAt(p)] & Char.Space)) return false;
      p++;
    }
    if (p >= n || text.charCodeAt(p) === 10) return false;
    this.wordStart = p;
    this.wordEnd = wordEnd(text, p, t);
    return true;
  }
}
