/**
 * Moving between turns: which turn holds a line, the next and previous
 * turn, the next turn by the same speaker. Plain functions over the model.
 */
import type { Speaker, Transcript, Turn } from '../model';
import { lowerBound } from '../text';

/** Index of the turn whose extent holds the line (between its label and the next turn), or -1 before the first turn. */
export function turnIndexAt(model: Transcript, line: number): number {
  const turns = model.turns;
  return lowerBound(0, turns.length, (i) => turns[i].span.start.line <= line) - 1;
}

/** The turn holding the line, if any. */
export function turnAt(model: Transcript, line: number): Turn | undefined {
  const i = turnIndexAt(model, line);
  return i >= 0 ? model.turns[i] : undefined;
}

/** The first turn that starts after the line. */
export function nextTurn(model: Transcript, line: number): Turn | undefined {
  return model.turns[turnIndexAt(model, line) + 1];
}

/** The last turn that starts before the line. */
export function previousTurn(model: Transcript, line: number): Turn | undefined {
  const i = turnIndexAt(model, line);
  if (i < 0) return undefined;
  return model.turns[i].span.start.line < line ? model.turns[i] : model.turns[i - 1];
}

/** The speaker of a turn. */
export function speakerOf(model: Transcript, turn: Turn): Speaker | undefined {
  return model.speakers.find((s) => s.key === turn.speaker);
}

/**
 * The next (or previous) turn by the speaker of the turn at the line.
 * Undefined when the line is before the first turn or the speaker has no such turn.
 */
export function turnBySameSpeaker(model: Transcript, line: number, direction: 1 | -1): Turn | undefined {
  const i = turnIndexAt(model, line);
  if (i < 0) return undefined;
  const key = model.turns[i].speaker;
  for (let j = i + direction; j >= 0 && j < model.turns.length; j += direction) {
    if (model.turns[j].speaker === key) return model.turns[j];
  }
  return undefined;
}
