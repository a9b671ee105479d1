/** Russian regions in transcripts: the bundled gazetteer, name lookup and Markdown cards. */
export { loadRegionData, buildRegionData, REGION_DATA_ATTRIBUTION } from './data';
export type { RegionData, Subject, District, City, MacroRegion, RegionNames, RegionCount, SubjectCapital } from './data';
export { EDITORIAL_ALIASES, EXCLUDED_NAMES, PERSON_LIKE_NAMES } from './aliases';
export type { RegionKind, EditorialAlias, ExcludedName } from './aliases';
export { createGazetteer } from './gazetteer';
export type { Gazetteer, RegionMention } from './gazetteer';
export {
  findRecord,
  findRecords,
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
