// Helpers shared by the integration tests (run inside VS Code).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'transcript-navigator.transcript-navigator';
export const SEED_MEETING = '2023-09-28-meeting-with-newly-elected-regional-heads.txt';
export const SEED_SUMMARY = '2025-09-10-meeting-with-smolensk-region-governor-vasily-anokhin.txt';
export const DEADLINE_MS = 10000;

/** Polls `get` until `done` holds or the deadline passes; returns the last value either way. */
export async function poll<T>(get: () => T | Thenable<T>, done: (v: T) => boolean, ms = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (done(v) || Date.now() >= deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (runTest.ts opens a copy of seeds/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

export async function openAsTranscript(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.languages.setTextDocumentLanguage(doc, 'transcript');
}

export async function symbolsOf(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  const symbols = await poll(
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri),
    (s) => !!s && s.length > 0,
  );
  assert.ok(symbols && symbols.length > 0, `no document symbols for ${doc.uri.fsPath} (language ${doc.languageId})`);
  return symbols;
}

export async function foldingRangesOf(doc: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
  const ranges = await poll(
    () => vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', doc.uri),
    (r) => !!r && r.length > 0,
  );
  assert.ok(ranges && ranges.length > 0, `no folding ranges for ${doc.uri.fsPath}`);
  return ranges;
}

/** Activates the extension (an explicit activate, as HARNESS.md advises) and returns its API. */
export async function activateExtension(): Promise<TestApi> {
  const ext = vscode.extensions.getExtension<TestApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** What activate() returns for tests and other extensions. */
export interface TestApi {
  speakersView(): { label: string; description: string }[];
  cacheStats(): { parses: number; updates: number };
  workspaceIndexReady(): Promise<number>;
  workspaceIndexStats(): { updates: number; parses: number; segmentations: number; unchanged: number };
}

/** Puts the document's text back to `original` when a test changed it (one edit, nothing when it is the same). */
export async function restoreText(doc: vscode.TextDocument, original: string): Promise<void> {
  if (doc.getText() === original) return;
  const all = new vscode.WorkspaceEdit();
  all.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
  await vscode.workspace.applyEdit(all);
}
