/**
 * The transcript service: one object built from what it is given (a profile, the region
 * data, the topic lexicon data) that owns everything with state (the parser and its memos,
 * the gazetteer, the record lookup, the compiled default lexicon) and offers the core as a
 * small frozen interface. The extension and the CLI each create one; tests create one with
 * the data they choose. Modelled on `createLanguageService()` of
 * microsoft/vscode-markdown-languageservice.
 *
 * Functions that need nothing but their arguments are grouped in frozen namespace objects
 * ({@link navigation}, {@link outline}, {@link speakers}, {@link text}), which the service
 * offers too.
 */
import type { CancellationLike, Position, Transcript } from './model';
import { toOutlineJson } from './outline/json';
import { nextTurn, previousTurn, speakerOf, turnAt, turnBySameSpeaker, turnIndexAt } from './outline/navigation';
import { labelTokens } from './outline/labelTokens';
import { buildFoldingRegions, buildOutline, OutlineBuilder, speechDetail, timedDetail } from './outline/outline';
import { DETECT_PREFIX_CHARS, looksLikeTranscript, MIN_TURNS_FOR_TRANSCRIPT, ModelCache, ParseOptions, TranscriptParser, Verdict } from './parse';
import { LABEL_STYLES, labelStyleRules } from './profile';
import type { LabelStyleRules, Profile } from './profile';
import {
  analyseRegions, buildRegionData, createGazetteer, districtById, Gazetteer, mentionAt, RegionAnalysis, RegionCardContext, RegionCardOptions,
  RegionData, RegionLists, RegionLookup, RegionMention, RegionRecord, recordById, recordName, regionCard, regionCardById,
} from './regions';
import { filterBySpeaker } from './speakers/filter';
import { findSpeakerMentions, surnameOf } from './speakers/mentions';
import { applyEdits, checkNewName, planRename, speakerAt } from './speakers/rename';
import { speakerCard } from './speakers/speakerCard';
import { countTurnWords, shareOfWords } from './speakers/words';
import { decodeText } from './text/decode';
import { lineReader } from './text/lines';
import { firstWords, plainUiText } from './text/summary';
import {
  classifyParagraphs, formatTopics, GENERAL_TOPIC, lexiconFromJson, mergeLexicon, MergedLexicon, ParagraphTopic, segmentTopics, TopicLexicon,
  TopicSegment, TopicSegmenter, topicsJson,
} from './topics';
import { DEFAULT_INDEX_WORK, IndexUpdater, IndexUpdaterOptions, WorkspaceIndex } from './workspace';

/** Moving between turns: which turn holds a line, the next, the previous, the same speaker's next. */
export const navigation = Object.freeze({ turnIndexAt, turnAt, nextTurn, previousTurn, speakerOf, turnBySameSpeaker });

/** Outline entries, folding regions, the parts of the labels to colour, and the outline's JSON form, as plain data. */
export const outline = Object.freeze({
  buildOutline,
  buildFoldingRegions,
  labelTokens,
  lineReader,
  speechDetail,
  timedDetail,
  toOutlineJson,
  /** An outline builder that reuses the entries of unchanged turns from one version to the next. */
  builder: (): OutlineBuilder => new OutlineBuilder(),
});

/** Speakers: mentions in speech, rename, filter by speaker, word counts and the hover card. */
export const speakers = Object.freeze({
  findSpeakerMentions, surnameOf, speakerAt, checkNewName, planRename, applyEdits, filterBySpeaker, countTurnWords, shareOfWords, speakerCard,
});

/** Text helpers: decoding file bytes, plain text for the UI, the first words of a speech. */
export const text = Object.freeze({ decodeText, plainUiText, firstWords });

/** What a service is built from. Data is given as values or as functions called once, on first use. */
export interface TranscriptServiceInit {
  /** What differs between languages and sources (label grammar, word lists, chrome); e.g. `englishProfile()`. */
  readonly profile: Profile;
  /** The region lists (data/regions/*.json). */
  readonly regions: RegionLists | (() => RegionLists);
  /** The content of a topic lexicon file (data/topics/lexicon.json). */
  readonly topics: unknown;
}

/** The regions: the gazetteer's scan, a document's analysis, record lookup and cards. */
export interface RegionService {
  /** The region data with its record indexes (loaded on first use). */
  data(): RegionData;
  /** Every region mention of a text, in text order ([] when cancelled). */
  scan(text: string, token?: CancellationLike): RegionMention[];
  /** The mentions of a document and the speakers whose roles name them. */
  analyse(text: string, model: Transcript, token?: CancellationLike): RegionAnalysis;
  /** The mention at a position of an analysis. */
  mentionAt(analysis: RegionAnalysis, p: Position): RegionMention | undefined;
  /** The records a name or id can mean, the most likely first (`describe NAME`). */
  findRecords(nameOrId: string): RegionRecord[];
  findRecord(nameOrId: string): RegionRecord | undefined;
  recordById(id: string): RegionRecord | undefined;
  recordName(record: RegionRecord): string;
  /** The English name of a federal district (`Siberian Federal District`), if the id is one. */
  districtName(id: string): string | undefined;
  /** The Markdown card of a record, or of the record with this id (undefined for an unknown id). */
  card(record: RegionRecord, context: RegionCardContext, options?: RegionCardOptions): string;
  cardById(id: string, context: RegionCardContext, options?: RegionCardOptions): string | undefined;
}

/** Topics: the lexicon in force, segmentation and classification. */
export interface TopicService {
  /** The label of paragraphs no topic claims. */
  readonly general: string;
  /** The built-in lexicon, compiled on first use. */
  lexicon(): TopicLexicon;
  /** The built-in lexicon with the user's `transcript.topics.lexicon` setting applied (never throws). */
  merge(setting: unknown): MergedLexicon;
  /** A segmenter that keeps a document's segments from one version to the next. */
  segmenter(lexicon?: TopicLexicon): TopicSegmenter;
  segment(text: string, model: Transcript, lexicon?: TopicLexicon, token?: CancellationLike): TopicSegment[];
  classify(text: string, model: Transcript, lexicon?: TopicLexicon, token?: CancellationLike): ParagraphTopic[];
  /** The `topics --json` form, and the table `topics` prints. */
  json: typeof topicsJson;
  format: typeof formatTopics;
}

/** The workspace index behind workspace symbols and `transcript-nav index`. */
export interface WorkspaceService {
  /** An empty index. */
  index(): WorkspaceIndex;
  /** Keeps an index current from file events; files that are not open are parsed with the service's parser. */
  updater(index: WorkspaceIndex, options: IndexUpdaterOptions): IndexUpdater;
}

/** A label style to force (an id of {@link TranscriptService.labelStyles}); absent or unknown: `auto`. */
export interface StyleOption {
  readonly labelStyle?: string;
}

/** The core, built from a profile and data. Frozen. */
export interface TranscriptService {
  readonly profile: Profile;
  /** The label styles a parse may be forced to (`auto` first: each document's evidence decides). */
  readonly labelStyles: readonly LabelStyleRules[];
  /** Text in, model out (0-based positions). */
  parse(text: string, options?: ParseOptions & StyleOption): Transcript;
  /** Why each line that could open a turn does or does not, sorted by line (0-based): `outline --explain`. */
  explain(text: string, options?: StyleOption & { token?: CancellationLike }): readonly Verdict[];
  /** True when the start of a text holds at least {@link TranscriptService.minTurns} speaker turns. */
  looksLikeTranscript(text: string, token?: CancellationLike): boolean;
  /** How much of a text {@link looksLikeTranscript} reads, and how many turns make a transcript. */
  readonly detectPrefixChars: number;
  readonly minTurns: number;
  /** A cache of models by document uri and version, updated incrementally on edits (with a forced label style, or `auto`). */
  createModelCache(labelStyle?: string): ModelCache;
  readonly outline: typeof outline;
  readonly navigation: typeof navigation;
  readonly speakers: typeof speakers;
  readonly text: typeof text;
  readonly regions: RegionService;
  readonly topics: TopicService;
  readonly workspace: WorkspaceService;
}

/** A value given as itself or as a function that makes it, made once on first use. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function regionService(lists: () => RegionLists): RegionService {
  const data = once(() => buildRegionData(lists()));
  const gazetteer = once((): Gazetteer => createGazetteer(data()));
  const lookup = once(() => new RegionLookup(data(), gazetteer()));
  return Object.freeze({
    data,
    scan: (text: string, token?: CancellationLike) => gazetteer().scan(text, token),
    analyse: (text: string, model: Transcript, token?: CancellationLike) => analyseRegions(gazetteer(), text, model, token),
    mentionAt,
    findRecords: (nameOrId: string) => lookup().findRecords(nameOrId),
    findRecord: (nameOrId: string) => lookup().findRecord(nameOrId),
    recordById: (id: string) => recordById(data(), id),
    recordName,
    districtName: (id: string) => districtById(data(), id)?.names.en,
    card: (record: RegionRecord, context: RegionCardContext, options?: RegionCardOptions) => regionCard(data(), record, context, options),
    cardById: (id: string, context: RegionCardContext, options?: RegionCardOptions) => regionCardById(data(), id, context, options),
  });
}

function topicService(file: () => unknown): TopicService {
  const lexicon = once(() => lexiconFromJson(file(), 'default'));
  return Object.freeze({
    general: GENERAL_TOPIC,
    lexicon,
    merge: (setting: unknown) => mergeLexicon(lexicon(), setting),
    segmenter: (lex = lexicon()) => new TopicSegmenter(lex),
    segment: (text: string, model: Transcript, lex = lexicon(), token?: CancellationLike) => segmentTopics(text, model, lex, token),
    classify: (text: string, model: Transcript, lex = lexicon(), token?: CancellationLike) => classifyParagraphs(text, model, lex, token),
    json: topicsJson,
    format: formatTopics,
  });
}

function workspaceService(parser: TranscriptParser): WorkspaceService {
  const work = Object.freeze({ ...DEFAULT_INDEX_WORK, parse: (text: string, token: CancellationLike) => parser.parse(text, { token }) });
  return Object.freeze({
    index: () => new WorkspaceIndex(parser),
    updater: (index: WorkspaceIndex, options: IndexUpdaterOptions) => new IndexUpdater(index, { work, ...options }),
  });
}

/** Creates the service: the parser is built now, the region and topic data on first use. */
export function createTranscriptService(init: TranscriptServiceInit): TranscriptService {
  const parser = new TranscriptParser(init.profile);
  // One parser per label style asked for (a setting forces one); `auto` is the default.
  const parsers = new Map<string, TranscriptParser>([[parser.style.id, parser]]);
  const parserFor = (style?: string): TranscriptParser => {
    const id = labelStyleRules(style).id;
    let p = parsers.get(id);
    if (!p) parsers.set(id, (p = new TranscriptParser(init.profile, id)));
    return p;
  };
  const regions = init.regions;
  const topics = init.topics;
  return Object.freeze({
    profile: init.profile,
    labelStyles: LABEL_STYLES,
    parse: (source: string, options?: ParseOptions & StyleOption) => parserFor(options?.labelStyle).parse(source, options),
    explain: (source: string, options?: StyleOption & { token?: CancellationLike }) => parserFor(options?.labelStyle).explain(source, options?.token),
    looksLikeTranscript: (source: string, token?: CancellationLike) => looksLikeTranscript(source, token, parser),
    detectPrefixChars: DETECT_PREFIX_CHARS,
    minTurns: MIN_TURNS_FOR_TRANSCRIPT,
    createModelCache: (labelStyle?: string) => new ModelCache(parserFor(labelStyle)),
    outline,
    navigation,
    speakers,
    text,
    regions: regionService(typeof regions === 'function' ? once(regions) : () => regions),
    topics: topicService(typeof topics === 'function' ? once(topics as () => unknown) : () => topics),
    workspace: workspaceService(parser),
  });
}
