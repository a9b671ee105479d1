/**
 * The topic lexicon in force: the built-in one merged with the user's
 * `transcript.topics.lexicon` setting. An invalid setting gives a clear
 * warning and the built-in lexicon is used.
 */
import * as vscode from 'vscode';
import { defaultLexicon, mergeLexicon, TopicLexicon, TopicSegment, TopicSegmenter } from '../core';
import { Settings } from '../ids';
import { readConfig } from './config';
import type { DocumentCache } from './documentCache';

/** The lexicon from the settings, re-read when they change; a version number names each one. */
export class TopicSettings implements vscode.Disposable {
  private current: { lexicon: TopicLexicon; version: number } | undefined;
  /** A segmenter per open document (it keeps the last version's segments), for the current lexicon. */
  private readonly segmenters = new Map<string, TopicSegmenter>();
  private version = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the lexicon setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${Settings.section}.${Settings.topicsLexicon}`) && !e.affectsConfiguration(`${Settings.section}.${Settings.outlineShowTopics}`)) return;
        this.current = undefined;
        this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.segmenters.delete(d.uri.toString())),
    );
  }

  /** The lexicon in force (built once per setting value), its version and its segmenter. */
  lexicon(): { lexicon: TopicLexicon; version: number } {
    if (!this.current) {
      const merged = mergeLexicon(defaultLexicon(), readConfig().topicsLexicon);
      if (merged.warnings.length > 0) {
        void vscode.window.showWarningMessage(`Transcript Navigator: transcript.topics.lexicon: ${merged.warnings.join(' ')} The built-in topics are used where the setting is invalid.`);
      }
      this.current = { lexicon: merged.lexicon, version: ++this.version };
      this.segmenters.clear();
    }
    return this.current;
  }

  /**
   * The topic segments of a document's current version, computed once per version and
   * lexicon; after an edit, only the turns it touched are read again (from the document's lines).
   */
  segments(cache: DocumentCache, document: vscode.TextDocument, token?: vscode.CancellationToken): TopicSegment[] {
    const { lexicon, version } = this.lexicon();
    const key = document.uri.toString();
    let segmenter = this.segmenters.get(key);
    if (!segmenter) this.segmenters.set(key, (segmenter = new TopicSegmenter(lexicon)));
    const readLine = (line: number) => (line < document.lineCount ? document.lineAt(line).text : '');
    return cache.deriveFromModel(document, `topics:${version}`, (model) => segmenter.segments(model, readLine, token), token);
  }

  dispose(): void {
    this.subscription.dispose();
    this.segmenters.clear();
    this.changed.dispose();
  }
}
