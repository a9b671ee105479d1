/** Activation: builds the shared document cache and registers each feature. Wiring only. */
import * as vscode from 'vscode';
import { DocumentCache } from './features/documentCache';
import { registerFilterBySpeaker } from './features/filterBySpeaker';
import { registerFolding } from './features/folding';
import { registerLanguage } from './features/language';
import { registerNavigation } from './features/navigation';
import { registerOutline } from './features/outline';
import { registerPickers } from './features/pickers';
import { TRANSCRIPT_SELECTOR } from './features/selector';
import { registerSpeakerLinks } from './features/speakerLinks';
import { registerSpeakersView, SpeakersViewSnapshot } from './features/speakersView';
import { registerStatusBar } from './features/statusBar';

/** What activate() returns: a read-only view of what the extension shows, for tests and other extensions. */
export interface TranscriptNavigatorApi {
  /** The top-level items of the Speakers view. */
  speakersView(): SpeakersViewSnapshot[];
  /** How many full parses and incremental updates the shared document cache has done. */
  cacheStats(): { parses: number; updates: number };
}

export function activate(context: vscode.ExtensionContext): TranscriptNavigatorApi {
  const cache = new DocumentCache();
  const speakersView = registerSpeakersView(cache);
  context.subscriptions.push(
    cache,
    registerLanguage(),
    registerOutline(TRANSCRIPT_SELECTOR, cache),
    registerFolding(TRANSCRIPT_SELECTOR, cache),
    registerNavigation(cache),
    registerPickers(cache),
    registerSpeakerLinks(TRANSCRIPT_SELECTOR, cache),
    speakersView,
    registerStatusBar(cache),
    registerFilterBySpeaker(cache),
  );
  return {
    speakersView: () => speakersView.snapshot(),
    cacheStats: () => ({ parses: cache.parseCount, updates: cache.updateCount }),
  };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
