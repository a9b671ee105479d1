/** Folding: the header and every speaker turn fold. */
import * as vscode from 'vscode';
import { outline } from '../core';
import type { DocumentCache } from '../services/documentCache';

const { buildFoldingRegions } = outline;

/** Folding ranges of a transcript, from the shared model. */
export class TranscriptFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): vscode.FoldingRange[] {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return [];
    return buildFoldingRegions(model).map(
      (r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'header' ? vscode.FoldingRangeKind.Region : undefined),
    );
  }
}

/** Registers the folding provider for transcripts. */
export function registerFolding(selector: vscode.DocumentSelector, cache: DocumentCache): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(selector, new TranscriptFoldingProvider(cache));
}
