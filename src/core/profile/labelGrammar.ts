/**
 * The speaker-label grammar as a small tree of regular-expression pieces, so
 * that one definition (in `patterns.ts`) gives both the pattern of the
 * TextMate grammar ({@link labelSource}) and the parser's linear matcher
 * (`labelMatcher.ts`), which runs the same tree word by word without
 * exponential backtracking.
 *
 * An atom is a piece that reads one word, a separator or a lookaround. Its
 * regular expression must have no capture group, and it must have one useful
 * reading at a position (the matcher takes only the first): a word atom is read
 * up to the next comma, white space, parenthesis or colon (its `follow`), which
 * is what always comes after a word in the grammar, and its characters are not
 * among those, so no shorter reading could go on; white space is read whole, as
 * nothing after it starts with white space; a word of several words (`Grand
 * Duke`) is an atom of its own, beside the one-word atom. The tests compare the
 * matcher with the pattern on real and random lines.
 */

/** A leaf of the grammar: a regular expression without capture groups. */
export interface LabelAtom {
  readonly kind: 'atom';
  /** For messages and tests: `roleWord`, `nameWord`, … */
  readonly name: string;
  /** The piece as it stands in the pattern. */
  readonly source: string;
  /** A lookahead that ends the piece where the grammar can go on (`''`: none needed). */
  readonly follow: string;
}

/** A node of the grammar; quantifiers are greedy unless `lazy`. */
export type LabelNode =
  | LabelAtom
  | { readonly kind: 'seq'; readonly items: readonly LabelNode[] }
  | { readonly kind: 'alt'; readonly items: readonly LabelNode[] }
  | { readonly kind: 'star'; readonly item: LabelNode }
  | { readonly kind: 'opt'; readonly item: LabelNode; readonly lazy: boolean }
  | { readonly kind: 'repeat'; readonly item: LabelNode; readonly min: number; readonly max: number }
  | { readonly kind: 'group'; readonly group: number; readonly item: LabelNode };

/** An atom; `follow` as {@link LabelAtom.follow}. */
export function atom(name: string, source: string, follow = ''): LabelAtom {
  return { kind: 'atom', name, source, follow };
}

/** The nodes one after the other. */
export function seq(...items: LabelNode[]): LabelNode {
  return { kind: 'seq', items };
}

/** The first of the nodes that leads to a match (in this order of preference). */
export function alt(...items: LabelNode[]): LabelNode {
  return { kind: 'alt', items };
}

/** The node zero or more times, as many as possible first. */
export function star(item: LabelNode): LabelNode {
  return { kind: 'star', item };
}

/** The node or nothing: the node first, or with `lazy` nothing first. */
export function opt(item: LabelNode, lazy = false): LabelNode {
  return { kind: 'opt', item, lazy };
}

/** The node `min` to `max` times, as many as possible first. */
export function repeat(item: LabelNode, min: number, max: number): LabelNode {
  return { kind: 'repeat', item, min, max };
}

/** A capture group with its number (groups must be numbered in the order they open). */
export function group(n: number, item: LabelNode): LabelNode {
  return { kind: 'group', group: n, item };
}

/**
 * The node as a regular expression in the dialect of `patterns.ts` (read the
 * same by JavaScript and Oniguruma). Throws when the groups are not numbered
 * 1, 2, 3, … in the order they open, as a regular expression numbers them.
 */
export function labelSource(node: LabelNode): string {
  let groups = 0;
  const emit = (n: LabelNode): string => {
    switch (n.kind) {
      case 'atom': return n.source;
      case 'seq': return n.items.map(emit).join('');
      case 'alt': return `(?:${n.items.map(emit).join('|')})`;
      case 'star': return `(?:${emit(n.item)})*`;
      case 'opt': return `(?:${emit(n.item)})?${n.lazy ? '?' : ''}`;
      case 'repeat': return `(?:${emit(n.item)}){${n.min},${n.max}}`;
      case 'group': {
        if (n.group !== ++groups) throw new Error(`label grammar: group ${n.group} opens where group ${groups} is expected`);
        return `(${emit(n.item)})`;
      }
    }
  };
  return emit(node);
}
