/**
 * The bundled data, loaded outside the core and given to `createTranscriptService`: the region
 * lists (data/regions/*.json, CC BY-SA 4.0, see data/regions/SOURCES.md) and the topic lexicon
 * (data/topics/lexicon.json). esbuild bundles the files (a literal require inside a function
 * stays lazy: nothing is parsed before first use). Unbundled, from tsc's out/ folder, which
 * has no copy of data/, the same files are read from the repository (out/src/services -> data).
 */
import type { City, District, MacroRegion, RegionLists, Subject } from '../core/regions';

interface RegionFiles {
  readonly subjects: { readonly subjects: Subject[] };
  readonly districts: { readonly districts: District[] };
  readonly cities: { readonly cities: City[] };
  readonly macro: { readonly macroRegions: MacroRegion[] };
}

function requireRegionFiles(): RegionFiles {
  try {
    return {
      subjects: require('../../data/regions/federal-subjects.json'),
      districts: require('../../data/regions/federal-districts.json'),
      cities: require('../../data/regions/cities.json'),
      macro: require('../../data/regions/macro-regions.json'),
    };
  } catch {
    const fromOut = (file: string) => require(['..', '..', '..', 'data', 'regions', file].join('/'));
    return {
      subjects: fromOut('federal-subjects.json'),
      districts: fromOut('federal-districts.json'),
      cities: fromOut('cities.json'),
      macro: fromOut('macro-regions.json'),
    };
  }
}

/** The four region lists as the files hold them. */
export function loadRegionData(): RegionLists {
  const files = requireRegionFiles();
  return { subjects: files.subjects.subjects, districts: files.districts.districts, cities: files.cities.cities, macroRegions: files.macro.macroRegions };
}

/** The content of data/topics/lexicon.json (compiled by the service). */
export function loadTopicLexiconData(): unknown {
  try {
    return require('../../data/topics/lexicon.json');
  } catch {
    return require(['..', '..', '..', 'data', 'topics', 'lexicon.json'].join('/'));
  }
}
