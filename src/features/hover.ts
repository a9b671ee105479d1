/**
 * Hovers: a region card on a region's name (subject, city, federal district,
 * macro-region), with what this transcript says about it; a speaker card on
 * a speaker label. The Markdown is never trusted, and every text from the
 * document in it goes through `markdownText` (core): it shows as typed, never
 * as Markdown, HTML or a link (VS Code renders hovers with GFM autolinks on).
 */
import * as vscode from 'vscode';
import { speakers, TranscriptService } from '../core';
import { toRange } from '../services/convert';
import type { DocumentCache } from '../services/documentCache';

/** A link to read more about a federal district (opened in the browser; nothing is fetched by the extension). */
function districtLink(service: TranscriptService, id: string): string | undefined {
  const name = service.regions.districtName(id);
  return name ? `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, '_'))}` : undefined;
}

/** Untrusted Markdown: no command links, no HTML. */
function untrusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

class TranscriptHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: TranscriptService, private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const model = this.cache.get(document, token);
    if (token.isCancellationRequested) return undefined;
    // A region named in a role (`Krasnoyarsk Territory Governor`) shows its region card; the rest of a label, the speaker's.
    const regions = this.cache.regions(document, token);
    if (token.isCancellationRequested) return undefined;
    const mention = this.service.regions.mentionAt(regions, { line: position.line, character: position.character });
    if (!mention) {
      const turn = model.turns.find((t) => t.labelSpan.start.line === position.line && position.character <= t.labelSpan.end.character);
      const card = turn ? speakers.speakerCard(model, this.cache.words(document), turn.speaker, vscode.env.language) : undefined;
      return turn && card ? new vscode.Hover(untrusted(card), toRange(turn.labelSpan)) : undefined;
    }
    const card = this.service.regions.cardById(
      mention.id,
      { mentions: regions.counts.get(mention.id) ?? 0, speakers: regions.speakers.get(mention.id) ?? [], alternatives: mention.alternatives },
      { locale: vscode.env.language, linkFor: (id) => districtLink(this.service, id) },
    );
    return card ? new vscode.Hover(untrusted(card), toRange(mention.span)) : undefined;
  }
}

/** Registers the hovers for transcripts. */
export function registerHovers(selector: vscode.DocumentSelector, service: TranscriptService, cache: DocumentCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new TranscriptHoverProvider(service, cache));
}
