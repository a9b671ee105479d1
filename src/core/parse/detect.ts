/**
 * Deciding whether a plain-text file is a transcript, on strong evidence only: a
 * dialogue (turns where the speaker changes, and that hold a good share of the
 * text), or the dated header of a news summary (a title, then a date line of the
 * site's form, then prose). A text that has neither stays what it was.
 */
import type { CancellationLike, Paragraph, Transcript, Turn } from '../model';
import { lineReader, LineReader, lowerBound } from '../text';
import { parseTranscript, TranscriptParser } from './parse';

/** A text is a transcript when the parser finds at least this many turns that carry speech… */
export const MIN_TURNS_FOR_TRANSCRIPT = 3;

/**
 * …in which the speaker changes at least this often (A, B, A or A, B, C): a run of
 * `Comment:` lines, or `On POSIX:` then `On Windows:` seven times, is not a dialogue.
 */
export const MIN_SPEAKER_CHANGES = 2;

/**
 * …and whose paragraphs (from each label to the next turn) are at least this share of the
 * text's paragraphs. The lowest among the 120 development transcripts is 47% (a summary of
 * eight paragraphs before three turns); a text with a short exchange near its end stays below.
 */
export const MIN_TURN_SHARE = 0.25;

/** Only this much of the start of a text is read to decide (a transcript shows turns early). */
export const DETECT_PREFIX_CHARS = 256 * 1024;

/** A dated header: the date line comes at most this many paragraphs after the title (the lead may come first). */
const MAX_TITLE_TO_DATE = 2;
/** A dated header is followed by at least this many long prose paragraphs. */
const MIN_PROSE_PARAGRAPHS = 2;
/** A prose paragraph is at least this long (a sentence or more). */
const MIN_PROSE_CHARS = 80;
/** A title does not end like the opening of a letter or a list (`Dear Sir,`, `Changes:`). */
const OPEN_TITLE_END = /[,;:]$/u;

/**
 * The start of speech: opening punctuation, then a word of letters (`Thank you.`, `– Mr President`,
 * `“Good`, `(inaudible)`); not a number, a URL, code, a list bullet or a hex fingerprint.
 */
const SPEECH_START = /^[\s\u00a0]*[("“”„‘’‚'«»‹›¿¡\-–—…]*(\p{L}[\p{L}\p{M}'’-]*)(?:$|[\s\u00a0.,;:!?…"”’»)])/u;

/** Why a text counts as a transcript. */
export type TranscriptEvidence = 'dialogue' | 'dated header';

/** True when `text` (a line or the rest of one) starts with a word, as speech and prose do. */
export function startsLikeSpeech(text: string): boolean {
  const m = SPEECH_START.exec(text);
  if (!m) return false;
  const end = m.index + m[0].length - 1;
  return !(text.startsWith('//', end + 1) || m[1].toLowerCase() === 'www');
}

/** The speech that opens a turn: after the colon, or the turn's next non-blank line when the label stands alone. */
function openingSpeech(turn: Turn, readLine: LineReader): string {
  const rest = readLine(turn.speechStart.line).slice(turn.speechStart.character);
  if (rest.trim() !== '') return rest;
  for (let line = turn.speechStart.line + 1; line <= turn.span.end.line; line++) {
    const text = readLine(line);
    if (text.trim() !== '') return text;
  }
  return '';
}

/**
 * True for a label of one word with a capital after a small letter (`ValueError`, `TypeError`,
 * `JavaScript`): an identifier in a log or in code far more often than a speaker (the site's glued
 * `VladimirPutin` is rare and never alone on a page).
 */
function isIdentifier(label: string): boolean {
  let camel = false;
  for (let i = 0; i < label.length; i++) {
    const c = label[i];
    if (c === ' ' || c === '\u00a0' || c === '\t') return false;
    if (!camel && i > 0 && c !== c.toLowerCase() && label[i - 1] !== label[i - 1].toUpperCase()) camel = true;
  }
  return camel;
}

/** How often the speaker changes from one turn that carries speech to the next; other turns (no speech, an identifier for a label) are skipped. */
function speakerChanges(turns: readonly Turn[], readLine: LineReader): { speaking: number; changes: number } {
  let speaking = 0;
  let changes = 0;
  let previous: string | undefined;
  for (const turn of turns) {
    if (isIdentifier(turn.label) || !startsLikeSpeech(openingSpeech(turn, readLine))) continue;
    speaking++;
    if (previous !== undefined && previous !== turn.speaker) changes++;
    previous = turn.speaker;
  }
  return { speaking, changes };
}

/** The share of the paragraphs (chrome excluded) that stand inside a turn. */
export function turnShare(model: Transcript): number {
  let total = 0;
  let inTurns = 0;
  let t = 0;
  for (const p of model.paragraphs) {
    if (p.kind === 'chrome') continue;
    total++;
    while (t < model.turns.length && model.turns[t].span.end.line < p.line) t++;
    if (t < model.turns.length && model.turns[t].span.start.line <= p.line) inTurns++;
  }
  return total === 0 ? 0 : inTurns / total;
}

/** A dialogue: enough turns with speech, the speaker changing between them, and a good share of the text. */
function hasDialogue(model: Transcript, readLine: LineReader): boolean {
  if (model.turns.length < MIN_TURNS_FOR_TRANSCRIPT) return false;
  const { speaking, changes } = speakerChanges(model.turns, readLine);
  return speaking >= MIN_TURNS_FOR_TRANSCRIPT && changes >= MIN_SPEAKER_CHANGES && turnShare(model) >= MIN_TURN_SHARE;
}

/** The index in `paragraphs` of the paragraph on `line`, or -1. */
function paragraphIndex(paragraphs: readonly Paragraph[], line: number): number {
  const i = lowerBound(0, paragraphs.length, (k) => paragraphs[k].line < line);
  return i < paragraphs.length && paragraphs[i].line === line ? i : -1;
}

/**
 * True when the body after the header is prose: at least two long paragraphs that start with a
 * word, and paragraphs that start with a word hold at least half of its characters (not a list,
 * a table or code).
 */
function bodyIsProse(model: Transcript, readLine: LineReader, after: number): boolean {
  let chars = 0;
  let proseChars = 0;
  let long = 0;
  for (let i = after + 1; i < model.paragraphs.length; i++) {
    const p = model.paragraphs[i];
    if (p.line > model.bodyEnd) break;
    if (p.kind !== 'text' && p.kind !== 'turn') continue;
    const length = p.span.end.character - p.span.start.character;
    chars += length;
    if (!startsLikeSpeech(readLine(p.line).slice(p.span.start.character))) continue;
    proseChars += length;
    if (length >= MIN_PROSE_CHARS) long++;
  }
  return long >= MIN_PROSE_PARAGRAPHS && proseChars * 2 >= chars;
}

/**
 * The dated header of a news summary (`Meeting with Smolensk Region Governor Vasily Anokhin` /
 * lead / `September 10, 2025` / `14:10` / `The Kremlin, Moscow`): the title is the first
 * paragraph after any site chrome, the date line (with a time or a place) follows within two
 * paragraphs, and prose follows.
 */
function hasDatedHeader(model: Transcript, readLine: LineReader): boolean {
  const { title, date, time, place, span } = model.header;
  // The site's form: the date with a time or a place (all 162 development pages have one); a letter's
  // bare date is not, nor is the salutation after it (`Dear Sir,` is read as a place line).
  const placed = place !== undefined && !OPEN_TITLE_END.test(place.value);
  if (!title || !date || !(time || placed) || !span || OPEN_TITLE_END.test(title.value)) return false;
  const first = model.paragraphs.findIndex((p) => p.kind !== 'chrome');
  const titleAt = paragraphIndex(model.paragraphs, title.span.start.line);
  const dateAt = paragraphIndex(model.paragraphs, date.span.start.line);
  if (titleAt !== first || dateAt < 0 || dateAt - titleAt > MAX_TITLE_TO_DATE) return false;
  return bodyIsProse(model, readLine, paragraphIndex(model.paragraphs, span.end.line));
}

/** Why the model (of a text or of its start, read by `readLine`) is a transcript, or undefined when the evidence is not strong. */
export function transcriptEvidence(model: Transcript, readLine: LineReader): TranscriptEvidence | undefined {
  if (hasDialogue(model, readLine)) return 'dialogue';
  if (hasDatedHeader(model, readLine)) return 'dated header';
  return undefined;
}

/** The start of a text that detection reads: {@link DETECT_PREFIX_CHARS}, cut at a line break. */
export function detectionPrefix(text: string): string {
  if (text.length <= DETECT_PREFIX_CHARS) return text;
  const cut = text.lastIndexOf('\n', DETECT_PREFIX_CHARS);
  return text.slice(0, cut > 0 ? cut : DETECT_PREFIX_CHARS);
}

/** True when the start of the text gives strong evidence of a transcript ({@link transcriptEvidence}; read by `parser`, default a parser of the English profile). */
export function looksLikeTranscript(text: string, token?: CancellationLike, parser?: TranscriptParser): boolean {
  const prefix = detectionPrefix(text);
  const model = parser ? parser.parse(prefix, { token }) : parseTranscript(prefix, { token });
  if (token?.isCancellationRequested) return false;
  return transcriptEvidence(model, lineReader(prefix)) !== undefined;
}
