/**
 * Records by id and the relations between them: the cities and capital of a subject, the
 * members of a district, the subjects related to a macro-region.
 */
import type { City, District, MacroRegion, RegionData, RegionRecord, Subject } from './data';
import type { RegionKind } from './aliases';

export { compare } from './data';
export type { RegionRecord } from './data';

/** The record with this id (any kind; ids are matched exactly, then ignoring case). */
export function recordById(data: RegionData, id: string): RegionRecord | undefined {
  const ix = data.records;
  return ix.byId.get(id) ?? ix.byLowerId.get(id.toLowerCase());
}

/** The record of this kind with this exact id. */
function byKind(data: RegionData, id: string, kind: RegionKind): RegionRecord['record'] | undefined {
  const r = data.records.byId.get(id);
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
  return data.records.citiesBySubject.get(subjectId) ?? [];
}

/** The city that is the subject's administrative centre (the federal city itself for Moscow), if the data has it. */
export function capitalOf(data: RegionData, subjectId: string): City | undefined {
  return data.records.capitals.get(subjectId);
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
