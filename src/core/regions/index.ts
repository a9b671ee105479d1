/** Russian regions in transcripts: the gazetteer over the region data, name lookup and Markdown cards. */
export { buildRegionData, REGION_DATA_ATTRIBUTION } from './data';
export type { RegionData, RegionLists, RecordIndexes, Subject, District, City, MacroRegion, RegionNames, RegionCount, SubjectCapital } from './data';
export { EDITORIAL_ALIASES, EXCLUDED_NAMES, PERSON_LIKE_NAMES } from './aliases';
export type { RegionKind, EditorialAlias, ExcludedName } from './aliases';
export { createGazetteer } from './gazetteer';
export type { Gazetteer, RegionMention } from './gazetteer';
export {
  RegionLookup,
  recordById,
  subjectById,
  districtById,
  cityById,
  macroById,
  citiesOf,
  capitalOf,
  isCapitalCity,
  subjectsOfDistrict,
  relatedSubjectsOf,
  subjectOfRecord,
  recordName,
} from './lookup';
export type { RegionRecord } from './lookup';
export { regionCard, regionCardById, escapeMarkdown } from './card';
export type { RegionCardContext, RegionCardOptions } from './card';
export { analyseRegions, mentionAt } from './analysis';
export type { RegionAnalysis } from './analysis';
