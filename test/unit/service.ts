/**
 * The core as the tests use it: one parser of the English profile and one
 * service with the bundled data for the test run (the core itself keeps no
 * state; the tests may), the functions that need them bound to them under their
 * former names, and the core's other functions re-exported from their folders.
 */
import type { CancellationLike, TextChange } from '../../src/core/model';
import { englishProfile } from '../../src/core/profile';
import { ModelCache as CoreModelCache, ParseState, TranscriptParser } from '../../src/core/parse';
import { applyChange as applyWith, updateState as updateWith } from '../../src/core/parse/incremental';
import type { LabelMatch } from '../../src/core/parse/labels';
import { createTranscriptService } from '../../src/core';
import type { Transcript } from '../../src/core/model';
import {
  RegionAnalysis, RegionCardContext, RegionCardOptions, RegionData, RegionRecord,
  regionCard as cardWith, regionCardById as cardByIdWith,
} from '../../src/core/regions';
import {
  classifyParagraphs as classifyWith, ParagraphTopic, segmentTopics as segmentWith, TopicLexicon, TopicSegment, TopicSegmenter as CoreTopicSegmenter,
} from '../../src/core/topics';
import { indexEntriesOf as entriesWith, IndexEntry, WorkspaceIndex as CoreWorkspaceIndex } from '../../src/core/workspace';
import { loadRegionData, loadTopicLexiconData } from '../../src/services/data';

/** The parser the tests share. */
export const testParser = new TranscriptParser(englishProfile());

/** The parse state of a text (undefined when cancelled). */
export function parseState(text: string, token?: CancellationLike): ParseState | undefined {
  return testParser.parseState(text, token);
}

/** {@link applyWith} with the test parser. */
export function applyChange(prev: ParseState, change: TextChange): ParseState | undefined {
  return applyWith(testParser, prev, change);
}

/** {@link updateWith} with the test parser. */
export function updateState(prev: ParseState, changes: readonly TextChange[], getText: () => string, token?: CancellationLike): ParseState | undefined {
  return updateWith(testParser, prev, changes, getText, token);
}

/** A label at the start of a line, read with the test parser. */
export function matchLabel(text: string, line: number, start: number): LabelMatch | undefined {
  return testParser.labels.match(text, line, start);
}

/** A model cache over the test parser. */
export class ModelCache extends CoreModelCache {
  constructor() {
    super(testParser);
  }
}

// ---------------------------------------------------------------------------
// The service the tests share, with the bundled data (src/services/data.ts), and
// the core's functions that need data, bound to it under their former names.


/** The service the tests share: English profile, the bundled region and topic data. */
export const testService = createTranscriptService({ profile: englishProfile(), regions: loadRegionData, topics: loadTopicLexiconData });

/** The bundled topic lexicon, compiled once for the test run. */
export function defaultLexicon(): TopicLexicon {
  return testService.topics.lexicon();
}

/** The bundled region data with its indexes, built once for the test run. */
export function regionData(): RegionData {
  return testService.regions.data();
}

/** Topic segments, with the bundled lexicon unless one is given. */
export function segmentTopics(text: string, model: Transcript, lexicon: TopicLexicon = defaultLexicon(), token?: CancellationLike): TopicSegment[] {
  return segmentWith(text, model, lexicon, token);
}

/** The topic evidence of each paragraph, with the bundled lexicon unless one is given. */
export function classifyParagraphs(text: string, model: Transcript, lexicon: TopicLexicon = defaultLexicon(), token?: CancellationLike): ParagraphTopic[] {
  return classifyWith(text, model, lexicon, token);
}

/** A topic segmenter, with the bundled lexicon unless one is given. */
export class TopicSegmenter extends CoreTopicSegmenter {
  constructor(lexicon: TopicLexicon = defaultLexicon()) {
    super(lexicon);
  }
}

/** The index entries of a transcript, with the test parser and the bundled lexicon. */
export function indexEntriesOf(text: string, model: Transcript = testParser.parse(text), lexicon: TopicLexicon = defaultLexicon()): IndexEntry[] {
  return entriesWith(text, model, lexicon);
}

/** A workspace index over the test parser whose `set` uses the bundled lexicon unless told otherwise. */
export class WorkspaceIndex extends CoreWorkspaceIndex {
  constructor() {
    super(testParser);
  }

  override set(uri: string, text: string, options: { requireTurns?: boolean; lexicon?: TopicLexicon; token?: CancellationLike } = {}): boolean {
    return super.set(uri, text, { ...options, lexicon: options.lexicon ?? defaultLexicon() });
  }
}

/** Region mentions of a document, with the shared gazetteer. */
export function analyseRegions(text: string, model: Transcript, token?: CancellationLike): RegionAnalysis {
  return testService.regions.analyse(text, model, token);
}

/** The card of a record, from the bundled data. */
export function regionCard(record: RegionRecord, context: RegionCardContext, options?: RegionCardOptions): string {
  return cardWith(regionData(), record, context, options);
}

/** The card of the record with this id, from the bundled data. */
export function regionCardById(id: string, context: RegionCardContext, options?: RegionCardOptions): string | undefined {
  return cardByIdWith(regionData(), id, context, options);
}

export { mentionAt } from '../../src/core/regions';
export type { RegionRecord } from '../../src/core/regions';

// The core's data-free functions and types under the names the tests import them by.
export { parseTranscript } from '../../src/core/parse';
export type { ParseState, VersionedText } from '../../src/core/parse';
export type { Span, TextChange, Transcript } from '../../src/core/model';
export { buildOutline, OutlineBuilder } from '../../src/core/outline/outline';
export { lineReader } from '../../src/core/text';
export { toOutlineJson } from '../../src/core/outline/json';
export { nextTurn, previousTurn, turnBySameSpeaker, turnIndexAt } from '../../src/core/outline/navigation';
export { findSpeakerMentions } from '../../src/core/speakers/mentions';
export type { SpeakerMention } from '../../src/core/speakers/mentions';
export { applyEdits, checkNewName, planRename, speakerAt } from '../../src/core/speakers/rename';
export { filterBySpeaker } from '../../src/core/speakers/filter';
export { countTurnWords } from '../../src/core/speakers/words';
export { speakerCard } from '../../src/core/speakers/speakerCard';
export { decodeText } from '../../src/core/text/decode';
export { plainUiText } from '../../src/core/text/summary';
export { formatTopics } from '../../src/core/topics';
export type { TopicSegment } from '../../src/core/topics';
export { DEFAULT_INDEX_WORK, IndexUpdater } from '../../src/core/workspace';
export type { IndexScheduler, IndexSource, IndexWork, StoredFile } from '../../src/core/workspace';
