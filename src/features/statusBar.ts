/** The status bar item for transcripts: "Denis Pushilin · turn 6/17"; a click runs Go to Speaker. */
import * as vscode from 'vscode';
import { navigation, text } from '../core';
import { Commands } from '../ids';
import type { DocumentCache } from '../services/documentCache';
import { servesDocument } from './selector';

const { plainUiText } = text;
const { turnIndexAt } = navigation;

/** The text for a cursor line: speaker and turn position, or the turn count before the first turn. */
function describe(cache: DocumentCache, editor: vscode.TextEditor): string | undefined {
  const model = cache.get(editor.document);
  if (model.turns.length === 0) return undefined;
  const i = turnIndexAt(model, editor.selection.active.line);
  if (i < 0) return `${model.turns.length} turns`;
  const turn = model.turns[i];
  const name = model.speakers.find((s) => s.key === turn.speaker)?.name ?? turn.label;
  return `${plainUiText(name)} · turn ${i + 1}/${model.turns.length}`;
}

/** Registers the status bar item; it shows only for transcript editors. */
export function registerStatusBar(cache: DocumentCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('transcript.turn', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Transcript Turn';
  item.command = Commands.goToSpeaker;
  item.tooltip = 'Transcript: Go to Speaker…';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const text = editor && servesDocument(editor.document) ? describe(cache, editor) : undefined;
    if (text === undefined) {
      item.hide();
      return;
    }
    item.text = `$(person) ${text}`;
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && update()),
    cache.onDidChangeTranscript((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidOpenTextDocument(update),
  );
}
