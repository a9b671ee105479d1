/**
 * Resolving what a user types (`Krasnoyarsk Territory`, `krasnoyarsk territory`, `RU-KYA`,
 * `Siberia`, `Смоленской области`) to a record, and the accessors over records.
 */
import type { RegionData } from './data';
import { createGazetteer, Gazetteer } from './gazetteer';
import { collectNames, NameEntry, rankTerminal } from './names';
import { cityById, recordById, RegionRecord } from './records';
import { nameKeys } from './words';

export {
  capitalOf,
  citiesOf,
  cityById,
  districtById,
  isCapitalCity,
  macroById,
  recordById,
  recordName,
  relatedSubjectsOf,
  subjectById,
  subjectOfRecord,
  subjectsOfDistrict,
} from './records';
export type { RegionRecord } from './records';

interface LookupIndex {
  readonly names: Map<string, NameEntry[]>;
  readonly gazetteer: Gazetteer;
}

const lookups = new WeakMap<RegionData, LookupIndex>();

function lookupIndex(data: RegionData): LookupIndex {
  let ix = lookups.get(data);
  if (ix) return ix;
  const names = new Map<string, NameEntry[]>();
  for (const entry of collectNames(data)) {
    const key = foldName(entry.name);
    if (!key) continue;
    const list = names.get(key);
    if (list) list.push(entry);
    else names.set(key, [entry]);
  }
  ix = { names, gazetteer: createGazetteer(data) };
  lookups.set(data, ix);
  return ix;
}

/** A name compared without case, `the`, punctuation of apostrophes and dashes, or Russian endings. */
function foldName(name: string): string | undefined {
  return nameKeys(name.trim().replace(/^the\s+/i, '').toLowerCase())?.join(' ');
}

/**
 * The records a name or id can mean, the most likely first: an id (any case), then a name
 * of the data or of aliases.ts (any case), then the first place name the gazetteer finds in
 * the input (which gives Russian case forms). Empty when nothing matches.
 */
export function findRecords(data: RegionData, nameOrId: string): RegionRecord[] {
  const input = nameOrId.replace(/\s+/g, ' ').trim();
  if (!input) return [];
  const ix = lookupIndex(data);
  const records: RegionRecord[] = [];
  const add = (r: RegionRecord | undefined) => {
    if (r && !records.includes(r)) records.push(r);
  };
  add(recordById(data, input));
  const key = foldName(input);
  const entries = key ? ix.names.get(key) : undefined;
  if (entries) {
    const subjectOfCity = (id: string) => cityById(data, id)?.subject;
    for (const e of rankTerminal(entries, subjectOfCity)) add(recordById(data, e.id));
  }
  if (records.length) return records;
  for (const text of [input, titleCase(input)]) {
    const mention = ix.gazetteer.scan(text)[0];
    if (mention) {
      for (const id of [mention.id, ...(mention.alternatives ?? [])]) add(recordById(data, id));
      break;
    }
  }
  return records;
}

/** The record a name or id most likely means (see {@link findRecords}), for `describe NAME`. */
export function findRecord(data: RegionData, nameOrId: string): RegionRecord | undefined {
  return findRecords(data, nameOrId)[0];
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
