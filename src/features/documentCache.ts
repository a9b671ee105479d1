/**
 * The one document cache every feature reads: the model of a document for
 * its current version, parsed once, and what is derived from it (speaker
 * mentions, region mentions), computed once per version. Edits are applied
 * incrementally as they happen: only the lines an edit touches are read again.
 */
import * as vscode from 'vscode';
import { ModelCache, RegionAnalysis, SpeakerMention, speakers, Transcript, TranscriptService, WordCounts } from '../core';

/** Parsed transcript models by document uri and version. */
export class DocumentCache implements vscode.Disposable {
  private readonly models: ModelCache;
  /** State a feature keeps for an open document across its versions, by uri and name. */
  private readonly kept = new Map<string, Map<string, unknown>>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: TranscriptService) {
    this.models = service.createModelCache();
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.models.markClosed(doc.uri);
        this.kept.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.models.update(e.document, e.contentChanges);
      }),
    );
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
    return this.models.derive(document, 'speakerMentions', (text, model) => speakers.findSpeakerMentions(text, model, token), token);
  }

  /** Region mentions and the speakers whose roles name them, once per version. */
  regions(document: vscode.TextDocument, token?: vscode.CancellationToken): RegionAnalysis {
    return this.models.derive(document, 'regions', (text, model) => this.service.regions.analyse(text, model, token), token);
  }

  /** Word counts of the turns and speakers, once per version. */
  words(document: vscode.TextDocument): WordCounts {
    return this.models.derive(document, 'words', speakers.countTurnWords);
  }

  /** Something else derived from the document's current version, computed once. */
  derive<T>(document: vscode.TextDocument, name: string, compute: (text: string, model: Transcript) => T, token?: vscode.CancellationToken): T {
    return this.models.derive(document, name, compute, token);
  }

  /** Something derived from the model of the document's current version alone, computed once. */
  deriveFromModel<T>(document: vscode.TextDocument, name: string, compute: (model: Transcript) => T, token?: vscode.CancellationToken): T {
    return this.models.deriveFromModel(document, name, compute, token);
  }

  /**
   * State a feature keeps for the document across its versions (what the last version's
   * outline or topic segments were, to reuse what an edit left alone): made by `create` on
   * first request, dropped when the document closes.
   */
  keep<T>(document: vscode.TextDocument, name: string, create: () => T): T {
    const key = document.uri.toString();
    let byName = this.kept.get(key);
    if (!byName) this.kept.set(key, (byName = new Map()));
    if (!byName.has(name)) byName.set(name, create());
    return byName.get(name) as T;
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
    this.models.clear();
    this.kept.clear();
  }
}
