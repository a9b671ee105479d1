/**
 * Command ids, setting keys and the language id, mirroring `package.json`.
 * A unit test checks both ways that every contributed command has a handler
 * here and every id here is contributed.
 */

/** The language id of transcripts. */
export const LANGUAGE_ID = 'transcript';

/** Command ids (`contributes.commands`). */
export const Commands = {
  treatAsTranscript: 'transcript.treatAsTranscript',
} as const;

/** Setting keys under the `transcript` section (`contributes.configuration`). */
export const Settings = {
  section: 'transcript',
  autoDetect: 'autoDetect',
} as const;

/** Every command id, for the contribution test. */
export const ALL_COMMANDS: readonly string[] = Object.values(Commands);

/** Every setting key with its section, for the contribution test. */
export const ALL_SETTINGS: readonly string[] = [`${Settings.section}.${Settings.autoDetect}`];
