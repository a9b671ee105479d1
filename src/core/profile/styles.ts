/**
 * Label styles: which kinds of labels outside the grammar a parser reads. The
 * label grammar (names and roles, generic labels) is always read; a style adds
 * the candidates that document-level evidence judges. `auto` reads every kind
 * and lets each document's evidence decide; a forced style reads only its own
 * kinds (a user whose notes contain `Q  ` paragraphs that are no questions).
 */

/** How a candidate line marks its label: text before a colon, `Q` and wide space, a WebVTT voice, a name with a timestamp. */
export type CandidateKind = 'colon' | 'question' | 'deposition' | 'voice' | 'stamp';

/** One label style: an id (the setting's value), what it reads, and a description for the setting. */
export interface LabelStyleRules {
  readonly id: string;
  readonly description: string;
  readonly candidates: readonly CandidateKind[];
}

/** The styles every profile offers; `auto` first. */
export const LABEL_STYLES: readonly LabelStyleRules[] = [
  { id: 'auto', description: 'Every style below, chosen per document by its own evidence.', candidates: ['colon', 'question', 'deposition', 'voice', 'stamp'] },
  { id: 'names', description: 'Only names and roles before a colon (`Vladimir Putin:`, `Head of the Republic Denis Pushilin:`) and generic labels (`Question:`), as on Kremlin.ru.', candidates: [] },
  { id: 'dialogue', description: 'Also any label before a colon that recurs or fits the document\'s labels: surnames (`COOPER:`), roles (`Project Manager:`), parliamentary labels.', candidates: ['colon'] },
  { id: 'briefing', description: 'Dialogue labels, `Q` followed by wide space as a reporter\'s question (White House briefings), and `Q.`/`A.` paragraphs of a deposition.', candidates: ['colon', 'question', 'deposition'] },
  { id: 'subtitles', description: 'Dialogue labels, and WebVTT voice spans (`<v Travis>`).', candidates: ['colon', 'voice'] },
  { id: 'timestamped', description: 'Dialogue labels, and a name followed by a timestamp (`Kelly  0:34`, `Ali [00:00:00]`).', candidates: ['colon', 'stamp'] },
];

/** The style with this id; `auto` for an unknown id. */
export function labelStyleRules(id: string | undefined): LabelStyleRules {
  return LABEL_STYLES.find((s) => s.id === id) ?? LABEL_STYLES[0];
}

/**
 * The style a document's labels show: the most specific kind among the labels
 * its evidence accepted (voices, timestamps, questions, other labels), else `names`.
 */
export function detectedStyle(kinds: ReadonlySet<CandidateKind>): string {
  if (kinds.has('voice')) return 'subtitles';
  if (kinds.has('stamp')) return 'timestamped';
  if (kinds.has('question') || kinds.has('deposition')) return 'briefing';
  return kinds.has('colon') ? 'dialogue' : 'names';
}
