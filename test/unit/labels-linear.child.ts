/**
 * Child process of labels-linear.test.ts: parses every hostile line (the label
 * matcher on its own, then parseTranscript under a header) and prints, per
 * line, the name each found. Run apart so that a catastrophic backtrack can be
 * killed: it blocks the event loop, where no mocha timeout can fire.
 */
import { parseTranscript } from './service';
import { matchLabel } from './service';
import { hostileLines } from './hostileLabels';

/** The header the line is parsed under, so that it is a body line (line 4). */
export const HEADER = 'Title of the meeting\n\nJanuary 1, 2020, Moscow\n\n';

/** What one line gave: the name of matchLabel's match, and of the turn parseTranscript found on the line. */
export interface LinearResult {
  readonly label: string | null;
  readonly turn: string | null;
}

function parseLine(line: string): LinearResult {
  const m = matchLabel(line, 0, 0);
  const model = parseTranscript(HEADER + line + '\n');
  const turn = model.turns.find((t) => t.span.start.line === 4);
  const speaker = turn && model.speakers.find((s) => s.key === turn.speaker);
  return { label: m ? m.label.slice(m.nameStart, m.nameEnd) : null, turn: speaker ? speaker.name : null };
}

if (require.main === module) process.stdout.write(JSON.stringify(hostileLines().map((h) => parseLine(h.line))));
