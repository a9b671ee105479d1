/**
 * Workspace symbols across transcripts: the speakers ("Denis Pushilin — Head of
 * the Donetsk People’s Republic") and topic segments of every `.transcript`,
 * `.vtt` and `.srt` file and every `.txt` file that holds a transcript. The index is built in
 * the background (with a progress notification for large workspaces), read
 * from the file system without opening editors, and kept current as files are
 * created, changed and deleted: the events of a file are coalesced into one
 * update, an open document is indexed from the document cache's model and the
 * outline's topic segments, and other files are parsed and segmented in slices
 * that let the extension host answer in between (core/indexUpdates.ts).
 */
import * as vscode from 'vscode';
import { IndexScheduler, IndexSource, IndexUpdater, OpenTranscript, StoredFile, text, TranscriptService, WorkspaceIndex } from '../core';
import type { DocumentCache } from '../services/documentCache';
import type { TopicSettings } from '../services/topics';
import { isSubtitlePath, servesDocument } from './selector';

const INCLUDE = '**/*.{transcript,txt,vtt,srt,VTT,SRT}';
const EXCLUDE = '**/{node_modules,.git,.vscode-test,out,dist}/**';
/** Above this many files the first indexing shows a progress notification. */
const PROGRESS_THRESHOLD = 200;
/** Files larger than this are not indexed in the background (memory stays bounded); the output channel says so. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The extension host's event loop: setImmediate between slices of work, setTimeout for the quiet window. */
const HOST_SCHEDULER: IndexScheduler = {
  yieldNow: () => new Promise((resolve) => setImmediate(resolve)),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** An open document as the index sees it: the shared model and the outline's topic segments. */
function openTranscript(document: vscode.TextDocument, cache: DocumentCache, topics: TopicSettings, service: TranscriptService): OpenTranscript {
  return {
    declared: document.uri.path.endsWith('.transcript') || servesDocument(document),
    looksLikeTranscript: () => {
      const cached = cache.peek(document);
      if (cached) return cached.turns.length >= service.minTurns;
      return service.looksLikeTranscript(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(service.detectPrefixChars))));
    },
    model: () => cache.get(document),
    segments: (scheduler, token) => topics.segmentsInSlices(document, () => scheduler.yieldNow(), token),
  };
}

/** Reads a file that is not open: its text, or why it is not indexed; undefined when it is gone. */
async function readStored(uri: vscode.Uri): Promise<StoredFile | undefined> {
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) return { skipped: `${(stat.size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB bound for background indexing (open it to see its outline)` };
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const decoded = text.decodeText(bytes);
  if (!decoded.ok) return { skipped: 'not a text file' };
  return { text: decoded.text, declared: uri.path.endsWith('.transcript') || isSubtitlePath(uri.path) };
}

/** Where the index reads: open documents from the document cache, other files from the file system. */
function indexSource(cache: DocumentCache, topics: TopicSettings, service: TranscriptService): IndexSource {
  return {
    open: (uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return document && openTranscript(document, cache, topics, service);
    },
    read: (uri) => readStored(vscode.Uri.parse(uri)),
    lexicon: () => topics.lexicon().lexicon,
  };
}

/** Lists every transcript of the workspace and queues them; with many, shows the progress until they are done. */
async function buildIndex(updater: IndexUpdater, progressOf: (report: (done: number) => void) => () => void): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) return;
  const files = await vscode.workspace.findFiles(INCLUDE, EXCLUDE);
  updater.enqueue(files.map((f) => f.toString()));
  if (files.length <= PROGRESS_THRESHOLD) return updater.idle();
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Transcript Navigator: indexing transcripts', cancellable: true },
    async (progress, token) => {
      const stop = progressOf((done) => progress.report({ increment: 100 / files.length, message: `${done} of ${files.length} files` }));
      const cancel = token.onCancellationRequested(() => updater.clear());
      await updater.idle();
      cancel.dispose();
      stop();
    },
  );
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

/** What the workspace index exposes to tests: its size, what it did, and a way to wait for it. */
export interface WorkspaceSymbolsHandle extends vscode.Disposable {
  /** Resolves when the index is built and no update is waiting. */
  ready(): Promise<void>;
  size(): number;
  /** Updates, and parses and segmentations of files that were not open, so far. */
  stats(): { updates: number; parses: number; segmentations: number; unchanged: number };
}

/** Registers the workspace symbol provider and starts the background index. */
export function registerWorkspaceSymbols(service: TranscriptService, cache: DocumentCache, topics: TopicSettings): WorkspaceSymbolsHandle {
  const index = service.workspace.index();
  let output: vscode.OutputChannel | undefined;
  const log = (message: string) => (output ??= vscode.window.createOutputChannel('Transcript Navigator')).appendLine(message);
  let onUpdated: ((done: number) => void) | undefined;
  let done = 0;
  const updater = service.workspace.updater(index, { source: indexSource(cache, topics, service), scheduler: HOST_SCHEDULER, log, updated: () => onUpdated?.(++done) });
  const progressOf = (report: (done: number) => void) => {
    done = 0;
    onUpdated = report;
    return () => (onUpdated = undefined);
  };
  let building: Promise<void> = Promise.resolve();
  const rebuild = () => {
    index.clear();
    updater.clear();
    building = buildIndex(updater, progressOf).catch((e) => log(`indexing failed: ${e instanceof Error ? e.message : String(e)}`));
  };
  rebuild();
  const watcher = vscode.workspace.createFileSystemWatcher(INCLUDE);
  const update = (uri: vscode.Uri) => {
    // The same folders as EXCLUDE, judged within the workspace (the workspace itself may lie under one).
    if (/(^|[\\/])(node_modules|\.git|\.vscode-test|out|dist)[\\/]/.test(vscode.workspace.asRelativePath(uri, false))) return;
    updater.touch(uri.toString());
  };
  const remove = (uri: vscode.Uri) => updater.remove(uri.toString());
  const disposable = vscode.Disposable.from(
    watcher,
    // A save arrives here and, a moment later, from the watcher: the updater makes it one update.
    watcher.onDidCreate(update),
    watcher.onDidChange(update),
    watcher.onDidDelete(remove),
    // Files created, deleted or renamed through VS Code (Explorer, refactorings) also arrive here,
    // where no file watcher runs (some remote and virtual file systems).
    vscode.workspace.onDidCreateFiles((e) => e.files.forEach(update)),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach(remove)),
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => {
      remove(f.oldUri);
      update(f.newUri);
    })),
    vscode.workspace.onDidSaveTextDocument((doc) => update(doc.uri)),
    vscode.workspace.onDidChangeWorkspaceFolders(rebuild),
    topics.onDidChange(rebuild),
    vscode.languages.registerWorkspaceSymbolProvider(new TranscriptWorkspaceSymbols(index, () => building.then(() => updater.idle()))),
    { dispose: () => { updater.clear(); output?.dispose(); } },
  );
  return {
    ready: () => building.then(() => updater.idle()),
    size: () => index.size,
    stats: () => ({ ...updater.stats }),
    dispose: () => disposable.dispose(),
  };
}
