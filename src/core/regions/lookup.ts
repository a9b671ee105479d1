/**
 * Resolving what a user types (`Krasnoyarsk Territory`, `krasnoyarsk territory`, `RU-KYA`,
 * `Siberia`, `Смоленской области`) to a record, and the accessors over records.
 */
import type { RegionData } from './data';
import type { Gazetteer } from './gazetteer';
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

/** A name compared without case, `the`, punctuation of apostrophes and dashes, or Russian endings. */
function foldName(name: string): string | undefined {
  return nameKeys(name.trim().replace(/^the\s+/i, '').toLowerCase())?.join(' ');
}

/**
 * Resolves names and ids to records with the gazetteer the service owns; its table of names is
 * built on the first lookup and kept with it.
 */
export class RegionLookup {
  private names: Map<string, NameEntry[]> | undefined;

  constructor(readonly data: RegionData, private readonly gazetteer: Gazetteer) {}

  /**
   * The records a name or id can mean, the most likely first: an id (any case), then a name
   * of the data or of aliases.ts (any case), then the first place name the gazetteer finds in
   * the input (which gives Russian case forms). Empty when nothing matches.
   */
  findRecords(nameOrId: string): RegionRecord[] {
    const data = this.data;
    const input = nameOrId.replace(/\s+/g, ' ').trim();
    if (!input) return [];
    const records: RegionRecord[] = [];
    const add = (r: RegionRecord | undefined) => {
      if (r && !records.includes(r)) records.push(r);
    };
    add(recordById(data, input));
    const key = foldName(input);
    const entries = key ? this.nameTable().get(key) : undefined;
    if (entries) {
      const subjectOfCity = (id: string) => cityById(data, id)?.subject;
      for (const e of rankTerminal(entries, subjectOfCity)) add(recordById(data, e.id));
    }
    if (records.length) return records;
    for (const text of [input, titleCase(input)]) {
      const mention = this.gazetteer.scan(text)[0];
      if (mention) {
        for (const id of [mention.id, ...(mention.alternatives ?? [])]) add(recordById(data, id));
        break;
      }
    }
    return records;
  }

  /** The record a name or id most likely means (see {@link findRecords}), for `describe NAME`. */
  findRecord(nameOrId: string): RegionRecord | undefined {
    return this.findRecords(nameOrId)[0];
  }

  private nameTable(): Map<string, NameEntry[]> {
    if (this.names) return this.names;
    const names = new Map<string, NameEntry[]>();
    for (const entry of collectNames(this.data)) {
      const key = foldName(entry.name);
      if (!key) continue;
      const list = names.get(key);
      if (list) list.push(entry);
      else names.set(key, [entry]);
    }
    this.names = names;
    return names;
  }
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
