/**
 * A profile: what is specific to a language or a source of transcripts (the
 * label grammar and its word lists, generic labels, the header's date line,
 * the website chrome around a copied page). The parser is built from one and
 * has no special case for any source; another language or source is another
 * profile (a Russian kremlin.ru page, a White House briefing), not an `if`.
 */
import type { LabelNode } from './labelGrammar';
import {
  compile, DATE_LINE_SOURCE, GENERIC_LABEL_SOURCE, GENERIC_LABELS, LabelGroup, MAX_LABEL_LENGTH, SEPARATOR_SOURCE, SPEAKER_LABEL,
  STAGE_DIRECTION_SOURCE, STOP_WORD_SOURCE, TIME_LINE_SOURCE, STOP_WORDS, NOT_SPEAKER_WORDS, FUNCTION_WORDS, NAME_PARTICLES, QUESTION_MARKS, DEPOSITION_MARKS,
} from './patterns';
import { FOOTER_CHROME, TOP_CHROME } from './chrome';

/** Regular-expression sources of a profile (JavaScript with the `u` flag; the grammar-facing ones Oniguruma-compatible too). */
export interface ProfileSources {
  /** A generic label at a line start; groups as {@link GenericGroup}. */
  readonly genericLabel: string;
  readonly separator: string;
  readonly stageDirection: string;
  /** The header's date line; groups as {@link DateGroup}. */
  readonly dateLine: string;
  readonly timeLine: string;
  /** A word that marks prose when it opens a would-be label. */
  readonly stopWord: string;
}

/** What is specific to a language or source. Plain, read-only data: build a parser from it. */
export interface Profile {
  /** A short id: `en-kremlin`. */
  readonly id: string;
  /** BCP 47 language tag of the transcripts. */
  readonly language: string;
  /** The speaker-label grammar (with a person's name), run by the linear label matcher. */
  readonly speakerLabel: LabelNode;
  /** The number of the last group of {@link speakerLabel} (its colon); groups are numbered as {@link LabelGroup}. */
  readonly labelGroups: number;
  /** Labels that stand for an anonymous speaker (`Question`), each its own speaker. */
  readonly genericLabels: readonly string[];
  /** Characters before a label's colon, at most. */
  readonly maxLabelLength: number;
  readonly sources: ProfileSources;
  /** Lines a copied page of this source may start with (website chrome), trimmed. */
  readonly topChrome: ReadonlySet<string>;
  /** Lines a copied page may end with. */
  readonly footerChrome: ReadonlySet<string>;
  /** Word lists of the document-level evidence for labels outside the grammar. */
  readonly candidates: CandidateLists;
}

/** What a label outside the grammar (`COOPER:`, `Project Manager:`) is checked against. */
export interface CandidateLists {
  /** Words that mark prose anywhere in a would-be label. */
  readonly stopWords: readonly string[];
  /** Words that open headings and metadata (`Note`, `Break`, `Kind`). */
  readonly notSpeakerWords: readonly string[];
  /** Small words allowed in lower case inside a label (`of`, `the`, `van`). */
  readonly particles: readonly string[];
  /** Marks of a question without a colon (`Q`). */
  readonly questionMarks: readonly string[];
  /** The question and answer marks of a deposition (`Q.`, `A.`), turns only where both recur. */
  readonly depositionMarks: readonly string[];
}

/** English transcripts of Kremlin.ru (en.kremlin.ru), as copied from the site. */
export function englishProfile(): Profile {
  return {
    id: 'en-kremlin',
    language: 'en',
    speakerLabel: SPEAKER_LABEL,
    labelGroups: LabelGroup.colon,
    genericLabels: GENERIC_LABELS,
    maxLabelLength: MAX_LABEL_LENGTH,
    sources: {
      genericLabel: GENERIC_LABEL_SOURCE, separator: SEPARATOR_SOURCE, stageDirection: STAGE_DIRECTION_SOURCE,
      dateLine: DATE_LINE_SOURCE, timeLine: TIME_LINE_SOURCE, stopWord: STOP_WORD_SOURCE,
    },
    topChrome: new Set(TOP_CHROME),
    footerChrome: new Set(FOOTER_CHROME),
    candidates: {
      stopWords: STOP_WORDS, notSpeakerWords: NOT_SPEAKER_WORDS, particles: [...FUNCTION_WORDS, ...NAME_PARTICLES], questionMarks: QUESTION_MARKS, depositionMarks: DEPOSITION_MARKS,
    },
  };
}

/** The compiled regular expressions of a profile (stateless: none is global or sticky). */
export interface CompiledPatterns {
  readonly genericLabel: RegExp;
  readonly separator: RegExp;
  readonly stageDirection: RegExp;
  readonly dateLine: RegExp;
  readonly timeLine: RegExp;
  readonly stopWord: RegExp;
}

/** Compiles a profile's sources (once per parser). */
export function compilePatterns(profile: Profile): CompiledPatterns {
  const s = profile.sources;
  return {
    genericLabel: compile(s.genericLabel), separator: compile(s.separator), stageDirection: compile(s.stageDirection),
    dateLine: compile(s.dateLine), timeLine: compile(s.timeLine), stopWord: compile(s.stopWord),
  };
}
