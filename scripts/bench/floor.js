// The floor every ratio is measured against: split the text into lines and
// run one precompiled regex test per line (what any line-based tool must at
// least do).
'use strict';

/** Number of lines with a colon within their first 250 characters. */
function floorOf(text) {
  const re = /^[^:\n]{1,250}:/;
  const lines = text.split('\n');
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (re.test(lines[i])) n++;
  return n;
}

/** Warm-up runs, timed runs and time budget (ms) for timing the floor, by mode. */
const FLOOR_REPS = { full: [2, 9, 3000], quick: [1, 5, 1000] };

module.exports = { floorOf, FLOOR_REPS };
