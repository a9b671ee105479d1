/**
 * Every name a record can be called by, from the data and from aliases.ts, with how strongly
 * it means that record (its rank) and the rules it is subject to (its flags).
 */
import type { RegionData, Subject } from './data';
import {
  EDITORIAL_ALIASES,
  EXCLUDED_NAMES,
  PERSON_LIKE_NAMES,
  RegionKind,
  spellingVariants,
  typeVariants,
} from './aliases';
import { capitalOf, compare, subjectById } from './records';
import { isRussianAdjective } from './words';

/**
 * How strongly a name means its record; lower wins when the same words name several records.
 * A bare name that is both a subject alias and its capital's name means the capital (`Tver`,
 * `Smolensk`); see {@link rankTerminal}.
 */
export const Rank = {
  editorial: 0,
  subject: 1,
  capital: 2,
  city: 3,
  macro: 4,
  district: 5,
  informal: 6,
} as const;

/** Rules a name is subject to (bits). */
export const Flag = {
  /** Listed only as an alternative of another record with the same name, never chosen. */
  altOnly: 1,
  /** The data's `ambiguousAliases`: chosen only with a region word nearby. */
  needsContext: 2,
  /** Also a person's name: chosen only after a place preposition. */
  personLike: 4,
  /** Never matched as a bare word in text (still found by `findRecord`). */
  excluded: 8,
  /** A one-word Russian name that is itself an adjective (`Мирный`): its adjective forms match. */
  russianAdjective: 16,
} as const;

/** One name of one record. */
export interface NameEntry {
  /** As written in the data (a leading `the` removed). */
  readonly name: string;
  readonly id: string;
  readonly kind: RegionKind;
  readonly rank: number;
  /** Population, to prefer the larger of two cities with one name. */
  readonly population: number;
  readonly flags: number;
}

const excluded: ReadonlySet<string> = new Set(EXCLUDED_NAMES.map((e) => e.name));
const personLike: ReadonlySet<string> = new Set(PERSON_LIKE_NAMES);
const DISTRICT_WORD = /\b(?:District|FD|Okrug)\b|округ|ФО/;

/** All names of all records, in a stable order. */
export function collectNames(data: RegionData): NameEntry[] {
  const out: NameEntry[] = [];
  const push = (name: string, id: string, kind: RegionKind, rank: number, flags = 0, population = 0) => {
    const clean = name.replace(/^the\s+/i, '').trim();
    if (!clean) return;
    let f = flags;
    if (excluded.has(clean)) f |= Flag.excluded;
    if (!/^[A-ZА-ЯЁ]/.test(clean) && !/^\p{Lu}/u.test(clean)) f |= Flag.excluded;
    // A single Russian adjective (`Смоленская`) is not a name, unless it is a town's name (`Мирный`).
    if (/^[А-ЯЁа-яё-]+$/.test(clean) && isRussianAdjective(clean)) f |= kind === 'city' ? Flag.russianAdjective : Flag.excluded;
    if (kind === 'city' && personLike.has(clean)) f |= Flag.personLike;
    out.push({ name: clean, id, kind, rank, population, flags: f });
  };
  const withVariants = (name: string, add: (n: string, flags: number) => void) => {
    const flags = personLike.has(name) ? Flag.personLike : 0;
    add(name, flags);
    for (const v of spellingVariants(name)) add(v, flags);
  };

  for (const a of EDITORIAL_ALIASES) push(a.name, a.id, a.kind, Rank.editorial, personLike.has(a.name) && a.kind === 'city' ? Flag.personLike : 0);

  for (const s of data.subjects) {
    const english = [s.names.en, ...(s.aliases ?? []), ...(s.extraAliases ?? [])];
    for (const name of english) {
      withVariants(name, (n) => push(n, s.id, 'subject', Rank.subject));
      for (const v of typeVariants(s, name)) push(v, s.id, 'subject', Rank.subject);
    }
    for (const name of s.ambiguousAliases ?? []) push(name, s.id, 'subject', Rank.subject, Flag.needsContext);
    for (const name of [s.names.ru, ...(s.aliasesRu ?? [])]) push(name, s.id, 'subject', Rank.subject);
  }

  const federalCities = new Set(data.subjects.filter((s) => s.type === 'federal_city').map((s) => capitalOf(data, s.id)?.id));
  for (const c of data.cities) {
    if (federalCities.has(c.id)) continue; // the subject's own names cover Moscow, Saint Petersburg, Sevastopol
    const subject = subjectById(data, c.subject);
    const rank = capitalOf(data, c.subject)?.id === c.id ? Rank.capital : Rank.city;
    const pop = c.population?.value ?? 0;
    withVariants(c.names.en, (n, flags) => push(n, c.id, 'city', rank, flags, pop));
    for (const alt of centreAlternatives(subject, c.names.ru)) push(alt, c.id, 'city', rank, 0, pop);
    push(c.names.ru, c.id, 'city', rank, 0, pop);
  }

  for (const m of data.macroRegions) {
    for (const name of [m.names.en, ...(m.aliases ?? []), m.names.ru, ...(m.aliasesRu ?? [])]) {
      push(name, m.id, 'macro', Rank.macro);
      // An informal name of exactly one subject (Kuzbass, Stavropolye) means that subject.
      if (m.kind === 'informal_subject_name' && m.relatedSubjects?.length === 1) push(name, m.relatedSubjects[0], 'subject', Rank.subject);
    }
  }

  for (const d of data.districts) {
    for (const name of [d.names.en, ...(d.aliases ?? []), d.names.ru, ...(d.aliasesRu ?? [])]) {
      push(name, d.id, 'district', Rank.district, DISTRICT_WORD.test(name) ? 0 : Flag.excluded);
    }
    for (const name of d.informalRegionNames ?? []) push(name, d.id, 'district', Rank.informal);
  }
  return out;
}

/** Other English spellings the subject gives for its centre or de facto seat (`Lugansk`). */
function centreAlternatives(subject: Subject | undefined, ru: string): readonly string[] {
  if (!subject?.capital) return [];
  if (subject.capital.ru === ru) return subject.capital.enAlt ?? [];
  const seat = subject.capital.deFactoSeat as { ru: string; enAlt?: string[] } | undefined;
  return seat?.ru === ru ? seat.enAlt ?? [] : [];
}

/** Orders the entries one name has: chosen first, alternatives after. */
export function compareEntries(a: NameEntry, b: NameEntry): number {
  return (
    (a.flags & Flag.altOnly) - (b.flags & Flag.altOnly) ||
    a.rank - b.rank ||
    b.population - a.population ||
    compare(a.id, b.id)
  );
}

/**
 * Settles the entries of one name: one entry per record (the strongest), a subject alias
 * that is also the name of the subject's capital becomes an alternative of the capital
 * (`Smolensk`, `Tver`), and an ambiguous alias does too when a city of the subject has the name.
 * Returns them ordered, the preferred first.
 */
export function rankTerminal(entries: readonly NameEntry[], cityOfSubject: (cityId: string) => string | undefined): NameEntry[] {
  if (entries.length === 1) return [entries[0]];
  const byId = new Map<string, NameEntry>();
  for (const e of entries) {
    const prev = byId.get(e.id);
    if (!prev || e.rank < prev.rank || (e.rank === prev.rank && e.flags < prev.flags)) byId.set(e.id, e);
  }
  const list = [...byId.values()];
  const capitalSubjects = new Set(list.filter((e) => e.kind === 'city' && e.rank <= Rank.capital).map((e) => cityOfSubject(e.id)));
  const citySubjects = new Set(list.filter((e) => e.kind === 'city').map((e) => cityOfSubject(e.id)));
  const settled = list.map((e) => {
    if (e.kind !== 'subject' || e.rank === Rank.editorial) return e;
    if (capitalSubjects.has(e.id) || (e.flags & Flag.needsContext && citySubjects.has(e.id))) {
      return { ...e, flags: (e.flags | Flag.altOnly) & ~Flag.needsContext };
    }
    return e;
  });
  return settled.sort(compareEntries);
}
