/**
 * Outline, breadcrumbs and "Go to Symbol in Editor": the header, then one
 * symbol per speaker turn (or per paragraph in a text without turns).
 */
import * as vscode from 'vscode';
import { outline, OutlineEntry } from '../core';
import { readConfig } from './config';
import type { DocumentCache } from './documentCache';
import type { TopicSettings } from './topicSettings';
import { documentLines, toRange } from './convert';

const SYMBOL_KIND: Record<OutlineEntry['kind'], vscode.SymbolKind> = {
  header: vscode.SymbolKind.File,
  turn: vscode.SymbolKind.Event,
  paragraph: vscode.SymbolKind.String,
  topic: vscode.SymbolKind.Namespace,
};

function toSymbol(entry: OutlineEntry): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(entry.name, entry.detail, SYMBOL_KIND[entry.kind], toRange(entry.span), toRange(entry.selectionSpan));
  symbol.children = entry.children.map(toSymbol);
  return symbol;
}

/** What the provider keeps of a document's last outline, to reuse what the next edit leaves alone. */
class DocumentOutline {
  readonly builder = outline.builder();
  private entries: readonly OutlineEntry[] = [];
  private symbols: readonly vscode.DocumentSymbol[] = [];

  /** The symbols of these entries: an entry at the same place as last time gives the same symbol. */
  symbolsOf(entries: readonly OutlineEntry[]): vscode.DocumentSymbol[] {
    const symbols = entries.map((e, i) => (this.entries[i] === e ? this.symbols[i] : toSymbol(e)));
    this.entries = entries;
    this.symbols = symbols;
    return symbols;
  }
}

/** Document symbols of a transcript, from the shared model (and its topic segments, when shown). */
export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: DocumentCache, private readonly topics: TopicSettings) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return [];
    const segments = readConfig(document).outlineShowTopics ? this.topics.segments(this.cache, document, token) : undefined;
    if (token.isCancellationRequested) return [];
    const outline = this.cache.keep(document, 'outline', () => new DocumentOutline());
    return outline.symbolsOf(outline.builder.build(model, documentLines(document), segments));
  }
}

/**
 * Registers the outline provider for transcripts. VS Code keeps the symbols of
 * a document version; when the topic settings change, the provider registers
 * anew so that open outlines show the change at once.
 */
export function registerOutline(selector: vscode.DocumentSelector, cache: DocumentCache, topics: TopicSettings): vscode.Disposable {
  const provider = new TranscriptSymbolProvider(cache, topics);
  const register = () => vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Transcript' });
  let registration = register();
  const subscription = topics.onDidChange(() => {
    registration.dispose();
    registration = register();
  });
  return { dispose: () => { subscription.dispose(); registration.dispose(); } };
}
