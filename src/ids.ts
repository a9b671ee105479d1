/**
 * Command ids, setting keys, view ids and context keys, mirroring
 * `package.json`. A unit test checks both ways that every contributed command
 * has a handler here and every id here is contributed.
 */

/** The language id of transcripts. */
export const LANGUAGE_ID = 'transcript';

/** Command ids (`contributes.commands`). */
export const Commands = {
  treatAsTranscript: 'transcript.treatAsTranscript',
  nextTurn: 'transcript.nextTurn',
  previousTurn: 'transcript.previousTurn',
  nextTurnSameSpeaker: 'transcript.nextTurnSameSpeaker',
  previousTurnSameSpeaker: 'transcript.previousTurnSameSpeaker',
  goToSpeaker: 'transcript.goToSpeaker',
  goToTurn: 'transcript.goToTurn',
  selectTurn: 'transcript.selectTurn',
  copyTurnText: 'transcript.copyTurnText',
  filterBySpeaker: 'transcript.filterBySpeaker',
  revealCurrentTurn: 'transcript.revealCurrentTurn',
  revealTurn: 'transcript.revealTurn',
} as const;

/** Setting keys under the `transcript` section (`contributes.configuration`). */
export const Settings = {
  section: 'transcript',
  autoDetect: 'autoDetect',
  renameIncludeMentions: 'rename.includeMentions',
  outlineShowTopics: 'outline.showTopics',
  topicsLexicon: 'topics.lexicon',
  labelStyle: 'labels.style',
} as const;

/** View ids (`contributes.views`). */
export const Views = {
  speakers: 'transcript.speakers',
} as const;

/** Context keys the extension sets (used in `when` clauses of package.json). */
export const ContextKeys = {
  activeEditorIsTranscript: 'transcript.activeEditorIsTranscript',
} as const;

/**
 * The standard semantic token type of each part of a speaker label (the semantic
 * tokens' legend); `contributes.semanticTokenScopes` maps each to the grammar's scope
 * for that part, so that themes colour both alike.
 */
export const LabelTokenTypes = {
  name: 'type',
  role: 'property',
  generic: 'keyword',
  remark: 'comment',
  colon: 'operator',
} as const;

/** The URI scheme of the read-only "filter by speaker" documents. */
export const FILTER_SCHEME = 'transcript-speaker';

/** Every command id, for the contribution test. */
export const ALL_COMMANDS: readonly string[] = Object.values(Commands);

/** Every setting key with its section, for the contribution test. */
export const ALL_SETTINGS: readonly string[] = [
  Settings.autoDetect, Settings.renameIncludeMentions, Settings.outlineShowTopics, Settings.topicsLexicon, Settings.labelStyle,
].map((k) => `${Settings.section}.${k}`);
