/**
 * The one document cache every feature reads: the model of a document for
 * its current version, parsed once. Closing a document releases its model.
 */
import * as vscode from 'vscode';
import { ModelCache, Transcript } from '../core';

/** Parsed transcript models by document uri and version. */
export class DocumentCache implements vscode.Disposable {
  private readonly models = new ModelCache();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((doc) => this.models.markClosed(doc.uri));
  }

  /** The model of the document's current version; empty when cancelled. */
  get(document: vscode.TextDocument, token?: vscode.CancellationToken): Transcript {
    return this.models.get(document, token);
  }

  /** Number of parses so far (diagnostics and tests). */
  get parseCount(): number {
    return this.models.parseCount;
  }

  dispose(): void {
    this.subscription.dispose();
    this.models.clear();
  }
}
