/**
 * A compiled lexicon as flat numbers, for the scanner's inner loop: what a written word means
 * (its keyword hits, the phrase it opens, its stem as a later word of a phrase) is one small
 * integer, an *entry*, and what an entry or a phrase holds sits in typed arrays indexed by it.
 * A word found costs no object, string or `Map` look-up; only the phrase steps look up a `Map`,
 * keyed by numbers.
 *
 * Entries: {@link PLAIN} (the word means nothing to the lexicon), then one per stem of a
 * keyword or of a word of a phrase, then one per acronym (its stem's hits, then its own).
 */
import { isAcronym, stem } from './stem';
import type { KeywordHit, PhraseNode, TopicLexicon } from './lexicon';

/** The entry of a word that no keyword or phrase knows. */
export const PLAIN = 0;
/** {@link KeywordTable.opens} and {@link KeywordTable.stemOf} when there is none; {@link KeywordTable.child} when no phrase goes on. */
export const NONE = -1;

/** Hits in a flat list, as runs: run `r` is `ids[start[r]]` to `ids[start[r + 1]]`. */
interface HitRuns {
  readonly start: number[];
  readonly ids: number[];
}

function addRun(runs: HitRuns, hits: readonly KeywordHit[]): void {
  for (const h of hits) runs.ids.push(h.id);
  runs.start.push(runs.ids.length);
}

/** The lexicon's entries and phrases as numbers (see the module comment). One per lexicon. */
export class KeywordTable {
  /** Per hit id: its topic and its weight. */
  readonly hitTopic: Int32Array;
  readonly hitWeight: Float64Array;
  /** Per entry `e`: its hit ids are `entryHits[hitStart[e]]` to `entryHits[hitStart[e + 1]]`. */
  readonly hitStart: Int32Array;
  readonly entryHits: Int32Array;
  /** Per entry: the phrase it opens (its first word is this stem), or {@link NONE}. */
  readonly opens: Int32Array;
  /** Per entry: the number of its stem among the words that continue a phrase, or {@link NONE}. */
  readonly stemOf: Int32Array;
  /** Per entry: 1 when the word counts a keyword or opens a phrase (else it matters only inside an open phrase). */
  readonly active: Uint8Array;
  /** Per phrase: the hits of the keywords that end there are `phraseHits[phraseStart[p]]` to `phraseHits[phraseStart[p + 1]]`. */
  readonly phraseStart: Int32Array;
  readonly phraseHits: Int32Array;
  /** Per phrase: 1 when a longer phrase goes on from it. */
  readonly phraseGoesOn: Uint8Array;
  /** True when a key holds a character outside a–z and 0–9 (a non-Latin keyword): such words must be looked up. */
  readonly foreignKeys: boolean;
  /** The stems and acronym spellings the entries stand for (entry - 1), for {@link keys}. */
  private readonly names: string[] = [];
  private readonly byStem = new Map<string, number>();
  private readonly byAcronym = new Map<string, number>();
  /** Phrase `p` followed by the stem numbered `s`: `p * stemCount + s` -> the phrase. */
  private readonly next = new Map<number, number>();
  private readonly stemCount: number;

  constructor(lexicon: TopicLexicon) {
    this.hitTopic = Int32Array.from(lexicon.hits, (h) => h.topic);
    this.hitWeight = Float64Array.from(lexicon.hits, (h) => h.weight);
    const phrases = numberPhrases(lexicon.phrases);
    const stems = new Map<string, number>();
    for (const node of phrases.nodes) for (const s of node.next.keys()) if (!stems.has(s)) stems.set(s, stems.size);
    this.stemCount = stems.size;
    phrases.nodes.forEach((node, p) => {
      for (const [s, child] of node.next) this.next.set(p * this.stemCount + (stems.get(s) as number), phrases.ids.get(child) as number);
    });
    const runs: HitRuns = { start: [0, 0], ids: [] }; // the empty run of PLAIN
    const opens = [NONE];
    const stemOf = [NONE];
    const add = (name: string, key: string, hits: readonly KeywordHit[]) => {
      const root = lexicon.phrases.get(key);
      opens.push(root === undefined ? NONE : (phrases.ids.get(root) as number));
      stemOf.push(stems.get(key) ?? NONE);
      addRun(runs, hits);
      this.names.push(name);
      return opens.length - 1;
    };
    for (const key of new Set([...lexicon.index.keys(), ...lexicon.phrases.keys(), ...stems.keys()])) this.byStem.set(key, add(key, key, lexicon.index.get(key) ?? []));
    for (const [raw, hits] of lexicon.acronyms) {
      const key = stem(raw.toLowerCase());
      this.byAcronym.set(raw, add(raw, key, [...(lexicon.index.get(key) ?? []), ...hits]));
    }
    this.hitStart = Int32Array.from(runs.start);
    this.entryHits = Int32Array.from(runs.ids);
    this.opens = Int32Array.from(opens);
    this.stemOf = Int32Array.from(stemOf);
    this.active = Uint8Array.from(opens, (o, e) => (o !== NONE || runs.start[e + 1] > runs.start[e] ? 1 : 0));
    const phraseRuns: HitRuns = { start: [0], ids: [] };
    for (const node of phrases.nodes) addRun(phraseRuns, node.hits);
    this.phraseStart = Int32Array.from(phraseRuns.start);
    this.phraseHits = Int32Array.from(phraseRuns.ids);
    this.phraseGoesOn = Uint8Array.from(phrases.nodes, (n) => (n.next.size > 0 ? 1 : 0));
    this.foreignKeys = this.keys().some((k) => !/^[a-z0-9]*$/.test(k.toLowerCase()));
  }

  /** The entry of a written word (as the text has it): its stem's, or its acronym's when written in capitals. */
  entryOf(raw: string): number {
    if (isAcronym(raw)) {
      const e = this.byAcronym.get(raw);
      if (e !== undefined) return e;
    }
    return this.byStem.get(stem(raw.toLowerCase())) ?? PLAIN;
  }

  /** The phrase that goes on from phrase `phrase` with the stem numbered `stemNumber` ({@link stemOf}), or {@link NONE}. */
  child(phrase: number, stemNumber: number): number {
    return stemNumber === NONE ? NONE : (this.next.get(phrase * this.stemCount + stemNumber) ?? NONE);
  }

  /** Every stem and acronym an entry stands for, as the lexicon writes them (acronyms in capitals). */
  keys(): string[] {
    return [...this.names];
  }

  /** True when entry `e` stands for an acronym (matched only when written in capitals). */
  isAcronymEntry(e: number): boolean {
    return e !== PLAIN && this.byAcronym.get(this.names[e - 1]) === e;
  }
}

/** The phrase trie's nodes in a list (breadth first), with each node's number. */
function numberPhrases(roots: ReadonlyMap<string, PhraseNode>): { nodes: PhraseNode[]; ids: Map<PhraseNode, number> } {
  const nodes: PhraseNode[] = [...roots.values()];
  for (let i = 0; i < nodes.length; i++) for (const child of nodes[i].next.values()) nodes.push(child);
  return { nodes, ids: new Map(nodes.map((n, i) => [n, i])) };
}
