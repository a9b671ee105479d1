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
import { detach, normalizeSpace } from '../text';
import { GENERIC_LABELS } from '../profile';

const GENERIC = new Set(GENERIC_LABELS.map((w) => w.toLowerCase()));

/** Normalised forms by label: a transcript repeats its labels, and the model is rebuilt after every edit. */
const forms = new Map<string, string>();
const FORMS_LIMIT = 20_000;

/** The form in which labels are compared. */
export function normalizeLabel(label: string): string {
  let form = forms.get(label);
  if (form === undefined) {
    form = computeForm(label);
    if (forms.size >= FORMS_LIMIT) forms.clear();
    forms.set(detach(label), form);
  }
  return form;
}

function computeForm(label: string): string {
  let s = normalizeSpace(label);
  s = s.replace(/\s*\([^()]*\)?\s*$/u, ''); // trailing remark, closed or not
  s = s.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 '); // VladimirPutin -> Vladimir Putin (not PeskoV)
  return normalizeSpace(s).toLowerCase();
}

/** True when a label is a generic one (`Question`, `Remark (retranslated)`). */
export function isGenericLabel(label: string): boolean {
  const n = normalizeLabel(label);
  if (GENERIC.has(n)) return true;
  const first = n.split(' ')[0];
  return GENERIC.has(first) && / from the | off-camera/.test(` ${n}`);
}

/** A group of labels that name one speaker. */
export interface LabelGroupResult {
  /** For each input label, the index of its group. */
  readonly groupOf: readonly number[];
  /** For each group, the indexes of its labels in input order. */
  readonly groups: readonly (readonly number[])[];
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

/**
 * The forms a label may be matched under: the whole form, and every ending of
 * it with at least two words (`krasnoyarsk territory governor mikhail kotyukov`
 * is also `mikhail kotyukov`, `governor mikhail kotyukov`, …).
 */
function matchKeys(form: string): readonly string[] {
  let keys = matchKeysMemo.get(form);
  if (keys) return keys;
  keys = endingsOf(form);
  if (matchKeysMemo.size >= MATCH_KEYS_LIMIT) matchKeysMemo.clear();
  matchKeysMemo.set(form, keys);
  return keys;
}

/** {@link matchKeys} by form: labels repeat across parses of a document (and its edits). Private, bounded. */
const matchKeysMemo = new Map<string, readonly string[]>();
const MATCH_KEYS_LIMIT = 20_000;

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

/**
 * Groups distinct labels into speakers. `endsInName[i]` tells whether label i
 * ends in a person's name (so a `Name, role` split does not apply to it).
 */
export function groupLabels(labels: readonly string[], endsInName: readonly boolean[]): LabelGroupResult {
  const n = labels.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (i: number, j: number): void => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const generic = labels.map(isGenericLabel);
  const forms = labels.map((l) => normalizeLabel(l));
  const names = forms.map((f, i) => namePartBeforeComma(f, endsInName[i]));
  // Every label is filed under its forms; a label whose ending (of two words
  // or more) is filed joins the labels filed there. This is linear in the
  // number of words, where comparing all pairs would be quadratic in labels.
  const filed = new Map<string, number>();
  const genericFirst = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (generic[i]) {
      const first = forms[i].split(' ')[0];
      const j = genericFirst.get(first);
      if (j === undefined) genericFirst.set(first, i);
      else union(i, j);
      continue;
    }
    for (const form of [forms[i], names[i]]) {
      if (!form) continue;
      const j = filed.get(form);
      if (j === undefined) filed.set(form, i);
      else union(i, j);
    }
  }
  for (let i = 0; i < n; i++) {
    if (generic[i]) continue;
    for (const form of [forms[i], names[i]]) {
      if (!form) continue;
      for (const key of matchKeys(form)) {
        const j = filed.get(key);
        if (j !== undefined && key.includes(' ')) union(i, j);
      }
    }
  }
  const groupIndex = new Map<number, number>();
  const groups: number[][] = [];
  const groupOf = labels.map((_, i) => {
    const root = find(i);
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

/** The key of a group: its shortest label, white space normalised (ties: the first used). */
export function groupKey(labels: readonly string[]): string {
  let best = normalizeSpace(labels[0]);
  for (const l of labels.slice(1)) {
    const n = normalizeSpace(l);
    if (n.length < best.length) best = n;
  }
  return best;
}
