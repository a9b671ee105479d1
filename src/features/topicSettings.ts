/**
 * The topic lexicon in force: the built-in one merged with the user's
 * `transcript.topics.lexicon` setting. An invalid setting gives a clear
 * warning and the built-in lexicon is used.
 */
import * as vscode from 'vscode';
import { defaultLexicon, mergeLexicon, TopicLexicon, TopicSegment, TopicSegmenter } from '../core';
import { Settings } from '../ids';
import { readConfig } from './config';
import { documentLines } from './convert';
import type { DocumentCache } from './documentCache';

/** The lexicon from the settings, re-read when they change; a version number names each one. */
export class TopicSettings implements vscode.Disposable {
  private current: { lexicon: TopicLexicon; version: number } | undefined;
  private version = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the lexicon setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${Settings.section}.${Settings.topicsLexicon}`) && !e.affectsConfiguration(`${Settings.section}.${Settings.outlineShowTopics}`)) return;
      this.current = undefined;
      this.changed.fire();
    });
  }

  /** The lexicon in force (built once per setting value) and its version. */
  lexicon(): { lexicon: TopicLexicon; version: number } {
    if (!this.current) {
      const merged = mergeLexicon(defaultLexicon(), readConfig().topicsLexicon);
      if (merged.warnings.length > 0) {
        void vscode.window.showWarningMessage(`Transcript Navigator: transcript.topics.lexicon: ${merged.warnings.join(' ')} The built-in topics are used where the setting is invalid.`);
      }
      this.current = { lexicon: merged.lexicon, version: ++this.version };
    }
    return this.current;
  }

  /**
   * The topic segments of a document's current version, computed once per version and
   * lexicon; after an edit, only the turns it touched are read again (from the document's lines).
   */
  segments(cache: DocumentCache, document: vscode.TextDocument, token?: vscode.CancellationToken): TopicSegment[] {
    const { lexicon, version } = this.lexicon();
    // One segmenter per document and lexicon: it keeps the last version's segments.
    const kept = cache.keep(document, 'topicSegmenter', (): { segmenter: TopicSegmenter; version: number } => ({ segmenter: new TopicSegmenter(lexicon), version }));
    if (kept.version !== version) {
      kept.segmenter = new TopicSegmenter(lexicon);
      kept.version = version;
    }
    return cache.deriveFromModel(document, `topics:${version}`, (model) => kept.segmenter.segments(model, documentLines(document), token), token);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
