/**
 * The `transcript.*` settings behind one typed object, grouped by the feature
 * they belong to, with one `onDidChangeConfiguration` listener and a change
 * event per section, so that each feature refreshes on its own settings only.
 * The keys come from `ids.ts` (which mirrors package.json).
 */
import * as vscode from 'vscode';
import { Settings } from '../ids';

/** The settings of one scope (a document, or global), read at one moment. */
export interface TranscriptSettings {
  /** Switch plain-text files that contain speaker turns to the `transcript` language. */
  readonly autoDetect: boolean;
  readonly rename: {
    /** Rename also changes mentions such as "Mr Pushilin" in speech. */
    readonly includeMentions: boolean;
  };
  readonly outline: {
    /** Topic segments in the outline. */
    readonly showTopics: boolean;
  };
  readonly topics: {
    /** The user's topic lexicon setting, unchecked (see the topic service's merge). */
    readonly lexicon: unknown;
  };
  readonly labels: {
    /** The label style to read (`auto`: each document's evidence decides); an id of the service's `labelStyles`. */
    readonly style: string;
  };
}

/** A group of settings that changes together: one event each. */
export type ConfigSection = keyof TranscriptSettings;

/** The setting keys of each section (under `transcript.`). */
const SECTION_KEYS: Readonly<Record<ConfigSection, readonly string[]>> = {
  autoDetect: [Settings.autoDetect],
  rename: [Settings.renameIncludeMentions],
  outline: [Settings.outlineShowTopics],
  topics: [Settings.topicsLexicon],
  labels: [Settings.labelStyle],
};

/** Reads the settings for a resource (or globally). */
function readSettings(scope?: vscode.ConfigurationScope): TranscriptSettings {
  const c = vscode.workspace.getConfiguration(Settings.section, scope);
  return {
    autoDetect: c.get<boolean>(Settings.autoDetect, true),
    rename: { includeMentions: c.get<boolean>(Settings.renameIncludeMentions, false) },
    outline: { showTopics: c.get<boolean>(Settings.outlineShowTopics, true) },
    topics: { lexicon: c.get<unknown>(Settings.topicsLexicon, {}) },
    labels: { style: c.get<string>(Settings.labelStyle, 'auto') },
  };
}

/** The extension's configuration: typed reads (fresh each time: settings change at any moment) and per-section change events. */
export class TranscriptConfig implements vscode.Disposable {
  private readonly emitters = new Map<ConfigSection, vscode.EventEmitter<void>>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => this.changed(e));
  }

  /** The settings for a document (settings may differ per folder), or the global ones. */
  read(scope?: vscode.ConfigurationScope): TranscriptSettings {
    return readSettings(scope);
  }

  /** Subscribes to the changes of one section of the settings. */
  onDidChange(section: ConfigSection, listener: () => void): vscode.Disposable {
    let emitter = this.emitters.get(section);
    if (!emitter) this.emitters.set(section, (emitter = new vscode.EventEmitter<void>()));
    return emitter.event(listener);
  }

  /** Fires the event of every section the change affects (one listener for all of them). */
  private changed(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration(Settings.section)) return;
    for (const [section, emitter] of this.emitters) {
      if (SECTION_KEYS[section].some((key) => e.affectsConfiguration(`${Settings.section}.${key}`))) emitter.fire();
    }
  }

  dispose(): void {
    this.subscription.dispose();
    for (const emitter of this.emitters.values()) emitter.dispose();
    this.emitters.clear();
  }
}
