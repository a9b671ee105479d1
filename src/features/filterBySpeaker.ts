/**
 * Filter by speaker: a read-only virtual document (scheme `transcript-speaker`)
 * with only one speaker's turns, each headed by a link back to its line in
 * the source. It updates when the source changes.
 */
import * as vscode from 'vscode';
import { FilteredText, navigation, speakers, text } from '../core';
import { Commands, FILTER_SCHEME } from '../ids';
import type { DocumentCache } from '../services/documentCache';
import { activeTranscriptWithTurns } from './editors';

const { filterBySpeaker } = speakers;
const { plainUiText } = text;
const { turnAt } = navigation;

/** The virtual document's URI: the speaker in the path (for the tab title), the source and key in the query. */
export function filterUri(source: vscode.Uri, speakerKey: string, speakerName: string): vscode.Uri {
  const query = new URLSearchParams({ source: source.toString(), speaker: speakerKey }).toString();
  const safeName = speakerName.replace(/[/\\?#%]/g, '_');
  return vscode.Uri.from({ scheme: FILTER_SCHEME, path: `/${safeName}.transcript`, query });
}

function parseFilterUri(uri: vscode.Uri): { source: vscode.Uri; speaker: string } | undefined {
  const params = new URLSearchParams(uri.query);
  const source = params.get('source');
  const speaker = params.get('speaker');
  return source && speaker ? { source: vscode.Uri.parse(source), speaker } : undefined;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

class FilterProvider implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly rendered = new Map<string, FilteredText>();

  constructor(private readonly cache: DocumentCache) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const target = parseFilterUri(uri);
    if (!target) return 'This link does not name a transcript and a speaker.\n';
    let source: vscode.TextDocument;
    try {
      source = await vscode.workspace.openTextDocument(target.source);
    } catch {
      return `The transcript ${target.source.toString()} cannot be opened.\n`;
    }
    if (token.isCancellationRequested) return '';
    const filtered = filterBySpeaker(source.getText(), this.cache.get(source), target.speaker, baseName(target.source));
    this.rendered.set(uri.toString(), filtered);
    return filtered.text;
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const target = parseFilterUri(document.uri);
    const filtered = this.rendered.get(document.uri.toString());
    if (!target || !filtered) return [];
    return filtered.headings.map((h) => {
      const link = new vscode.DocumentLink(
        new vscode.Range(h.line, h.start, h.line, h.end),
        target.source.with({ fragment: `L${h.sourceLine + 1}` }),
      );
      link.tooltip = `Go to line ${h.sourceLine + 1} of ${baseName(target.source)}`;
      return link;
    });
  }

  /** Re-renders the open filtered documents of a source that changed. */
  sourceChanged(source: vscode.Uri): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme === FILTER_SCHEME && parseFilterUri(doc.uri)?.source.toString() === source.toString()) this.changed.fire(doc.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

async function openFilter(cache: DocumentCache, speakerKey?: string): Promise<void> {
  const active = activeTranscriptWithTurns(cache, 'filter it by speaker');
  if (!active) return;
  const { editor, model } = active;
  let key = typeof speakerKey === 'string' ? speakerKey : undefined;
  if (!key) {
    const here = turnAt(model, editor.selection.active.line);
    const items = model.speakers.map((s) => ({ label: plainUiText(s.name), description: s.role ? plainUiText(s.role) : undefined, key: s.key, picked: s.key === here?.speaker }));
    const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'Show only the turns of…' });
    if (!chosen) return;
    key = chosen.key;
  }
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker) return;
  const doc = await vscode.workspace.openTextDocument(filterUri(editor.document.uri, speaker.key, speaker.name));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** Registers the filter document provider, its links, and the command. */
export function registerFilterBySpeaker(cache: DocumentCache): vscode.Disposable {
  const provider = new FilterProvider(cache);
  return vscode.Disposable.from(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(FILTER_SCHEME, provider),
    vscode.languages.registerDocumentLinkProvider({ scheme: FILTER_SCHEME }, provider),
    cache.onDidChangeTranscript((e) => e.document.uri.scheme !== FILTER_SCHEME && provider.sourceChanged(e.document.uri)),
    vscode.commands.registerCommand(Commands.filterBySpeaker, (speakerKey?: string) => openFilter(cache, speakerKey)),
  );
}
