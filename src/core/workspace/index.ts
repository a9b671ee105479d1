/** core/workspace: the index behind workspace symbols and `transcript-nav index`, and how it follows file events. */
export { WorkspaceIndex, indexEntriesOf, entriesOf, speakerEntriesOf, topicEntryOf, fuzzyScore } from './workspaceIndex';
export type { IndexEntry, IndexedFile, IndexHit } from './workspaceIndex';
export { IndexUpdater, DEFAULT_INDEX_WORK, QUIET_WINDOW_MS } from './indexUpdates';
export type { IndexScheduler, IndexSource, IndexWork, IndexUpdaterOptions, IndexUpdateStats, OpenTranscript, StoredFile } from './indexUpdates';
