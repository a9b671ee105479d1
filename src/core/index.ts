/**
 * The transcript core: plain TypeScript, no `vscode`. Its public API is the service
 * ({@link createTranscriptService}), the namespaces of pure functions, and the plain-data
 * types callers hold; the folders below hold the rest.
 */
export { createTranscriptService, navigation, outline, speakers, text } from './service';
export type { TranscriptService, TranscriptServiceInit, RegionService, TopicService, WorkspaceService } from './service';
export { englishProfile } from './profile';
export type { Profile } from './profile';
export type { CancellationLike, Position, Span, Speaker, TextChange, Transcript, Turn } from './model';
export type { CachedValue, ModelCache, VersionedText } from './parse';
export type { OutlineEntry } from './outline/outline';
export type { LineReader } from './text';
export type { OutlineJson } from './outline/json';
export type { SpeakerMention } from './speakers/mentions';
export type { SpeakerAt } from './speakers/rename';
export type { FilteredText } from './speakers/filter';
export type { WordCounts } from './speakers/words';
export type { RegionAnalysis, RegionLists } from './regions';
export type { TopicLexicon, TopicSegment, TopicSegmenter } from './topics';
export type { IndexScheduler, IndexSource, IndexUpdater, OpenTranscript, StoredFile, WorkspaceIndex } from './workspace';
