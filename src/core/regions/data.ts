/**
 * The bundled reference data on Russian regions (data/regions/*.json, CC BY-SA 4.0,
 * see data/regions/SOURCES.md): typed views of the fields we use, loaded once per process.
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

/** One of the 8 federal districts (federal-districts.json). */
export interface District {
  /** `central`, `siberian`, `far-eastern`, ... */
  readonly id: string;
  readonly names: RegionNames;
  readonly aliases?: readonly string[];
  readonly aliasesRu?: readonly string[];
  /** Informal names that only approximately coincide with the district (`Siberia`, `the Urals`). */
  readonly informalRegionNames?: readonly string[];
  readonly centre: RegionNames;
  /** Ids of the member subjects. */
  readonly members: readonly string[];
  readonly populationCensus2021?: { readonly memberSum: number; readonly date: string; readonly statedTotal?: number; readonly note?: string };
}

/** A city (cities.json, 1,117 entries), or a centre of an annexed territory added by {@link loadRegionData}. */
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

/** An informal, historical or statutory name for a part of Russia (macro-regions.json). */
export interface MacroRegion {
  /** `siberia`, `far-east`, `donbass`, `arctic-zone`, ... */
  readonly id: string;
  readonly names: RegionNames;
  readonly aliases?: readonly string[];
  readonly aliasesRu?: readonly string[];
  readonly kind: string;
  /** One neutral sentence. */
  readonly description: string;
  readonly relatedDistricts?: readonly string[];
  readonly relatedSubjects?: readonly string[];
  /** How the related ids relate to the name (often approximately). */
  readonly relation?: string;
}

/** All four files, as plain data. */
export interface RegionData {
  readonly subjects: readonly Subject[];
  readonly districts: readonly District[];
  readonly cities: readonly City[];
  readonly macroRegions: readonly MacroRegion[];
}

/** The attribution line every display of the data carries. */
export const REGION_DATA_ATTRIBUTION =
  'Data: HFLabs/DaData.ru, GeoNames, Rosstat via citypopulation.de and Wikipedia; CC BY-SA 4.0, see data/regions/SOURCES.md';

interface RawFiles {
  readonly subjects: { readonly subjects: Subject[] };
  readonly districts: { readonly districts: District[] };
  readonly cities: { readonly cities: City[] };
  readonly macro: { readonly macroRegions: MacroRegion[] };
}

/**
 * The files as esbuild bundles them (literal requires inside a function stay lazy). When the
 * core runs unbundled from tsc's out/ folder, which has no copy of data/, the same files are
 * read from the repository (out/src/core/regions -> data/regions).
 */
function requireFiles(): RawFiles {
  try {
    return {
      subjects: require('../../../data/regions/federal-subjects.json'),
      districts: require('../../../data/regions/federal-districts.json'),
      cities: require('../../../data/regions/cities.json'),
      macro: require('../../../data/regions/macro-regions.json'),
    };
  } catch {
    const fromOut = (file: string) => require(['..', '..', '..', '..', 'data', 'regions', file].join('/'));
    return {
      subjects: fromOut('federal-subjects.json'),
      districts: fromOut('federal-districts.json'),
      cities: fromOut('cities.json'),
      macro: fromOut('macro-regions.json'),
    };
  }
}

let loaded: RegionData | undefined;

/** The bundled region data, loaded on first use and then shared. No network, no file reads in the bundle. */
export function loadRegionData(): RegionData {
  if (!loaded) {
    const files = requireFiles();
    loaded = buildRegionData(files.subjects.subjects, files.districts.districts, files.cities.cities, files.macro.macroRegions);
  }
  return loaded;
}

/**
 * Assembles the data from the four lists, adding a city entry for every centre a subject names
 * that cities.json lacks (Donetsk, Luhansk, Zaporozhye, Kherson and the de facto seats
 * Melitopol and Henichesk: cities.json stops at 2021).
 */
export function buildRegionData(
  subjects: readonly Subject[],
  districts: readonly District[],
  cities: readonly City[],
  macroRegions: readonly MacroRegion[],
): RegionData {
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
  return { subjects, districts, cities: added.length ? [...cities, ...added] : cities, macroRegions };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
