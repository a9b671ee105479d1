/** Helpers shared by the commands that act on the active transcript editor. */
import * as vscode from 'vscode';
import { navigation, Transcript, Turn } from '../core';
import { toPosition, toRange } from '../services/convert';
import type { DocumentCache } from '../services/documentCache';
import { servesDocument } from './selector';

const { turnAt } = navigation;

/**
 * The active editor when it shows a transcript; otherwise tells the user what
 * to do and returns undefined (commands run from the palette never throw).
 */
export function activeTranscriptEditor(action: string): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(`Transcript Navigator: open a transcript to ${action}.`);
    return undefined;
  }
  if (!servesDocument(editor.document)) {
    void vscode.window.showInformationMessage(
      `Transcript Navigator: this file is not a transcript. Run "Transcript: Treat This File as a Transcript" first to ${action}.`,
    );
    return undefined;
  }
  return editor;
}

/** Puts the cursor at the start of the turn's speech and shows its line in the centre. */
export function revealTurn(editor: vscode.TextEditor, turn: Turn): void {
  const at = toPosition(turn.speechStart);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
}

/** Shows a turn without moving the cursor (a preview while a picker is open). */
export function previewTurn(editor: vscode.TextEditor, turn: Turn): void {
  editor.revealRange(toRange(turn.labelSpan), vscode.TextEditorRevealType.InCenter);
}

/** The active transcript editor and its model. */
export interface ActiveTranscript {
  readonly editor: vscode.TextEditor;
  readonly model: Transcript;
}

/**
 * The active transcript and its model when the model has speaker turns;
 * otherwise tells the user why the action cannot run and returns undefined.
 */
export function activeTranscriptWithTurns(cache: DocumentCache, action: string): ActiveTranscript | undefined {
  const editor = activeTranscriptEditor(action);
  if (!editor) return undefined;
  const model = cache.get(editor.document);
  if (model.turns.length === 0) {
    void vscode.window.showInformationMessage('Transcript Navigator: this transcript has no speaker turns.');
    return undefined;
  }
  return { editor, model };
}

/** The turn under the cursor of the active transcript, or undefined with a message to the user. */
export function turnAtCursor(cache: DocumentCache, action: string): { editor: vscode.TextEditor; turn: Turn } | undefined {
  const active = activeTranscriptWithTurns(cache, action);
  if (!active) return undefined;
  const turn = turnAt(active.model, active.editor.selection.active.line);
  if (!turn) {
    void vscode.window.showInformationMessage('Transcript Navigator: the cursor is not inside a speaker turn.');
    return undefined;
  }
  return { editor: active.editor, turn };
}
