/**
 * Turn-to-turn movement for translators: next and previous turn, next and
 * previous turn by the same speaker, select a turn, copy its speech.
 */
import * as vscode from 'vscode';
import { navigation, Transcript, Turn } from '../core';
import { Commands } from '../ids';
import { toPosition, toRange } from '../services/convert';
import type { DocumentCache } from '../services/documentCache';
import { activeTranscriptWithTurns, revealTurn, turnAtCursor } from './editors';

const { nextTurn, previousTurn, turnAt, turnBySameSpeaker } = navigation;

type Finder = (model: Transcript, line: number) => Turn | undefined;

/** A command that moves the cursor to the turn a finder picks, or says why it cannot. */
function moveCommand(cache: DocumentCache, action: string, find: Finder, none: string): () => void {
  return () => {
    const active = activeTranscriptWithTurns(cache, action);
    if (!active) return;
    const { editor, model } = active;
    const turn = find(model, editor.selection.active.line);
    if (turn) revealTurn(editor, turn);
    else vscode.window.setStatusBarMessage(`Transcript Navigator: ${none}`, 3000);
  };
}

/** The speech of a turn: from after the label's colon to the end of the turn. */
export function speechRange(turn: Turn): vscode.Range {
  return new vscode.Range(toPosition(turn.speechStart), toPosition(turn.span.end));
}

function selectTurn(cache: DocumentCache): void {
  const found = turnAtCursor(cache, 'select a turn');
  if (!found) return;
  const { editor, turn } = found;
  const range = toRange(turn.span);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function copyTurnText(cache: DocumentCache): Promise<void> {
  const found = turnAtCursor(cache, 'copy a turn');
  if (!found) return;
  const { editor, turn } = found;
  await vscode.env.clipboard.writeText(editor.document.getText(speechRange(turn)));
  const words = cache.words(editor.document).turns[turn.index];
  vscode.window.setStatusBarMessage(`Transcript Navigator: copied the speech of ${turn.label.replace(/\u00a0/g, ' ')} (${words} words)`, 3000);
}

/** Opens a document at a turn's line: used by the Speakers view and links. */
async function revealTurnAt(cache: DocumentCache, uri?: vscode.Uri | string, line?: number): Promise<void> {
  if (uri === undefined || typeof line !== 'number') {
    void vscode.window.showInformationMessage('Transcript Navigator: choose a turn in the Speakers view to reveal it.');
    return;
  }
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const turn = turnAt(cache.get(document), line);
  if (turn && turn.span.start.line === line) revealTurn(editor, turn);
  else editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
}

/** Registers the movement commands. */
export function registerNavigation(cache: DocumentCache): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextTurn, moveCommand(cache, 'go to the next turn', nextTurn, 'no turn after this one.')),
    vscode.commands.registerCommand(Commands.previousTurn, moveCommand(cache, 'go to the previous turn', previousTurn, 'no turn before this one.')),
    vscode.commands.registerCommand(
      Commands.nextTurnSameSpeaker,
      moveCommand(cache, 'go to the next turn by the same speaker', (m, l) => turnBySameSpeaker(m, l, 1), 'this speaker has no later turn.'),
    ),
    vscode.commands.registerCommand(
      Commands.previousTurnSameSpeaker,
      moveCommand(cache, 'go to the previous turn by the same speaker', (m, l) => turnBySameSpeaker(m, l, -1), 'this speaker has no earlier turn.'),
    ),
    vscode.commands.registerCommand(Commands.selectTurn, () => selectTurn(cache)),
    vscode.commands.registerCommand(Commands.copyTurnText, () => copyTurnText(cache)),
    vscode.commands.registerCommand(Commands.revealTurn, (uri?: vscode.Uri | string, line?: number) => revealTurnAt(cache, uri, line)),
  );
}
