/**
 * Regex sources written as a trie of the words (`P(?:resident(?:ial)?|rime)`) rather than a
 * flat alternation: an engine then tests a character once per position instead of trying
 * every word in turn. The label grammar (profile/patterns.ts) and the gazetteer's start
 * regexes (regions/gazetteer.ts) are both written here.
 */

/** A node of the character trie a regex is written from. */
interface RegexTrieNode {
  /** A word ends here. */
  end: boolean;
  readonly next: Map<string, RegexTrieNode>;
}

/** How {@link trieRegex} writes its source. */
export interface TrieRegexOptions {
  /** The source of one character (a code point) of a word: escaped, or a class of its variants. */
  readonly char: (c: string) => string;
  /**
   * Gather the characters that end a branch into one class after the other branches
   * (`(?:Ab|[MN])` for `Ab`, `M`, `N`), and write an optional tail as `(?:body)?`: the shorter
   * source for thousands of keys (V8 stops optimising a regex whose source exceeds 20 KB).
   * Otherwise every branch stands in order (`(?:Ab|M|N)`).
   */
  readonly leafClass?: boolean;
}

/** A regex source matching exactly the words (the caller cuts them to a prefix if it wants one); '' when no word has a character. */
export function trieRegex(words: Iterable<string>, options: TrieRegexOptions): string {
  const root: RegexTrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root, options);
}

/** The source of a node's subtree (what follows the characters that lead to it). */
function emit(node: RegexTrieNode, options: TrieRegexOptions): string {
  const { char, leafClass } = options;
  const branches: string[] = [];
  const leaves: string[] = [];
  for (const [c, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (leafClass && child.next.size === 0) leaves.push(char(c));
    else branches.push(char(c) + emit(child, options));
  }
  if (leaves.length === 1) branches.push(leaves[0]);
  // A character written as a class of its own cannot stand inside another class.
  else if (leaves.length > 1) branches.push(leaves.some((l) => l.startsWith('[')) ? `(?:${leaves.join('|')})` : `[${leaves.join('')}]`);
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A word that ends here: what follows is optional.
  return leafClass ? `(?:${body})?` : `(?:${branches.join('|')})?`;
}
