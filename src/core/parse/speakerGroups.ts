/**
 * Speaker identity: which labels of one transcript name the same person.
 *
 * Labels are compared in a normalised form (white space collapsed, case
 * ignored, trailing remarks in parentheses removed, glued words split). Two
 * labels are one speaker when
 * - their forms are equal, or one ends with the other and the shorter has at
 *   least two words (role + name); a `Name, role` label is compared by its name;
 * - they name one person with the same honorific spelt differently (`The
 *   Honourable Pablo Rodriguez`, `Hon. Pablo Rodriguez`);
 * - one is a short form of exactly one fuller name in the transcript: an
 *   honorific and surname (`Mr. Duncan Smith`, `Mr. Iain Duncan Smith
 *   (Chingford and Woodford Green)`), a bare surname (`SALINAS`, `MARÍA ELENA
 *   SALINAS`; `SMITH`, `MR. SMITH`), a first name (`Richard`, `Richard Ladner`),
 *   or a role whose holder one label names (`The Prime Minister`, `The Prime
 *   Minister (Mr. Tony Blair)`). With two fuller names (two Smiths) the short
 *   form stays a speaker of its own: two people are never merged.
 * A `Role (Mr. Name)` label is the person in the parentheses. Generic labels
 * (`Question`, `MODERATOR`) are a speaker of their own and never merge with a
 * name.
 */
import { BoundedMap, detach, normalizeSpace, withoutRemarks } from '../text';
import { ROLE_WORDS } from '../profile/patterns';
import { heldOffice, honorificsAgree, readHonorific, sexOf, withoutThe } from './personName';

/** What grouping reads of a distinct label (a {@link LabelMatch} has it). */
export interface GroupLabel {
  /** The label as in the file, without the colon. */
  readonly label: string;
  /** Where the label's name stands (the whole label when nothing else is known). */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** True for a generic label (`Question`, `MODERATOR`). */
  readonly generic: boolean;
  /** False for a `Name, role` label, whose name is not at its end. */
  readonly endsInName: boolean;
}

/** A group of labels that name one speaker. */
export interface LabelGroupResult {
  /** For each input label, the index of its group. */
  readonly groupOf: readonly number[];
  /** For each group, the indexes of its labels in input order. */
  readonly groups: readonly (readonly number[])[];
}

/** Bound of each memo below: cleared when full (a huge text of unique labels). */
const MEMO_LIMIT = 20_000;

/** Who a distinct label names, in lower case: what the rules beyond equal forms compare. */
interface Person {
  /** The form the label is filed under: for `Role (Mr. Name)` the person's, else the label's. */
  readonly form: string;
  /** The honorific's one form (`mr`, `hon`), '' when none. */
  readonly honorific: string;
  /** The words of the name, without honorific and remarks. */
  readonly words: readonly string[];
  /** For `Role (Mr. Name)`: the role, without a leading `the` (`prime minister`). */
  readonly role?: string;
}

/**
 * The forms labels are compared in, for one profile's generic labels, with
 * memos of the forms and their endings: a transcript repeats its labels, and
 * the model is rebuilt after every edit. One per parser.
 */
export class LabelForms {
  private readonly generic: ReadonlySet<string>;
  /** Words a short name may not hold (`Mr. Speaker`, `Mr. President` are offices, not surnames), lower case. */
  private readonly notNames: ReadonlySet<string>;
  /** Words that open an office in parentheses (`(Minister of Health)`), as written. */
  readonly roleWords: ReadonlySet<string>;
  private readonly forms = new BoundedMap<string, string>(MEMO_LIMIT);
  private readonly endings = new BoundedMap<string, readonly string[]>(MEMO_LIMIT);
  private readonly persons = new BoundedMap<string, Person>(MEMO_LIMIT);

  constructor(genericLabels: readonly string[], roleWords: readonly string[] = ROLE_WORDS) {
    this.generic = new Set(genericLabels.map((w) => w.toLowerCase()));
    this.roleWords = new Set(roleWords);
    this.notNames = new Set([...this.generic, ...roleWords.map((w) => w.toLowerCase())]);
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

  /** Groups distinct labels into speakers (see the module comment for the rules). */
  group(labels: readonly GroupLabel[]): LabelGroupResult {
    const sets = new DisjointSets(labels.length);
    const generic = labels.map((l) => l.generic || this.isGeneric(l.label));
    const persons = labels.map((l, i) => (generic[i] ? undefined : this.person(l)));
    const forms = labels.map((l, i) => persons[i]?.form ?? this.normalize(l.label));
    const names = forms.map((f, i) => namePartBeforeComma(f, labels[i].endsInName || persons[i]?.role !== undefined));
    // Every label is filed under its forms; a label whose ending (of two words
    // or more) is filed joins the labels filed there. This is linear in the
    // number of words, where comparing all pairs would be quadratic in labels.
    const filed = fileForms(sets, generic, forms, names, this.generic);
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
    joinHonorificSpellings(sets, persons);
    joinShortForms(sets, persons, this.notNames);
    return sets.groups();
  }

  /** Who a label names (memoised by label and name span). */
  private person(l: GroupLabel): Person {
    const key = l.nameStart === 0 && l.nameEnd === l.label.length ? l.label : `${l.nameStart}:${l.nameEnd}:${l.label}`;
    let p = this.persons.get(key);
    if (!p) {
      p = this.computePerson(l);
      this.persons.set(detach(key), p);
    }
    return p;
  }

  private computePerson(l: GroupLabel): Person {
    const held = heldOffice(l.label);
    if (held) {
      return {
        form: this.normalize(l.label.slice(held.personStart, held.personEnd)),
        honorific: held.honorific,
        words: wordsOf(this.normalize(l.label.slice(held.nameStart, held.personEnd))),
        role: withoutThe(this.normalize(l.label.slice(0, held.roleEnd))),
      };
    }
    const form = this.normalize(l.label);
    const name = wordsOf(this.normalize(l.label.slice(l.nameStart, l.nameEnd)));
    const own = readHonorific(name);
    if (own) return { form, honorific: own.honorific, words: name.slice(own.next) };
    // An honorific the pattern put in the role (`Mr.` before the name `Duncan Smith`).
    const outer = readHonorific(wordsOf(form));
    return { form, honorific: outer?.honorific ?? '', words: name };
  }
}

function computeForm(label: string): string {
  let s = withoutRemarks(normalizeSpace(label)); // trailing remarks, closed or not, nested or not
  s = s.replace(/(\p{Ll})(?=\p{Lu}\p{Ll})/gu, '$1 '); // VladimirPutin -> Vladimir Putin (not PeskoV)
  return normalizeSpace(s).toLowerCase();
}

const wordsOf = (form: string): string[] => (form === '' ? [] : form.split(' '));

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

/**
 * Files each label under its forms, joining equal ones; returns the filing.
 * Generic labels are filed apart, a profile's generic word under its first
 * word (`Question`, `Question from the audience`), others whole (`UNIDENTIFIED MALE`).
 */
function fileForms(
  sets: DisjointSets, generic: readonly boolean[], forms: readonly string[], names: readonly (string | undefined)[], genericWords: ReadonlySet<string>,
): Map<string, number> {
  const filed = new Map<string, number>();
  const genericFiled = new Map<string, number>();
  for (let i = 0; i < forms.length; i++) {
    if (generic[i]) {
      const first = forms[i].split(' ')[0];
      const key = genericWords.has(first) ? first : forms[i];
      const j = genericFiled.get(key);
      if (j === undefined) genericFiled.set(key, i);
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

/**
 * Joins labels that name one person with one honorific spelt differently
 * (`The Honourable Pablo Rodriguez`, `Hon. Pablo Rodriguez`; `Right Hon.` and
 * `Hon.` too, but never `Mr.` and `Mrs.`).
 */
function joinHonorificSpellings(sets: DisjointSets, persons: readonly (Person | undefined)[]): void {
  const seen = new Map<string, number>();
  persons.forEach((p, i) => {
    if (!p || p.honorific === '' || p.words.length === 0) return;
    // A surname alone keeps its exact honorific (`Dr. Smith`, `Prof. Smith` may be two people).
    const key = `${p.words.length > 1 ? sexOf(p.honorific) : p.honorific}|${p.words.join(' ')}`;
    const j = seen.get(key);
    if (j === undefined) seen.set(key, i);
    else sets.union(i, j);
  });
}

/** A fuller form filed for short ones: its group when filed, honorific and number of name words. */
interface Fuller {
  readonly root: number;
  readonly honorific: string;
  readonly words: number;
}
/** More fuller forms under one key than this: the short form is ambiguous whatever they are. */
const MAX_FULLER = 8;
/** The longest short form looked up (`Mr. Martinez Ferrada`): fuller names are filed by endings of up to this many words. */
const MAX_SHORT_WORDS = 3;

/**
 * Joins each short form to the one fuller form it can stand for, when there is
 * exactly one group of them: a surname with an honorific, a bare surname or
 * first name, a role whose holder a label names.
 */
function joinShortForms(sets: DisjointSets, persons: readonly (Person | undefined)[], notNames: ReadonlySet<string>): void {
  const index = new Map<string, Fuller[]>();
  persons.forEach((p, i) => {
    if (p) fileFuller(index, p, sets.find(i));
  });
  const targets = persons.map((p) => (p ? shortFormTarget(index, p, notNames) : undefined));
  targets.forEach((t, i) => {
    if (t !== undefined) sets.union(i, t);
  });
}

function fileFuller(index: Map<string, Fuller[]>, p: Person, root: number): void {
  const n = p.words.length;
  const entry: Fuller = { root, honorific: p.honorific, words: n };
  for (let k = 1; k <= Math.min(n, MAX_SHORT_WORDS); k++) addFuller(index, `s ${p.words.slice(n - k).join(' ')}`, entry);
  if (n >= 2) addFuller(index, `f ${p.words[0]}`, entry);
  if (p.role !== undefined) addFuller(index, `r ${p.role}`, entry);
}

function addFuller(index: Map<string, Fuller[]>, key: string, entry: Fuller): void {
  const list = index.get(key);
  if (!list) index.set(key, [entry]);
  else if (list.length <= MAX_FULLER && !list.some((e) => e.root === entry.root && e.honorific === entry.honorific && e.words === entry.words)) list.push(entry);
}

/** The group a short form stands for, when exactly one group of fuller forms fits it. */
function shortFormTarget(index: ReadonlyMap<string, readonly Fuller[]>, p: Person, notNames: ReadonlySet<string>): number | undefined {
  if (p.role !== undefined) return undefined;
  const found: Fuller[][] = [];
  const n = p.words.length;
  // `The Prime Minister` for the one `The Prime Minister (Mr. Tony Blair)`.
  if (p.honorific === '') found.push((index.get(`r ${withoutThe(p.form)}`) ?? []).slice());
  if (n >= 1 && n <= MAX_SHORT_WORDS && (p.honorific !== '' || n === 1) && !p.words.some((w) => notNames.has(w))) {
    // `Mr. Howard` / `SMITH` for the one `Mr. Michael Howard` / `MR. SMITH`: a fuller name ending in the words.
    const fuller = (e: Fuller) => e.words > n || (e.words === n && p.honorific === '' && e.honorific !== '');
    found.push(keep(index.get(`s ${p.words.join(' ')}`), (e) => fuller(e) && honorificsAgree(p.honorific, e.honorific)));
    // `Richard` for the one `Richard Ladner`: a bare first name.
    if (p.honorific === '' && n === 1) found.push(keep(index.get(`f ${p.words[0]}`), () => true));
  }
  return onlyRoot(found);
}

/** The entries of a list that pass a test; a full list stays full (ambiguous). */
function keep(list: readonly Fuller[] | undefined, test: (e: Fuller) => boolean): Fuller[] {
  if (!list) return [];
  return list.length > MAX_FULLER ? list.slice() : list.filter(test);
}

/** The one group the lists name, or undefined (none, several, or a full list). */
function onlyRoot(lists: readonly (readonly Fuller[])[]): number | undefined {
  let root: number | undefined;
  for (const list of lists) {
    if (list.length > MAX_FULLER) return undefined;
    for (const e of list) {
      if (root !== undefined && e.root !== root) return undefined;
      root = e.root;
    }
  }
  return root;
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
