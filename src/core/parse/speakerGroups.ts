/**
 * Speaker identity: which labels of one transcript name the same person.
 *
 * Labels are compared in a normalised form (white space collapsed, case
 * ignored, a trailing remark in parentheses removed, glued words split). Two
 * labels are one speaker when the forms are equal, or when one ends with the
 * other and the shorter has at least two words (role + name); a `Name, role`
 * label is compared by its name. Generic labels (`Question`) are a speaker of
 * their own and never merge with a name.
 */
import { BoundedMap, detach, normalizeSpace } from '../text';

/** A group of labels that name one speaker. */
export interface LabelGroupResult {
  /** For each input label, the index of its group. */
  readonly groupOf: readonly number[];
  /** For each group, the indexes of its labels in input order. */
  readonly groups: readonly (readonly number[])[];
}

/** Bound of each memo below: cleared when full (a huge text of unique labels). */
const MEMO_LIMIT = 20_000;

/**
 * The forms labels are compared in, for one profile's generic labels, with
 * memos of the forms and their endings: a transcript repeats its labels, and
 * the model is rebuilt after every edit. One per parser.
 */
export class LabelForms {
  private readonly generic: ReadonlySet<string>;
  private readonly forms = new BoundedMap<string, string>(MEMO_LIMIT);
  private readonly endings = new BoundedMap<string, readonly string[]>(MEMO_LIMIT);

  constructor(genericLabels: readonly string[]) {
    this.generic = new Set(genericLabels.map((w) => w.toLowerCase()));
  }

  /** The form in which labels are compared. */
  normalize(label: string): string {
    let form = this.forms.get(label);
    if (form === undefined) {
      form = computeForm(label);
      this.forms.set(detach(label), form);
    }
    return form;
  }

  /** True when a label is a generic one (`Question`, `Remark (retranslated)`). */
  isGeneric(label: string): boolean {
    const n = this.normalize(label);
    if (this.generic.has(n)) return true;
    const first = n.split(' ')[0];
    return this.generic.has(first) && / from the | off-camera/.test(` ${n}`);
  }

  /**
   * The forms a label may be matched under: the whole form, and every ending of
   * it with at least two words (`krasnoyarsk territory governor mikhail kotyukov`
   * is also `mikhail kotyukov`, `governor mikhail kotyukov`, …).
   */
  matchKeys(form: string): readonly string[] {
    let keys = this.endings.get(form);
    if (keys) return keys;
    keys = endingsOf(form);
    this.endings.set(form, keys);
    return keys;
  }

  /**
   * Groups distinct labels into speakers. `endsInName[i]` tells whether label i
   * ends in a person's name (so a `Name, role` split does not apply to it).
   */
  group(labels: readonly string[], endsInName: readonly boolean[]): LabelGroupResult {
    const sets = new DisjointSets(labels.length);
    const generic = labels.map((l) => this.isGeneric(l));
    const forms = labels.map((l) => this.normalize(l));
    const names = forms.map((f, i) => namePartBeforeComma(f, endsInName[i]));
    // Every label is filed under its forms; a label whose ending (of two words
    // or more) is filed joins the labels filed there. This is linear in the
    // number of words, where comparing all pairs would be quadratic in labels.
    const filed = fileForms(sets, generic, forms, names);
    for (let i = 0; i < labels.length; i++) {
      if (generic[i]) continue;
      for (const form of [forms[i], names[i]]) {
        if (!form) continue;
        for (const key of this.matchKeys(form)) {
          const j = filed.get(key);
          if (j !== undefined && key.includes(' ')) sets.union(i, j);
        }
      }
    }
    return sets.groups();
  }
}

function computeForm(label: string): string {
  let s = normalizeSpace(label);
  s = s.replace(/\s*\([^()]*\)?\s*$/u, ''); // trailing remark, closed or not
  s = s.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 '); // VladimirPutin -> Vladimir Putin (not PeskoV)
  return normalizeSpace(s).toLowerCase();
}

/**
 * The `Name` part of a `Name, role` label, when the label has that form and
 * does not itself end in a name; undefined otherwise.
 */
function namePartBeforeComma(normalized: string, endsInName: boolean): string | undefined {
  const comma = normalized.indexOf(',');
  if (comma <= 0 || endsInName) return undefined;
  return normalized.slice(0, comma).trim();
}

function endingsOf(form: string): string[] {
  const keys = [form];
  let i = form.indexOf(' ');
  while (i !== -1) {
    const rest = form.slice(i + 1);
    if (rest.includes(' ')) keys.push(rest);
    i = form.indexOf(' ', i + 1);
  }
  return keys;
}

/** Files each label under its forms (generic labels under their first word), joining equal ones; returns the filing. */
function fileForms(sets: DisjointSets, generic: readonly boolean[], forms: readonly string[], names: readonly (string | undefined)[]): Map<string, number> {
  const filed = new Map<string, number>();
  const genericFirst = new Map<string, number>();
  for (let i = 0; i < forms.length; i++) {
    if (generic[i]) {
      const first = forms[i].split(' ')[0];
      const j = genericFirst.get(first);
      if (j === undefined) genericFirst.set(first, i);
      else sets.union(i, j);
      continue;
    }
    for (const form of [forms[i], names[i]]) {
      if (!form) continue;
      const j = filed.get(form);
      if (j === undefined) filed.set(form, i);
      else sets.union(i, j);
    }
  }
  return filed;
}

/** Union-find over 0..n-1; a set's root is its smallest member. */
class DisjointSets {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  union(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }

  /** The sets, numbered in order of their first member. */
  groups(): LabelGroupResult {
    const groupIndex = new Map<number, number>();
    const groups: number[][] = [];
    const groupOf = this.parent.map((_, i) => {
      const root = this.find(i);
      let g = groupIndex.get(root);
      if (g === undefined) {
        g = groups.length;
        groupIndex.set(root, g);
        groups.push([]);
      }
      groups[g].push(i);
      return g;
    });
    return { groupOf, groups };
  }
}

/** The key of a group: its shortest label, white space normalised (ties: the first used). */
export function groupKey(labels: readonly string[]): string {
  let best = normalizeSpace(labels[0]);
  for (const l of labels.slice(1)) {
    const n = normalizeSpace(l);
    if (n.length < best.length) best = n;
  }
  return best;
}
