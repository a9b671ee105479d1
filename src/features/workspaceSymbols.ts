/**
 * Workspace symbols across transcripts: the speakers ("Denis Pushilin — Head of
 * the Donetsk People’s Republic") and topic segments of every `.transcript`
 * file and every `.txt` file that holds a transcript. The index is built in
 * the background (with a progress notification for large workspaces), read
 * from the file system without opening editors, and kept current as files are
 * created, changed and deleted.
 */
import * as vscode from 'vscode';
import { decodeText, WorkspaceIndex } from '../core';
import { LANGUAGE_ID } from '../ids';
import type { TopicSettings } from './topicSettings';

const INCLUDE = '**/*.{transcript,txt}';
const EXCLUDE = '**/{node_modules,.git,.vscode-test,out,dist}/**';
/** Above this many files the first indexing shows a progress notification. */
const PROGRESS_THRESHOLD = 200;
/** Files larger than this are not indexed (they are not opened either). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Reads and indexes one file; true when it is in the index afterwards. */
async function indexFile(index: WorkspaceIndex, topics: TopicSettings, uri: vscode.Uri, token?: vscode.CancellationToken): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text: string;
  if (open) {
    text = open.getText();
  } else {
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) return false;
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      index.delete(uri.toString());
      return false;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      index.delete(uri.toString());
      return false;
    }
    text = decoded.text;
  }
  if (token?.isCancellationRequested) return false;
  const declared = uri.path.endsWith('.transcript') || open?.languageId === LANGUAGE_ID;
  return index.set(uri.toString(), text, { requireTurns: !declared, lexicon: topics.lexicon().lexicon, token });
}

/** Builds the index of every transcript in the workspace. */
async function buildIndex(index: WorkspaceIndex, topics: TopicSettings): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) return;
  const files = await vscode.workspace.findFiles(INCLUDE, EXCLUDE);
  const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
    for (const [i, uri] of files.entries()) {
      if (token?.isCancellationRequested) return;
      await indexFile(index, topics, uri, token);
      progress?.report({ increment: 100 / files.length, message: `${i + 1} of ${files.length} files` });
    }
  };
  if (files.length > PROGRESS_THRESHOLD) {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Transcript Navigator: indexing transcripts', cancellable: true },
      (progress, token) => run(progress, token),
    );
  } else {
    await run();
  }
}

class TranscriptWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex, private readonly ready: () => Promise<void>) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.ready();
    if (token.isCancellationRequested) return [];
    return this.index.search(query.trim(), 500, token).map(({ uri, entry }) => {
      const file = vscode.Uri.parse(uri);
      const container = file.path.split('/').pop() ?? uri;
      const name = entry.kind === 'speaker' && entry.detail ? `${entry.name} — ${entry.detail}` : entry.name;
      const kind = entry.kind === 'speaker' ? vscode.SymbolKind.Event : vscode.SymbolKind.Namespace;
      return new vscode.SymbolInformation(name.replace(/\u00a0/g, ' '), kind, container, new vscode.Location(file, new vscode.Range(entry.line, 0, entry.endLine, 0)));
    });
  }
}

/** What the workspace index exposes to tests: its size and a way to wait for the first build. */
export interface WorkspaceSymbolsHandle extends vscode.Disposable {
  ready(): Promise<void>;
  size(): number;
}

/** Registers the workspace symbol provider and starts the background index. */
export function registerWorkspaceSymbols(topics: TopicSettings): WorkspaceSymbolsHandle {
  const index = new WorkspaceIndex();
  let building: Promise<void> = Promise.resolve();
  const rebuild = () => {
    index.clear();
    building = buildIndex(index, topics).catch((e) => console.error('transcript: indexing failed', e));
  };
  rebuild();
  const watcher = vscode.workspace.createFileSystemWatcher(INCLUDE);
  const update = (uri: vscode.Uri) => {
    // The same folders as EXCLUDE, judged within the workspace (the workspace itself may lie under one).
    if (/(^|[\\/])(node_modules|\.git|\.vscode-test|out|dist)[\\/]/.test(vscode.workspace.asRelativePath(uri, false))) return;
    building = building.then(() => indexFile(index, topics, uri)).then(() => undefined, () => undefined);
  };
  const disposable = vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(update),
    watcher.onDidChange(update),
    watcher.onDidDelete((uri) => index.delete(uri.toString())),
    // Files created, deleted or renamed through VS Code (Explorer, refactorings) also arrive here,
    // where no file watcher runs (some remote and virtual file systems).
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach(update)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => index.delete(uri.toString()))),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => {
      index.delete(f.oldUri.toString());
      update(f.newUri);
    })),
    vscode.workspace.onDidSaveTextDocument((doc) => update(doc.uri)),
    vscode.workspace.onDidChangeWorkspaceFolders(rebuild),
    topics.onDidChange(rebuild),
    vscode.languages.registerWorkspaceSymbolProvider(new TranscriptWorkspaceSymbols(index, () => building)),
  );
  return { ready: () => building, size: () => index.size, dispose: () => disposable.dispose() };
}
