/** Activation: creates the transcript service and the shared services (configuration, document cache, topics), and registers each feature. Wiring only. */
import * as vscode from 'vscode';
import { createTranscriptService, englishProfile } from './core';
import { DocumentCache } from './services/documentCache';
import { registerFilterBySpeaker } from './features/filterBySpeaker';
import { registerFolding } from './features/folding';
import { registerHovers } from './features/hover';
import { registerLanguage } from './features/language';
import { registerNavigation } from './features/navigation';
import { registerOutline } from './features/outline';
import { registerPickers } from './features/pickers';
import { TRANSCRIPT_SELECTOR } from './features/selector';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerSpeakerLinks } from './features/speakerLinks';
import { registerSpeakersView, SpeakersViewSnapshot } from './features/speakersView';
import { registerStatusBar } from './features/statusBar';
import { TopicSettings } from './services/topics';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { TranscriptConfig } from './services/config';
import { loadRegionData, loadTopicLexiconData } from './services/data';

/** What activate() returns: a read-only view of what the extension shows, for tests and other extensions. */
export interface TranscriptNavigatorApi {
  /** The top-level items of the Speakers view. */
  speakersView(): SpeakersViewSnapshot[];
  /** How many full parses and incremental updates the shared document cache has done. */
  cacheStats(): { parses: number; updates: number };
  /** Resolves when the workspace index is built; gives the number of transcripts in it. */
  workspaceIndexReady(): Promise<number>;
  /** What the workspace index did: file updates, and parses and segmentations of files that were not open. */
  workspaceIndexStats(): { updates: number; parses: number; segmentations: number; unchanged: number };
}

export function activate(context: vscode.ExtensionContext): TranscriptNavigatorApi {
  const service = createTranscriptService({ profile: englishProfile(), regions: loadRegionData, topics: loadTopicLexiconData });
  const config = new TranscriptConfig();
  const cache = new DocumentCache(service, config);
  const topics = new TopicSettings(service, cache, config);
  const speakersView = registerSpeakersView(cache);
  const workspaceSymbols = registerWorkspaceSymbols(service, cache, topics);
  context.subscriptions.push(
    config,
    cache,
    topics,
    workspaceSymbols,
    registerLanguage(service, config),
    registerOutline(TRANSCRIPT_SELECTOR, cache, topics, config),
    registerFolding(TRANSCRIPT_SELECTOR, cache),
    registerSemanticTokens(TRANSCRIPT_SELECTOR, cache),
    registerHovers(TRANSCRIPT_SELECTOR, service, cache),
    registerNavigation(cache),
    registerPickers(cache),
    registerSpeakerLinks(TRANSCRIPT_SELECTOR, cache, config),
    speakersView,
    registerStatusBar(cache),
    registerFilterBySpeaker(cache),
  );
  return {
    speakersView: () => speakersView.snapshot(),
    cacheStats: () => ({ parses: cache.parseCount, updates: cache.updateCount }),
    workspaceIndexReady: () => workspaceSymbols.ready().then(() => workspaceSymbols.size()),
    workspaceIndexStats: () => workspaceSymbols.stats(),
  };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
