/**
 * Go to Speaker and Go to Turn: quick picks over the model, with the editor
 * previewing the highlighted turn as the user moves through the list.
 */
import * as vscode from 'vscode';
import { outline, Speaker, speakers, text, Transcript, Turn, WordCounts } from '../core';
import { Commands } from '../ids';
import type { DocumentCache } from '../services/documentCache';
import { activeTranscriptWithTurns, previewTurn, revealTurn } from './editors';

const { plainUiText } = text;
const { speechDetail, timedDetail } = outline;
const { shareOfWords } = speakers;


interface TurnItem extends vscode.QuickPickItem {
  readonly turn: Turn;
}

interface SpeakerItem extends vscode.QuickPickItem {
  readonly speaker: Speaker;
}

/** The turn's start time, if the document gives one, and the first words of its own speech (never the next turn's label). */
function speechPreview(document: vscode.TextDocument, turn: Turn): string {
  return plainUiText(timedDetail(turn, speechDetail(turn, (line) => document.lineAt(line).text, 12)));
}


/**
 * Shows a quick pick of turns that previews each highlighted turn and
 * restores the view when the user backs out.
 */
async function pickTurn(editor: vscode.TextEditor, items: TurnItem[], placeholder: string, active?: Turn): Promise<void> {
  const before = { selection: editor.selection, visible: editor.visibleRanges[0] };
  const pick = vscode.window.createQuickPick<TurnItem>();
  pick.items = items;
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  const current = items.find((i) => i.turn === active);
  if (current) pick.activeItems = [current];
  let accepted = false;
  const done = new Promise<void>((resolve) => {
    pick.onDidChangeActive((active) => {
      if (active[0]) previewTurn(editor, active[0].turn);
    });
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      if (chosen) {
        accepted = true;
        revealTurn(editor, chosen.turn);
      }
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!accepted) {
        editor.selection = before.selection;
        if (before.visible) editor.revealRange(before.visible, vscode.TextEditorRevealType.AtTop);
      }
      pick.dispose();
      resolve();
    });
  });
  pick.show();
  return done;
}

async function goToTurn(cache: DocumentCache): Promise<void> {
  const active = activeTranscriptWithTurns(cache, 'go to a turn');
  if (!active) return;
  const { editor, model } = active;
  const names = new Map(model.speakers.map((s) => [s.key, s.name]));
  const words = cache.words(editor.document);
  const items = model.turns.map((turn): TurnItem => ({
    label: `${turn.index + 1} · ${plainUiText(names.get(turn.speaker) ?? turn.label)}`,
    description: speechPreview(editor.document, turn),
    detail: `line ${turn.span.start.line + 1} · ${words.turns[turn.index]} words`,
    turn,
  }));
  const here = model.turns.find((t) => t.span.start.line <= editor.selection.active.line && editor.selection.active.line <= t.span.end.line);
  await pickTurn(editor, items, 'Go to turn: type a speaker or words of the speech', here);
}

function speakerItems(model: Transcript, words: WordCounts): SpeakerItem[] {
  return model.speakers.map((speaker) => ({
    label: plainUiText(speaker.name),
    description: speaker.role ? plainUiText(speaker.role) : speaker.generic ? 'generic label' : undefined,
    detail: `${speaker.turns.length} ${speaker.turns.length === 1 ? 'turn' : 'turns'} · ${words.speakers.get(speaker.key) ?? 0} words (${shareOfWords(words, speaker.key)}%)`,
    speaker,
  }));
}

async function goToSpeaker(cache: DocumentCache): Promise<void> {
  const active = activeTranscriptWithTurns(cache, 'go to a speaker');
  if (!active) return;
  const { editor, model } = active;
  const chosen = await vscode.window.showQuickPick(speakerItems(model, cache.words(editor.document)), { placeHolder: 'Go to speaker', matchOnDescription: true });
  if (!chosen) return;
  const items = chosen.speaker.turns.map((i): TurnItem => {
    const turn = model.turns[i];
    return { label: `line ${turn.span.start.line + 1}`, description: speechPreview(editor.document, turn), turn };
  });
  await pickTurn(editor, items, `Turns of ${plainUiText(chosen.speaker.name)}`);
}

/** Registers Go to Speaker and Go to Turn. */
export function registerPickers(cache: DocumentCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.goToSpeaker, () => goToSpeaker(cache)),
    vscode.commands.registerCommand(Commands.goToTurn, () => goToTurn(cache)),
  );
}

