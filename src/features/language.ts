/**
 * The `transcript` language: the "Treat This File as a Transcript" command,
 * and auto-detection that switches a plain-text file on strong evidence (a
 * dialogue, or the dated header of a news summary; `core/parse/detect.ts`).
 * Subtitle files are served as they are and never switched.
 */
import * as vscode from 'vscode';
import type { TranscriptService } from '../core';
import { Commands, LANGUAGE_ID } from '../ids';
import type { TranscriptConfig } from '../services/config';
import { servesDocument } from './selector';

/** Sets the active editor's language to `transcript`. */
async function treatAsTranscript(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Transcript Navigator: open a text file first, then run "Treat This File as a Transcript".');
    return;
  }
  if (editor.document.languageId === LANGUAGE_ID) return;
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

/** Switches a plain-text document to `transcript` when the setting allows and its start is a transcript. */
async function maybeSwitch(service: TranscriptService, config: TranscriptConfig, document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || servesDocument(document) || !config.read(document).autoDetect) return;
  const start = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(service.detectPrefixChars)));
  if (!service.looksLikeTranscript(start)) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

/** Registers the language command and auto-detection. */
export function registerLanguage(service: TranscriptService, config: TranscriptConfig): vscode.Disposable {
  const detect = (doc: vscode.TextDocument) => {
    maybeSwitch(service, config, doc).catch((e) => console.error('transcript: auto-detect failed', e));
  };
  vscode.workspace.textDocuments.forEach(detect);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.treatAsTranscript, treatAsTranscript),
    vscode.workspace.onDidOpenTextDocument(detect),
  );
}
