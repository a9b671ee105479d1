/**
 * Speakers as symbols: definition (the introducing turn), references (every
 * turn and mention), highlights (the speaker's labels) and rename, on speaker
 * labels and on mentions such as "Mr Pushilin" in speech.
 */
import * as vscode from 'vscode';
import { SpeakerAt, speakers, Transcript } from '../core';
import type { TranscriptConfig } from '../services/config';
import { toPosition, toRange } from '../services/convert';
import type { DocumentCache } from '../services/documentCache';

const { planRename, speakerAt } = speakers;

const NOT_A_SPEAKER = 'Place the cursor on a speaker label (such as "Denis Pushilin:") or on a mention such as "Mr Pushilin" to rename a speaker.';

/** Resolves the speaker at a position through the shared cache. */
class SpeakerLocator {
  constructor(private readonly cache: DocumentCache) {}

  at(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): { model: Transcript; hit: SpeakerAt } | undefined {
    const model = this.cache.get(document, token);
    if (token?.isCancellationRequested) return undefined;
    const mentions = this.cache.speakerMentions(document, token);
    const hit = speakerAt(model, mentions, { line: position.line, character: position.character });
    return hit ? { model, hit } : undefined;
  }
}

class SpeakerDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly locate: SpeakerLocator) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Location | undefined {
    const found = this.locate.at(document, position, token);
    if (!found) return undefined;
    const speaker = found.model.speakers.find((s) => s.key === found.hit.speaker);
    const first = speaker ? found.model.turns[speaker.turns[0]] : undefined;
    return first ? new vscode.Location(document.uri, toRange(first.labelSpan)) : undefined;
  }
}

class SpeakerReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly locate: SpeakerLocator, private readonly cache: DocumentCache) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): vscode.Location[] {
    const found = this.locate.at(document, position, token);
    if (!found) return [];
    const { model, hit } = found;
    const speaker = model.speakers.find((s) => s.key === hit.speaker);
    if (!speaker) return [];
    const turns = context.includeDeclaration ? speaker.turns : speaker.turns.slice(1);
    const locations = turns.map((i) => new vscode.Location(document.uri, toRange(model.turns[i].nameSpan)));
    for (const m of this.cache.speakerMentions(document, token)) {
      if (m.speaker === hit.speaker) locations.push(new vscode.Location(document.uri, toRange(m.span)));
    }
    return token.isCancellationRequested ? [] : locations;
  }
}

class SpeakerHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly locate: SpeakerLocator, private readonly cache: DocumentCache) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.DocumentHighlight[] {
    const found = this.locate.at(document, position, token);
    if (!found) return [];
    const { model, hit } = found;
    const highlights = model.turns
      .filter((t) => t.speaker === hit.speaker)
      .map((t) => new vscode.DocumentHighlight(toRange(t.labelSpan), vscode.DocumentHighlightKind.Write));
    for (const m of this.cache.speakerMentions(document, token)) {
      if (m.speaker === hit.speaker) highlights.push(new vscode.DocumentHighlight(toRange(m.span), vscode.DocumentHighlightKind.Read));
    }
    return highlights;
  }
}

class SpeakerRenameProvider implements vscode.RenameProvider {
  constructor(private readonly locate: SpeakerLocator, private readonly cache: DocumentCache, private readonly config: TranscriptConfig) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): { range: vscode.Range; placeholder: string } {
    const found = this.locate.at(document, position, token);
    if (!found) throw new Error(NOT_A_SPEAKER);
    const speaker = found.model.speakers.find((s) => s.key === found.hit.speaker);
    if (!speaker || speaker.generic) throw new Error(`"${speaker?.name ?? 'This label'}" is a generic label, not a person; it cannot be renamed.`);
    const range = toRange(found.hit.nameSpan);
    return { range, placeholder: document.getText(range) };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string, token: vscode.CancellationToken): vscode.WorkspaceEdit | undefined {
    const found = this.locate.at(document, position, token);
    if (!found) throw new Error(NOT_A_SPEAKER);
    const mentions = this.cache.speakerMentions(document, token);
    // A rename that renaming back could not undo byte for byte (a name another speaker has, a surname
    // other text has after "Mr", spaces a shorter name cannot keep) is refused: VS Code shows the message.
    const plan = planRename(document.getText(), found.model, mentions, found.hit, newName, this.config.read(document).rename.includeMentions, token);
    if (token.isCancellationRequested) return undefined;
    if ('error' in plan) throw new Error(plan.error);
    const edit = new vscode.WorkspaceEdit();
    for (const e of plan.edits) edit.replace(document.uri, new vscode.Range(toPosition(e.span.start), toPosition(e.span.end)), e.newText);
    return edit;
  }
}

/** Registers definition, references, highlights and rename for speakers. */
export function registerSpeakerLinks(selector: vscode.DocumentSelector, cache: DocumentCache, config: TranscriptConfig): vscode.Disposable {
  const locate = new SpeakerLocator(cache);
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, new SpeakerDefinitionProvider(locate)),
    vscode.languages.registerReferenceProvider(selector, new SpeakerReferenceProvider(locate, cache)),
    vscode.languages.registerDocumentHighlightProvider(selector, new SpeakerHighlightProvider(locate, cache)),
    vscode.languages.registerRenameProvider(selector, new SpeakerRenameProvider(locate, cache, config)),
  );
}
