/**
 * Who a label names, read from its words: an honorific (`Mr.`, `Hon.`,
 * `The Honourable`, `Right Hon.`), the person in parentheses after a role
 * (`The Acting Chair (Mr. Bruce Stanton)`, `The Chair (Hon. Anthony Rota
 * (NipissingTimiskaming, Lib.))`), and an office in parentheses after a name
 * (`Hon. Bill Blair (Minister of Public Safety …)`). Used to group the labels
 * of one person and to name the speaker.
 */
import { endBeforeRemarks, isSpace, normalizeSpace, remarkAt } from '../text';

/** Honorifics by their spelling in lower case without a final period, to one form each. */
const HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['mr', 'mr'], ['mrs', 'mrs'], ['ms', 'ms'], ['miss', 'miss'], ['mx', 'mx'], ['dr', 'dr'], ['prof', 'prof'],
  ['sir', 'sir'], ['dame', 'dame'], ['lord', 'lord'], ['lady', 'lady'], ['madam', 'madam'],
  ['rev', 'rev'], ['revd', 'rev'], ['reverend', 'rev'], ['hon', 'hon'], ['honourable', 'hon'], ['honorable', 'hon'],
]);
const RIGHT: ReadonlySet<string> = new Set(['right', 'rt']);
/** Honorifics that `The` may stand before (`The Honourable`, `The Reverend`). */
const AFTER_THE: ReadonlySet<string> = new Set(['hon', 'rev']);
const MALE: ReadonlySet<string> = new Set(['mr', 'sir', 'lord']);
const FEMALE: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam']);

/** An honorific read at the start of a list of words: its one form, and the index of the first word after it. */
export interface HonorificRead {
  readonly honorific: string;
  readonly next: number;
}

const bare = (word: string | undefined): string => (word !== undefined && word.endsWith('.') ? word.slice(0, -1) : word ?? '').toLowerCase();

/**
 * The honorific the words start with (`mr`, `hon`, `right hon`), when a name
 * follows it; undefined otherwise (`Mr.` alone is no honorific of anyone).
 */
export function readHonorific(words: readonly string[]): HonorificRead | undefined {
  let i = 0;
  const the = bare(words[i]) === 'the';
  if (the) i++;
  const right = RIGHT.has(bare(words[i]));
  if (right) i++;
  let honorific = HONORIFICS.get(bare(words[i]));
  if (honorific === undefined) return undefined;
  if (right) {
    if (honorific !== 'hon') return undefined;
    honorific = 'right hon';
  } else if (the && !AFTER_THE.has(honorific)) return undefined;
  return i + 1 < words.length ? { honorific, next: i + 1 } : undefined;
}

/** The sex an honorific implies: `m`, `f`, or '' (`Dr.`, `Hon.`). Two honorifics of different sexes name different people. */
export function sexOf(honorific: string): string {
  return MALE.has(honorific) ? 'm' : FEMALE.has(honorific) ? 'f' : '';
}

/** True when one person may bear both honorifics (either missing, or not of different sexes). */
export function honorificsAgree(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const sa = sexOf(a);
  const sb = sexOf(b);
  return sa === '' || sb === '' || sa === sb;
}

/** A person named in parentheses after a role: offsets in the label. */
export interface HeldOffice {
  /** End of the role, the label before the parentheses: `The Acting Chair`. */
  readonly roleEnd: number;
  /** The person as written, honorific included and remarks left out: `Mr. Bruce Stanton`. */
  readonly personStart: number;
  readonly personEnd: number;
  /** Start of the name after the honorific: `Bruce Stanton`. */
  readonly nameStart: number;
  readonly honorific: string;
}

/**
 * The person of a `Role (Honorific Name …)` label (`The Prime Minister (Mr.
 * Tony Blair)`), or undefined. Only a parenthesis that starts with an
 * honorific names a person; `(Chingford and Woodford Green)` does not.
 */
export function heldOffice(label: string): HeldOffice | undefined {
  const roleEnd = endBeforeRemarks(label);
  const remark = remarkAt(label, roleEnd);
  if (!remark) return undefined;
  const personEnd = endBeforeRemarks(label, remark.contentStart, remark.contentEnd);
  const spans = wordSpans(label, remark.contentStart, personEnd);
  const read = readHonorific(spans.map(([a, b]) => label.slice(a, b)));
  if (!read) return undefined;
  return { roleEnd, personStart: remark.contentStart, personEnd, nameStart: spans[read.next][0], honorific: read.honorific };
}

/**
 * The office in the first parentheses after a name (`Minister of Health` in
 * `Hon. Patty Hajdu (Minister of Health)`): a remark whose first word is one of
 * `roleWords`. A riding, a party or `(through translator)` is no office.
 */
export function officeRemark(label: string, roleWords: ReadonlySet<string>): string | undefined {
  const remark = remarkAt(label, endBeforeRemarks(label));
  if (!remark) return undefined;
  const end = endBeforeRemarks(label, remark.contentStart, remark.contentEnd);
  const spans = wordSpans(label, remark.contentStart, end);
  if (spans.length === 0 || !roleWords.has(label.slice(spans[0][0], spans[0][1]))) return undefined;
  return normalizeSpace(label.slice(remark.contentStart, end));
}

/** A role without a leading `The` (`Acting Chair` from `The Acting Chair`). */
export function withoutThe(role: string): string {
  return /^the\s/i.test(role) ? role.slice(4).trimStart() : role;
}

/** Start and end of each word (run of non-space characters) of `s[start, end)`. */
function wordSpans(s: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const w = i;
    while (i < end && !isSpace(s.charCodeAt(i))) i++;
    if (i > w) spans.push([w, i]);
  }
  return spans;
}
