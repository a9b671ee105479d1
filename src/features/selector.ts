/** The documents the features serve: transcripts, in files and in virtual or untitled documents. */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../ids';

/** Every document of the `transcript` language, whatever its scheme (virtual workspaces included). */
export const TRANSCRIPT_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };
