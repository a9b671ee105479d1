/** Conversions from the core's plain positions to VS Code's types, at the edge. */
import * as vscode from 'vscode';
import type { LineReader, Position, Span } from '../core';

/** A core position as a VS Code position. */
export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

/** A core span as a VS Code range. */
export function toRange(s: Span): vscode.Range {
  return new vscode.Range(s.start.line, s.start.character, s.end.line, s.end.character);
}

/** Reads the document's lines (as the core asks for them); '' past its end. */
export function documentLines(document: vscode.TextDocument): LineReader {
  return (line) => (line < document.lineCount ? document.lineAt(line).text : '');
}
