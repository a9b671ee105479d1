// The core as the scripts use it: the folders of src/core (their free functions and classes,
// not only the small public API of src/core/index.ts), the bundled data of src/services/data.ts,
// and one service built from them, bundled in memory with esbuild (see ./loadSource.js).
//
//   const core = loadCore();
//   core.parseTranscript(text); core.segmentTopics(text, model, core.defaultLexicon());
//   core.createGazetteer(core.loadRegionData()); core.service.regions.findRecord('Smolensk');
'use strict';

const { loadSource } = require('./loadSource');

/** The written entry: re-exports of the folders, and the data-bound helpers. */
const ENTRY = [
  "export * from './src/core/model';",
  "export * from './src/core/profile';",
  "export { TranscriptParser, emptyTranscript, ModelCache, DETECT_PREFIX_CHARS, MIN_TURNS_FOR_TRANSCRIPT, looksLikeTranscript } from './src/core/parse';",
  "export { applyChange, updateState } from './src/core/parse/incremental';",
  "export * from './src/core/text';",
  "export { decodeText } from './src/core/text/decode';",
  "export { plainUiText } from './src/core/text/summary';",
  "export * from './src/core/outline/outline';",
  "export * from './src/core/outline/json';",
  "export * from './src/core/outline/navigation';",
  "export * from './src/core/speakers/mentions';",
  "export * from './src/core/speakers/rename';",
  "export * from './src/core/speakers/filter';",
  "export * from './src/core/speakers/words';",
  "export * from './src/core/regions';",
  "export * from './src/core/topics';",
  "export * from './src/core/workspace';",
  "export { createTranscriptService } from './src/core/service';",
  "import { createTranscriptService } from './src/core/service';",
  "import { englishProfile } from './src/core/profile';",
  "import { loadRegionData as regionLists, loadTopicLexiconData } from './src/services/data';",
  'export { regionLists, loadTopicLexiconData };',
  '/** One service over the bundled data, for the scripts. */',
  'export const service = createTranscriptService({ profile: englishProfile(), regions: regionLists, topics: loadTopicLexiconData });',
  '/** The bundled topic lexicon, compiled once. */',
  'export const defaultLexicon = () => service.topics.lexicon();',
  '/** The bundled region data with its indexes, built once. */',
  'export const loadRegionData = () => service.regions.data();',
  '/** Parses with the service\'s long-lived parser, as the extension and the CLI do (not the free function, which builds a parser, with cold memos, per call). */',
  'export const parseTranscript = (text, options) => service.parse(text, options);',
].join('\n');

/** The core of src/, bundled now (each call bundles afresh: a new module). */
function loadCore(options = {}) {
  return loadSource({ name: 'core', contents: ENTRY }, options);
}

module.exports = { loadCore, CORE_ENTRY: ENTRY };
