/** Activation: builds the shared document cache and registers each feature. Wiring only. */
import * as vscode from 'vscode';
import { DocumentCache } from './features/documentCache';
import { registerFolding } from './features/folding';
import { registerLanguage } from './features/language';
import { registerOutline } from './features/outline';
import { TRANSCRIPT_SELECTOR } from './features/selector';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new DocumentCache();
  context.subscriptions.push(
    cache,
    registerLanguage(),
    registerOutline(TRANSCRIPT_SELECTOR, cache),
    registerFolding(TRANSCRIPT_SELECTOR, cache),
  );
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
