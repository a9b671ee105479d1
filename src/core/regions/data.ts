/**
 * The bundled reference data on Russian regions (data/regions/*.json, CC BY-SA 4.0,
 * see data/regions/SOURCES.md): typed views of the fields we use, and their record indexes.
 * The files are loaded outside the core (src/services/data.ts) and given to the service.
 */

/** A name in English and in Russian. */
export interface RegionNames {
  readonly en: string;
  readonly ru: string;
}

/** A counted figure with its reference date and source (a census or an estimate). */
export interface RegionCount {
  readonly value: number;
  /** ISO date the figure refers to (`2021-10-01` for the 2021 census). */
  readonly date: string;
  readonly source: string;
  readonly note?: string;
}

/** The administrative centre of a federal subject, as the data records it. */
export interface SubjectCapital {
  /** English name; null where the subject has no de jure centre (Moscow Oblast). */
  readonly en: string | null;
  readonly ru: string | null;
  /** Other English spellings (`Lugansk`). */
  readonly enAlt?: readonly string[];
  readonly designation: 'administrative_centre' | 'federal_city_itself' | 'none_de_jure' | 'designated_by_russia';
  readonly note?: string;
  /** Where the government sits when that differs from the centre. */
  readonly seatOfGovernment?: { readonly en: string; readonly ru: string };
  /** A temporary centre declared by the authorities in control (Melitopol, Henichesk). */
  readonly deFactoSeat?: { readonly en: string; readonly ru: string; readonly since?: string; readonly note?: string };
}

/** One of the 89 federal subjects as counted by Russia (federal-subjects.json). */
export interface Subject {
  /** ISO 3166-2 code: `RU-KYA`; `UA-14` etc. for the six annexed territories. */
  readonly id: string;
  readonly names: RegionNames;
  readonly type: 'republic' | 'krai' | 'oblast' | 'federal_city' | 'autonomous_oblast' | 'autonomous_okrug';
  /** The type in words (`Krai (Territory)`, `край`). */
  readonly typeLabel?: RegionNames;
  /** Sourced English variants and rule-generated forms (`Krasnoyarsk Territory`). */
  readonly aliases?: readonly string[];
  /** Editorial English variants (Kremlin-style English, short forms). */
  readonly extraAliases?: readonly string[];
  /** Short forms that are also a place name or a bare ethnonym: need context. */
  readonly ambiguousAliases?: readonly string[];
  /** Russian variants (abbreviated and short forms). */
  readonly aliasesRu?: readonly string[];
  readonly iso3166_2?: string;
  /** Id of the federal district (federal-districts.json); absent for UA-09, UA-23, UA-65. */
  readonly federalDistrict?: string;
  readonly capital?: SubjectCapital;
  /** Resident population at the 2021 census (absent for the territories annexed in 2022). */
  readonly populationCensus2021?: RegionCount;
  readonly areaKm2?: { readonly value: number; readonly unit: string; readonly note?: string };
  readonly timezone?: { readonly utcOffset: string };
  /** Present only for annexed territories: the annexation and the international status. */
  readonly status?: string;
}

/** What a district and a macro-region record hold in common: an id, the names, other English and Russian names. */
export interface AliasedRecord {
  readonly id: string;
  readonly names: RegionNames;
  readonly aliases?: readonly string[];
  readonly aliasesRu?: readonly string[];
}

/** One of the 8 federal districts (federal-districts.json); ids `central`, `siberian`, `far-eastern`, ... */
export interface District extends AliasedRecord {
  /** Informal names that only approximately coincide with the district (`Siberia`, `the Urals`). */
  readonly informalRegionNames?: readonly string[];
  readonly centre: RegionNames;
  /** Ids of the member subjects. */
  readonly members: readonly string[];
  readonly populationCensus2021?: { readonly memberSum: number; readonly date: string; readonly statedTotal?: number; readonly note?: string };
}

/** A city (cities.json, 1,117 entries), or a centre of an annexed territory added by {@link buildRegionData}. */
export interface City {
  /** `<subject id>-<slug>`: `RU-KYA-krasnoyarsk`. */
  readonly id: string;
  readonly names: RegionNames;
  /** Id of the federal subject the city belongs to. */
  readonly subject: string;
  readonly federalDistrict?: string;
  /** Administrative centre of its subject, or a federal city (as cities.json marks it). */
  readonly isCapital: boolean;
  /** Population as given by the source, which states no year; absent for added entries. */
  readonly population?: { readonly value: number; readonly year: number | null; readonly note?: string };
  /** Year of foundation (negative: BCE). */
  readonly foundationYear?: number;
  readonly subjectStatusNote?: string;
  /** Set on entries that are not in cities.json (centres of the territories annexed in 2022): why they were added. */
  readonly addedNote?: string;
}

/** An informal, historical or statutory name for a part of Russia (macro-regions.json); ids `siberia`, `far-east`, `donbass`, `arctic-zone`, ... */
export interface MacroRegion extends AliasedRecord {
  readonly kind: string;
  /** One neutral sentence. */
  readonly description: string;
  readonly relatedDistricts?: readonly string[];
  readonly relatedSubjects?: readonly string[];
  /** How the related ids relate to the name (often approximately). */
  readonly relation?: string;
}

/** The four files' lists, as plain data (what the service is given). */
export interface RegionLists {
  readonly subjects: readonly Subject[];
  readonly districts: readonly District[];
  readonly cities: readonly City[];
  readonly macroRegions: readonly MacroRegion[];
}

/** A record of any of the four files, tagged with its kind. */
export type RegionRecord =
  | { readonly kind: 'subject'; readonly record: Subject }
  | { readonly kind: 'district'; readonly record: District }
  | { readonly kind: 'city'; readonly record: City }
  | { readonly kind: 'macro'; readonly record: MacroRegion };

/** Records by id and the relations between them, built once with the data. */
export interface RecordIndexes {
  readonly byId: ReadonlyMap<string, RegionRecord>;
  readonly byLowerId: ReadonlyMap<string, RegionRecord>;
  /** The cities of each subject, largest first. */
  readonly citiesBySubject: ReadonlyMap<string, readonly City[]>;
  readonly capitals: ReadonlyMap<string, City>;
}

/** The four lists (with the added centres), and their indexes. */
export interface RegionData extends RegionLists {
  readonly records: RecordIndexes;
}

/** The attribution line every display of the data carries. */
export const REGION_DATA_ATTRIBUTION =
  'Data: HFLabs/DaData.ru, GeoNames, Rosstat via citypopulation.de and Wikipedia; CC BY-SA 4.0, see data/regions/SOURCES.md';

/**
 * Assembles the data from the four lists, adding a city entry for every centre a subject names
 * that cities.json lacks (Donetsk, Luhansk, Zaporozhye, Kherson and the de facto seats
 * Melitopol and Henichesk: cities.json stops at 2021).
 */
export function buildRegionData(lists: RegionLists): RegionData {
  const { subjects, districts, cities, macroRegions } = lists;
  const known = new Set(cities.map((c) => `${c.subject}|${c.names.ru}`));
  const added: City[] = [];
  for (const s of subjects) {
    const centres: { en: string | null; ru: string | null; capital: boolean }[] = [];
    if (s.capital) centres.push({ en: s.capital.en, ru: s.capital.ru, capital: true });
    if (s.capital?.deFactoSeat) centres.push({ ...s.capital.deFactoSeat, capital: false });
    for (const c of centres) {
      if (!c.en || !c.ru || known.has(`${s.id}|${c.ru}`)) continue;
      known.add(`${s.id}|${c.ru}`);
      added.push({
        id: `${s.id}-${slug(c.en)}`,
        names: { en: c.en, ru: c.ru },
        subject: s.id,
        federalDistrict: s.federalDistrict,
        isCapital: c.capital,
        addedNote: c.capital
          ? `Not in cities.json; the centre ${s.names.en} names (federal-subjects.json).`
          : `Not in cities.json; the de facto seat of ${s.names.en} (federal-subjects.json).`,
      });
    }
  }
  const all = { subjects, districts, cities: added.length ? [...cities, ...added] : cities, macroRegions };
  return { ...all, records: indexRecords(all) };
}

/** The record indexes of the lists (the first record of an id wins: subjects, districts, macro-regions, cities). */
function indexRecords(data: RegionLists): RecordIndexes {
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
  return { byId, byLowerId, citiesBySubject, capitals };
}

function population(c: City): number {
  return c.population?.value ?? 0;
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
