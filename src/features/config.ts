/** Typed access to the `transcript.*` settings. */
import * as vscode from 'vscode';
import { Settings } from '../ids';

/** The extension's settings, read fresh each time (they can change at any moment). */
export interface TranscriptConfig {
  /** Switch plain-text files that contain speaker turns to the `transcript` language. */
  readonly autoDetect: boolean;
  /** Rename also changes mentions such as "Mr Pushilin" in speech. */
  readonly renameIncludeMentions: boolean;
  /** Topic segments in the outline. */
  readonly outlineShowTopics: boolean;
  /** The user's topic lexicon setting, unchecked (see mergeLexicon). */
  readonly topicsLexicon: unknown;
}

/** Reads the settings for a resource (or globally). */
export function readConfig(scope?: vscode.ConfigurationScope): TranscriptConfig {
  const c = vscode.workspace.getConfiguration(Settings.section, scope);
  return {
    autoDetect: c.get<boolean>(Settings.autoDetect, true),
    renameIncludeMentions: c.get<boolean>(Settings.renameIncludeMentions, false),
    outlineShowTopics: c.get<boolean>(Settings.outlineShowTopics, true),
    topicsLexicon: c.get<unknown>(Settings.topicsLexicon, {}),
  };
}
