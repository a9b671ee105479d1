/**
 * Semantic colouring of speaker labels from the shared model: every label the
 * outline lists is coloured by part (role, name, generic label, remark, colon),
 * also those the TextMate grammar cannot see (a one-word `COOPER:` or a `Q`
 * accepted by evidence from the whole document, a `<v Anna>` cue voice). The
 * token types are standard ones (`LabelTokenTypes` in ids.ts); `semanticTokenScopes` in package.json maps them
 * to the grammar's scopes, so that themes colour them as they colour the grammar.
 */
import * as vscode from 'vscode';
import { outline } from '../core';
import type { LabelTokenKind } from '../core/outline/labelTokens';
import { LabelTokenTypes } from '../ids';
import { documentLines } from '../services/convert';
import type { DocumentCache } from '../services/documentCache';

/** The type of each part (the compiler checks that every part has one). */
const TYPES: Readonly<Record<LabelTokenKind, string>> = LabelTokenTypes;
const KINDS = Object.keys(TYPES) as LabelTokenKind[];

/** The legend: one standard type per part, no modifiers. */
export const LABEL_TOKEN_LEGEND = new vscode.SemanticTokensLegend(KINDS.map((k) => TYPES[k]), []);

const TYPE_INDEX: Readonly<Record<LabelTokenKind, number>> = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<LabelTokenKind, number>;

/** Label tokens of the whole document or of a range, read from the document cache's model (never a second parse). */
export class LabelTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    return this.tokens(document, token);
  }

  provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.SemanticTokens | undefined {
    return this.tokens(document, token, { start: range.start.line, end: range.end.line });
  }

  private tokens(document: vscode.TextDocument, token: vscode.CancellationToken, range?: { start: number; end: number }): vscode.SemanticTokens | undefined {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return undefined;
    const builder = new vscode.SemanticTokensBuilder(LABEL_TOKEN_LEGEND);
    for (const t of outline.labelTokens(model, documentLines(document), range)) builder.push(t.line, t.character, t.length, TYPE_INDEX[t.kind], 0);
    return builder.build();
  }
}

/** Registers semantic colouring of labels for the documents the features serve. */
export function registerSemanticTokens(selector: vscode.DocumentSelector, cache: DocumentCache): vscode.Disposable {
  const provider = new LabelTokensProvider(cache);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LABEL_TOKEN_LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, LABEL_TOKEN_LEGEND),
  );
}
