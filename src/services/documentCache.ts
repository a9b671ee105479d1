/**
 * The one document cache every feature reads: the model of a document for
 * its current version, parsed once, and typed values derived from it (speaker
 * mentions, region mentions, word counts), computed once per version. Edits
 * are applied incrementally as they happen (only the lines an edit touches are
 * read again); then one event, {@link DocumentCache.onDidChangeTranscript},
 * tells the features, so that they never read a model the edit has not reached.
 */
import * as vscode from 'vscode';
import { TranscriptConfig } from './config';
import { CachedValue, CancellationLike, ModelCache, RegionAnalysis, SpeakerMention, speakers, Transcript, TranscriptService, WordCounts } from '../core';

/** A document whose model changed with an edit, and the new model. */
export interface TranscriptChange {
  readonly document: vscode.TextDocument;
  readonly model: Transcript;
}

/** Parsed transcript models by document uri and version, and what is derived from them. */
export class DocumentCache implements vscode.Disposable {
  private readonly models: ModelCache;
  private readonly changed = new vscode.EventEmitter<TranscriptChange>();
  /**
   * Fires after an edit to a document the cache holds, once the edit is applied to its model.
   * Features follow edits through this event, not through `onDidChangeTextDocument`, whose
   * listeners run in an order no one chose: here the cache always comes first.
   */
  readonly onDidChangeTranscript = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly mentions: CachedValue<SpeakerMention[], vscode.TextDocument>;
  private readonly regionAnalysis: CachedValue<RegionAnalysis, vscode.TextDocument>;
  private readonly wordCounts: CachedValue<WordCounts, vscode.TextDocument>;

  constructor(service: TranscriptService, config: TranscriptConfig) {
    this.models = service.createModelCache(config.read().labels.style);
    this.mentions = this.derived((doc, model, token) => speakers.findSpeakerMentions(doc.getText(), model, token));
    this.regionAnalysis = this.derived((doc, model, token) => service.regions.analyse(doc.getText(), model, token));
    this.wordCounts = this.derived((doc, model) => speakers.countTurnWords(doc.getText(), model));
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidCloseTextDocument((doc) => this.models.markClosed(doc.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.applyEdit(e)),
      config.onDidChange('labels', () => this.restyle(config.read().labels.style)),
    );
  }

  /**
   * A forced label style changed: every model is read again with it, and the features hear of
   * each open document the cache held, as after an edit.
   */
  private restyle(style: string): void {
    const held = vscode.workspace.textDocuments.filter((doc) => this.models.holds(doc.uri));
    if (!this.models.setLabelStyle(style)) return;
    for (const document of held) this.changed.fire({ document, model: this.models.get(document) });
  }

  /** Applies an edit to the cached model (a document not in use is left alone), then tells the features. */
  private applyEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const held = this.models.holds(e.document.uri);
    // A version the cache could not follow (a skipped version) is parsed anew: the document is in use.
    const model = this.models.update(e.document, e.contentChanges) ?? (held ? this.models.get(e.document) : undefined);
    if (model) this.changed.fire({ document: e.document, model });
  }

  /** The model of the document's current version; empty when cancelled. */
  get(document: vscode.TextDocument, token?: vscode.CancellationToken): Transcript {
    return this.models.get(document, token);
  }

  /** The model of the document's current version if it is cached, without parsing. */
  peek(document: vscode.TextDocument): Transcript | undefined {
    return this.models.peek(document);
  }

  /** Mentions of the speakers in speech ("Mr Pushilin"), once per version. */
  speakerMentions(document: vscode.TextDocument, token?: vscode.CancellationToken): SpeakerMention[] {
    return this.mentions.get(document, token);
  }

  /** Region mentions and the speakers whose roles name them, once per version. */
  regions(document: vscode.TextDocument, token?: vscode.CancellationToken): RegionAnalysis {
    return this.regionAnalysis.get(document, token);
  }

  /** Word counts of the turns and speakers, once per version. */
  words(document: vscode.TextDocument): WordCounts {
    return this.wordCounts.get(document);
  }

  /** A typed value derived from each document version, computed on first request and kept with the version. */
  derived<T>(compute: (document: vscode.TextDocument, model: Transcript, token?: CancellationLike) => T): CachedValue<T, vscode.TextDocument> {
    return this.models.derived<T, vscode.TextDocument>(compute);
  }

  /**
   * Typed state a feature keeps for a document across its versions (its last outline, its
   * topic segmenter, to reuse what an edit left alone): made on first request, dropped when
   * the document closes.
   */
  perDocument<T extends object>(create: (document: vscode.TextDocument) => T): CachedValue<T, vscode.TextDocument> {
    return this.models.perDocument<T, vscode.TextDocument>(create);
  }

  /** Number of full parses so far (diagnostics and tests). */
  get parseCount(): number {
    return this.models.parseCount;
  }

  /** Number of edits applied incrementally so far (diagnostics and tests). */
  get updateCount(): number {
    return this.models.updateCount;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.models.clear();
  }
}
