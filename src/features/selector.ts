/**
 * The documents the features serve: transcripts (in files and in virtual or untitled
 * documents), and WebVTT and SubRip subtitle files whatever language another extension
 * gives them, so that they keep that extension's highlighting and get the outline by
 * speaker, folding, navigation, hovers, the status bar and the Speakers view too.
 * Plain data and a pure predicate: `vscode` is imported for its types only.
 */
import type * as vscode from 'vscode';
import { LANGUAGE_ID } from '../ids';

/** Language ids that extensions give subtitle files (`subtitles`: pepri.subtitles-editor; `vtt`, `webvtt`, `srt`: others). */
export const SUBTITLE_LANGUAGE_IDS: readonly string[] = ['vtt', 'webvtt', 'srt', 'subtitles'];

/** Subtitle files by name, whatever their language (plain text when no extension claims them). */
export const SUBTITLE_PATTERN = '**/*.{vtt,srt,VTT,SRT}';

/** The file name endings {@link SUBTITLE_PATTERN} matches (VS Code matches globs case-sensitively). */
export const SUBTITLE_EXTENSIONS: readonly string[] = ['.vtt', '.srt', '.VTT', '.SRT'];

/** Every document a transcript feature serves (the selector of every provider). */
export const TRANSCRIPT_SELECTOR: readonly vscode.DocumentFilter[] = [
  { language: LANGUAGE_ID },
  { pattern: SUBTITLE_PATTERN },
  ...SUBTITLE_LANGUAGE_IDS.map((language) => ({ language })),
];

/** What {@link servesDocument} reads of a document (a `vscode.TextDocument` fits). */
export interface DocumentIdentity {
  readonly languageId: string;
  readonly uri: { readonly path: string };
}

/** True when the path names a subtitle file, as {@link SUBTITLE_PATTERN} does (`.vtt`, `.srt`, or in capitals). */
export function isSubtitlePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return SUBTITLE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** True when the features serve this document: the same choice as {@link TRANSCRIPT_SELECTOR}, for commands and views. */
export function servesDocument(document: DocumentIdentity): boolean {
  return document.languageId === LANGUAGE_ID || SUBTITLE_LANGUAGE_IDS.includes(document.languageId) || isSubtitlePath(document.uri.path);
}
