/**
 * Records by id and the relations between them: the cities and capital of a subject, the
 * members of a district, the subjects related to a macro-region.
 */
import type { City, District, MacroRegion, RegionData, Subject } from './data';
import type { RegionKind } from './aliases';

/** A record of any of the four files, tagged with its kind. */
export type RegionRecord =
  | { readonly kind: 'subject'; readonly record: Subject }
  | { readonly kind: 'district'; readonly record: District }
  | { readonly kind: 'city'; readonly record: City }
  | { readonly kind: 'macro'; readonly record: MacroRegion };

interface Indexes {
  readonly byId: Map<string, RegionRecord>;
  readonly byLowerId: Map<string, RegionRecord>;
  readonly citiesBySubject: Map<string, City[]>;
  readonly capitals: Map<string, City>;
}

const indexes = new WeakMap<RegionData, Indexes>();

function indexesOf(data: RegionData): Indexes {
  let ix = indexes.get(data);
  if (ix) return ix;
  const byId = new Map<string, RegionRecord>();
  const add = (r: RegionRecord) => {
    if (!byId.has(r.record.id)) byId.set(r.record.id, r);
  };
  for (const record of data.subjects) add({ kind: 'subject', record });
  for (const record of data.districts) add({ kind: 'district', record });
  for (const record of data.macroRegions) add({ kind: 'macro', record });
  for (const record of data.cities) add({ kind: 'city', record });
  const byLowerId = new Map<string, RegionRecord>();
  for (const [id, r] of byId) if (!byLowerId.has(id.toLowerCase())) byLowerId.set(id.toLowerCase(), r);

  const citiesBySubject = new Map<string, City[]>();
  for (const c of data.cities) {
    const list = citiesBySubject.get(c.subject);
    if (list) list.push(c);
    else citiesBySubject.set(c.subject, [c]);
  }
  for (const list of citiesBySubject.values()) list.sort((a, b) => population(b) - population(a) || compare(a.id, b.id));

  const capitals = new Map<string, City>();
  for (const s of data.subjects) {
    const ru = s.capital?.ru;
    const list = citiesBySubject.get(s.id) ?? [];
    const capital = (ru && list.find((c) => c.names.ru === ru)) || list.find((c) => c.isCapital);
    if (capital) capitals.set(s.id, capital);
  }
  ix = { byId, byLowerId, citiesBySubject, capitals };
  indexes.set(data, ix);
  return ix;
}

function population(c: City): number {
  return c.population?.value ?? 0;
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The record with this id (any kind; ids are matched exactly, then ignoring case). */
export function recordById(data: RegionData, id: string): RegionRecord | undefined {
  const ix = indexesOf(data);
  return ix.byId.get(id) ?? ix.byLowerId.get(id.toLowerCase());
}

/** The record of this kind with this exact id. */
function byKind(data: RegionData, id: string, kind: RegionKind): RegionRecord['record'] | undefined {
  const r = indexesOf(data).byId.get(id);
  return r && r.kind === kind ? r.record : undefined;
}

/** The federal subject with this id (`RU-KYA`, `UA-14`). */
export function subjectById(data: RegionData, id: string): Subject | undefined {
  return byKind(data, id, 'subject') as Subject | undefined;
}

/** The federal district with this id (`siberian`). */
export function districtById(data: RegionData, id: string): District | undefined {
  return byKind(data, id, 'district') as District | undefined;
}

/** The city with this id (`RU-KYA-krasnoyarsk`). */
export function cityById(data: RegionData, id: string): City | undefined {
  return byKind(data, id, 'city') as City | undefined;
}

/** The macro-region with this id (`siberia`). */
export function macroById(data: RegionData, id: string): MacroRegion | undefined {
  return byKind(data, id, 'macro') as MacroRegion | undefined;
}

/** The cities of a subject, largest first. */
export function citiesOf(data: RegionData, subjectId: string): readonly City[] {
  return indexesOf(data).citiesBySubject.get(subjectId) ?? [];
}

/** The city that is the subject's administrative centre (the federal city itself for Moscow), if the data has it. */
export function capitalOf(data: RegionData, subjectId: string): City | undefined {
  return indexesOf(data).capitals.get(subjectId);
}

/** True when the city is the administrative centre of its subject. */
export function isCapitalCity(data: RegionData, city: City): boolean {
  return capitalOf(data, city.subject)?.id === city.id;
}

/** The member subjects of a district, in the data's order. */
export function subjectsOfDistrict(data: RegionData, districtId: string): readonly Subject[] {
  const d = districtById(data, districtId);
  return d ? d.members.flatMap((id) => subjectById(data, id) ?? []) : [];
}

/** The subjects a macro-region is related to (often approximately; see its `relation`). */
export function relatedSubjectsOf(data: RegionData, macroId: string): readonly Subject[] {
  const m = macroById(data, macroId);
  return m?.relatedSubjects ? m.relatedSubjects.flatMap((id) => subjectById(data, id) ?? []) : [];
}

/** The federal subject a record is or lies in: the subject itself, or a city's subject. */
export function subjectOfRecord(data: RegionData, record: RegionRecord): Subject | undefined {
  if (record.kind === 'subject') return record.record;
  if (record.kind === 'city') return subjectById(data, record.record.subject);
  return undefined;
}

/** The English display name of a record. */
export function recordName(record: RegionRecord): string {
  return record.record.names.en;
}
