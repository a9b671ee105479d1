/**
 * Outline, breadcrumbs and "Go to Symbol in Editor": the header, then one
 * symbol per speaker turn (or per paragraph in a text without turns).
 */
import * as vscode from 'vscode';
import { CachedValue, outline, OutlineEntry } from '../core';
import type { TranscriptConfig } from '../services/config';
import type { DocumentCache } from '../services/documentCache';
import type { TopicSettings } from '../services/topics';
import { documentLines, toRange } from '../services/convert';

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
  /** Each open document's last outline. */
  private readonly outlines: CachedValue<DocumentOutline, vscode.TextDocument>;

  constructor(private readonly cache: DocumentCache, private readonly topics: TopicSettings, private readonly config: TranscriptConfig) {
    this.outlines = cache.perDocument(() => new DocumentOutline());
  }

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return [];
    const segments = this.config.read(document).outline.showTopics ? this.topics.segments(document, token) : undefined;
    if (token.isCancellationRequested) return [];
    const outline = this.outlines.get(document);
    return outline.symbolsOf(outline.builder.build(model, documentLines(document), segments));
  }
}

/**
 * Registers the outline provider for transcripts. VS Code keeps the symbols of
 * a document version; when `transcript.outline.*` or the topic lexicon changes,
 * the provider registers anew so that open outlines show the change at once.
 */
export function registerOutline(selector: vscode.DocumentSelector, cache: DocumentCache, topics: TopicSettings, config: TranscriptConfig): vscode.Disposable {
  const provider = new TranscriptSymbolProvider(cache, topics, config);
  const register = () => vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Transcript' });
  let registration = register();
  const refresh = () => {
    registration.dispose();
    registration = register();
  };
  const subscriptions = vscode.Disposable.from(config.onDidChange('outline', refresh), topics.onDidChange(refresh));
  return { dispose: () => { subscriptions.dispose(); registration.dispose(); } };
}
