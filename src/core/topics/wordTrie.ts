/**
 * The words of a text as entries of a {@link KeywordTable}, read once: the scanner walks a trie
 * over the letters and digits of each word (case folded) while it reads them, one table load
 * per character, and the node where the word ends holds its entry. No hash, no second pass over
 * the word to compare it, no string.
 *
 * The trie starts with the lexicon's keys: every stem of a keyword or phrase word and every
 * acronym, lower case, and for a stem ending in `y` also its `i` form (`economi` of `economies`).
 * The stemmer only cuts endings (and turns `ies`/`ied` into `y`), so a word whose stem is a key
 * starts with a key or an `i` form: a word that leaves the trie before passing one is
 * {@link PLAIN} without more ado (a transition into the dead node {@link DEAD}, which keeps it
 * there). A word that leaves it after passing one (`hospitals`, `hospitality`) goes on into
 * {@link DEAD_KEYED}; it is then looked up once (stemmed, as a string) and its path added, so the
 * next time it ends on a node that holds its entry. Added nodes are bounded: past
 * {@link ADDED_NODES} the trie is cut back to the lexicon's part, which costs about what the
 * added nodes did, so the work stays linear in the text.
 *
 * A node holds two entries: the word written otherwise, and written in capitals (an acronym is
 * matched only so). Words with a character outside ASCII, and long words, are not walked: they go
 * to a bounded {@link TextMemo} (see {@link WordTrie.lookUp}), or are {@link PLAIN} at once when
 * no key has such a character and none of theirs lower-cases into ASCII.
 */
import { detach, hashRange, isSpace, TextMemo } from '../text';
import { KeywordTable, PLAIN } from './keywordTable';
import { isWordCode } from './stem';

/** Letters a–z (case folded) and digits 0–9: the symbols of the trie. */
export const SYMBOLS = 36;
/** The node of a word that left the trie before passing a key: {@link PLAIN}. Its transitions all lead to itself. */
export const DEAD = 0;
/** The node of a word that left the trie after passing a key: to be looked up. Its transitions all lead to itself. */
export const DEAD_KEYED = 1;
/** The node of the empty word. */
export const ROOT = 2;
/** An entry not yet known. */
export const UNKNOWN = -1;
/** Nodes the trie may add past the lexicon's before it is cut back. */
export const ADDED_NODES = 1 << 15;
/** Words longer than this are looked up in the memo, not added to the trie. */
export const MAX_TRIE_WORD = 64;
/** The memo of words not walked is cleared when it holds this many words. */
const MAX_MEMO_WORDS = 1 << 16;

/** {@link CODES}: the symbol (0–35) of an ASCII letter or digit. */
export const SYMBOL_MASK = 0x3f;
/** {@link CODES}: an upper-case ASCII letter. */
export const UPPER = 0x40;
/** {@link CODES}: a lower-case ASCII letter. */
export const LOWER = 0x80;
/** {@link CODES}: an ASCII letter or digit (walked in the trie). */
export const ASCII_WORD = 0x100;
/** {@link CODES}: a part of a word outside ASCII (this and the codes above it are parts of words). */
export const FOREIGN = 0x200;
/** {@link CODES} (with {@link FOREIGN}): a character outside ASCII whose lower case is ASCII (`K`, U+212A KELVIN SIGN). */
export const TO_ASCII = 0x400;
/** {@link CODES}: a space, which ends a counted word. */
export const SPACE = 1;
/** {@link CODES}: a sign above U+00BF that counts as a word of its own (a dash). */
export const SIGN = 2;

/** The code units whose lower case is all ASCII: U+212A only (test/unit/topics-words.test.ts checks every code point). */
const LOWER_TO_ASCII = 0x212a;

/**
 * What each UTF-16 code unit is to the scanner, one load per character: for an ASCII letter or
 * digit its symbol and case; else a part of a word outside ASCII, a space, a sign, or 0 (other).
 */
export const CODES = ((): Uint16Array => {
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 97 && c <= 122) codes[c] = ASCII_WORD | LOWER | (c - 97);
    else if (c >= 65 && c <= 90) codes[c] = ASCII_WORD | UPPER | (c - 65);
    else if (c >= 48 && c <= 57) codes[c] = ASCII_WORD | (26 + c - 48);
    else if (isWordCode(c)) codes[c] = c === LOWER_TO_ASCII ? FOREIGN | TO_ASCII : FOREIGN;
    // countWords: a space is c <= 32 (but 0) or one of isSpace's; a sign is a code unit above U+00BF.
    else codes[c] = (c <= 32 && c !== 0) || (c >= 0xa0 && isSpace(c)) ? SPACE : c > 0xbf ? SIGN : 0;
  }
  return codes;
})();

/** The symbol of a lower-case letter or digit of a key; -1 for any other character. */
function symbolOf(c: number): number {
  const code = c < 0x80 ? CODES[c] : 0;
  return (code & ASCII_WORD) !== 0 && (code & UPPER) === 0 ? code & SYMBOL_MASK : -1;
}

/** True for the case bits of a word written in capitals (an upper-case letter, no lower-case one). */
export function inCapitals(bits: number): boolean {
  return (bits & (UPPER | LOWER)) === UPPER;
}

/** The trie of one lexicon (see the module comment); shared by every scan with that lexicon. */
export class WordTrie {
  /** Per node, {@link SYMBOLS} places: the node each symbol leads to. */
  next: Int32Array;
  /** Per node: the entry of the word it ends written otherwise, and written in capitals ({@link UNKNOWN}: not yet known). */
  entry: Int32Array;
  entryInCapitals: Int32Array;
  /** Nodes in use; those below {@link base} are the lexicon's. */
  private count = ROOT + 1;
  private readonly base: number;
  /** The lexicon's part of {@link next} as built, to cut back to. */
  private readonly baseNext: Int32Array;
  private readonly memo = new TextMemo<number>(MAX_MEMO_WORDS);
  /** Nodes added and memo words, since the trie was made: the work of the look-ups, for tests. */
  private added = 0;

  /** `addedNodes`: how many nodes past the lexicon's it may add before it is cut back (tests make it small). */
  constructor(
    readonly table: KeywordTable,
    private readonly addedNodes = ADDED_NODES,
  ) {
    const keys = table.keys().map((k) => k.toLowerCase());
    const marks = [...keys, ...keys.filter((k) => k.length > 1 && k.endsWith('y')).map((k) => k.slice(0, -1) + 'i')];
    const capacity = ROOT + 1 + marks.reduce((n, k) => n + k.length, 0);
    this.next = new Int32Array(capacity * SYMBOLS);
    this.entry = new Int32Array(capacity);
    this.entryInCapitals = new Int32Array(capacity);
    this.next.fill(DEAD_KEYED, DEAD_KEYED * SYMBOLS, ROOT * SYMBOLS);
    const keyed = new Uint8Array(capacity);
    for (const m of marks) {
      const node = this.path(m);
      if (node !== DEAD) keyed[node] = 1;
    }
    this.settle(keyed);
    this.base = this.count;
    this.baseNext = this.next.slice(0, this.base * SYMBOLS);
    // Sized to the lexicon's nodes; grown when words are added.
    this.next = this.baseNext.slice();
    this.entry = this.entry.slice(0, this.base);
    this.entryInCapitals = this.entryInCapitals.slice(0, this.base);
  }

  /** The node of a lower-case key, added with its prefixes; {@link DEAD} for a key with another character. */
  private path(key: string): number {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const s = symbolOf(key.charCodeAt(i));
      if (s < 0) return DEAD;
      const at = node * SYMBOLS + s;
      if (this.next[at] === DEAD) this.next[at] = this.count++;
      node = this.next[at];
    }
    return node;
  }

  /**
   * The lexicon's nodes done: a node that is or follows a key (`keyed`) sends the symbols it has no
   * child for to {@link DEAD_KEYED} and waits for its entries; a node before any key ends words
   * that are {@link PLAIN}.
   */
  private settle(keyed: Uint8Array): void {
    for (let node = ROOT; node < this.count; node++) {
      const row = node * SYMBOLS;
      for (let s = 0; s < SYMBOLS; s++) {
        const child = this.next[row + s];
        if (child !== DEAD) keyed[child] |= keyed[node];
        else if (keyed[node]) this.next[row + s] = DEAD_KEYED;
      }
      const known = keyed[node] ? UNKNOWN : PLAIN;
      this.entry[node] = known;
      this.entryInCapitals[node] = known;
    }
    this.entry[DEAD] = this.entryInCapitals[DEAD] = PLAIN;
    this.entry[DEAD_KEYED] = this.entryInCapitals[DEAD_KEYED] = UNKNOWN;
  }

  /**
   * The entry of the word `text[start, end)` (letters and digits, as the scanner reads words):
   * what the scanner's inline loop finds, as a method for tests and for callers outside a hot loop.
   */
  lookUpWord(text: string, start: number, end: number): number {
    let node = ROOT;
    let bits = 0;
    for (let i = start; i < end; i++) {
      const code = CODES[text.charCodeAt(i)];
      bits |= code;
      if ((code & ASCII_WORD) !== 0) node = this.next[node * SYMBOLS + (code & SYMBOL_MASK)];
    }
    if ((bits & FOREIGN) !== 0) return this.lookUpOther(text, start, end, bits);
    const e = inCapitals(bits) ? this.entryInCapitals[node] : this.entry[node];
    return e === UNKNOWN ? this.settleWord(text, start, end, bits) : e;
  }

  /**
   * The entry of the word `text[start, end)`, all ASCII letters and digits, that the walk could
   * not settle (it ended on {@link DEAD_KEYED} or on a node whose entry is not yet known); its
   * path is then added, so that the walk settles it next time. `bits`: the case bits of its characters.
   */
  settleWord(text: string, start: number, end: number, bits: number): number {
    const capitals = inCapitals(bits);
    if (end - start > MAX_TRIE_WORD) return this.lookUp(text, start, end);
    const e = this.table.entryOf(text.slice(start, end));
    const node = this.add(text, start, end);
    (capitals ? this.entryInCapitals : this.entry)[node] = e;
    return e;
  }

  /** The node of the word `text[start, end)` (ASCII letters and digits), added with the nodes it lacks. */
  private add(text: string, start: number, end: number): number {
    if (this.count + (end - start) > this.base + this.addedNodes) this.cutBack();
    let node = ROOT;
    for (let i = start; i < end; i++) {
      const at = node * SYMBOLS + (CODES[text.charCodeAt(i)] & SYMBOL_MASK);
      let child = this.next[at];
      if (child <= DEAD_KEYED) this.next[at] = child = this.newNode();
      node = child;
    }
    return node;
  }

  /** A new node after a key: every symbol leads to {@link DEAD_KEYED}, its entries not yet known. */
  private newNode(): number {
    if (this.count * SYMBOLS >= this.next.length) this.grow();
    const node = this.count++;
    this.next.fill(DEAD_KEYED, node * SYMBOLS, (node + 1) * SYMBOLS);
    this.entry[node] = UNKNOWN;
    this.entryInCapitals[node] = UNKNOWN;
    this.added++;
    return node;
  }

  private grow(): void {
    const nodes = Math.min(this.count * 2, this.base + this.addedNodes + MAX_TRIE_WORD);
    const next = new Int32Array(nodes * SYMBOLS);
    next.set(this.next);
    this.next = next;
    for (const name of ['entry', 'entryInCapitals'] as const) {
      const a = new Int32Array(nodes);
      a.set(this[name]);
      this[name] = a;
    }
  }

  /** Back to the lexicon's nodes (their entries stay: they do not depend on the added ones). */
  private cutBack(): void {
    this.next.set(this.baseNext);
    this.count = this.base;
  }

  /**
   * The entry of a word the trie does not walk (a character outside ASCII, or longer than
   * {@link MAX_TRIE_WORD}), from the memo. `bits`: the codes of its characters or-ed together.
   */
  lookUpOther(text: string, start: number, end: number, bits: number): number {
    // Outside ASCII, a word's lower case keeps a character outside ASCII (but for TO_ASCII), so its
    // stem is itself and no key of a–z and 0–9 (nor an acronym of such) can match it.
    if ((bits & TO_ASCII) === 0 && !this.table.foreignKeys) return PLAIN;
    return this.lookUp(text, start, end);
  }

  private lookUp(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end);
    const known = this.memo.get(text, start, end, hash);
    if (known !== undefined) return known;
    const raw = detach(text.slice(start, end));
    const e = this.table.entryOf(raw);
    this.memo.set(raw, hash, e);
    this.added++;
    return e;
  }

  /** Nodes in use (the lexicon's and those added), for tests. */
  get nodes(): number {
    return this.count;
  }

  /** Nodes added and words put in the memo since the trie was made, for tests of the work done. */
  get additions(): number {
    return this.added;
  }
}
