/**
 * Outline, breadcrumbs and "Go to Symbol in Editor": the header, then one
 * symbol per speaker turn (or per paragraph in a text without turns).
 */
import * as vscode from 'vscode';
import { buildOutline, OutlineEntry } from '../core';
import type { DocumentCache } from './documentCache';
import { toRange } from './convert';

const SYMBOL_KIND: Record<OutlineEntry['kind'], vscode.SymbolKind> = {
  header: vscode.SymbolKind.File,
  turn: vscode.SymbolKind.Event,
  paragraph: vscode.SymbolKind.String,
};

function toSymbol(entry: OutlineEntry): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(entry.name, entry.detail, SYMBOL_KIND[entry.kind], toRange(entry.span), toRange(entry.selectionSpan));
  symbol.children = entry.children.map(toSymbol);
  return symbol;
}

/** Document symbols of a transcript, from the shared model. */
export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return [];
    return buildOutline(model, (line) => (line < document.lineCount ? document.lineAt(line).text : '')).map(toSymbol);
  }
}

/** Registers the outline provider for transcripts. */
export function registerOutline(selector: vscode.DocumentSelector, cache: DocumentCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, new TranscriptSymbolProvider(cache), { label: 'Transcript' });
}
