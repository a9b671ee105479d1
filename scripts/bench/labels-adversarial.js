// Adversarial speaker labels (issue 11): label-like lines that made the old
// pattern backtrack exponentially (42 s for `Head IN AT … ?:`, 74 bytes).
// Times, against the floor (scripts/bench/floor.js) on the same text:
//   - the label matcher on the worst line of the hostile batch (the line it
//     takes longest on, found by timing every line of the batch and 500 more
//     random mixtures);
//   - parseTranscript on 1 MB of distinct hostile lines (a new text for every
//     run, so the per-process label memo never answers);
//   - the TextMate grammar tokenising the worst line (vscode-textmate + onig.wasm).
//
// Standalone: node --expose-gc scripts/bench/labels-adversarial.js [--quick]
// From scripts/bench.js: see benchLabelsAdversarial below.
'use strict';

const { measure, nowMs } = require('./measure');
const { floorOf } = require('./floor');
const { loadSource } = require('../lib/loadSource');

const MIB = 1024 * 1024;
const LOOPS = 1000;

function repeat(fn) {
  let last;
  for (let i = 0; i < LOOPS; i++) last = fn();
  return last;
}

/** The hostile lines (test/unit/hostileLabels.ts) and the label matcher, bundled from the current source. */
function loadPieces() {
  const hostile = loadSource('test/unit/hostileLabels.ts');
  const patterns = loadSource('src/core/profile/patterns.ts');
  const { compileLabelMatcher } = loadSource('src/core/parse/labelMatcher.ts');
  return { hostile, matcher: compileLabelMatcher(patterns.SPEAKER_LABEL, patterns.LabelGroup.colon) };
}

/** The line the matcher takes longest on (best of 3 runs per line, after a warm-up run over all). */
function worstLine(matcher, lines) {
  for (const line of lines) matcher.spans(line);
  let worst = { line: '', ms: -1 };
  for (const line of lines) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = nowMs();
      matcher.spans(line);
      best = Math.min(best, nowMs() - t0);
    }
    if (best > worst.ms) worst = { line, ms: best };
  }
  return worst.line;
}

/** About `bytes` of distinct hostile lines (seeded by `seed`), one per line. */
function hostileText(hostile, bytes, seed) {
  const lines = [];
  let size = 0;
  for (let s = seed; size < bytes; s += 7919) {
    for (const { line } of hostile.mixedLines(200, s)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Measures the three rows; returns `{ worst, rows }`, each row `{ label, m, vs }`
 * (`m` from measure.js, `vs` its ratio to the floor on the same text, or
 * undefined), ready for bench.js's `table.row(label, m, vs)`.
 * `quick`: fewer runs. `grammars`: scripts/bench/grammars.js's loadGrammars() result, if loaded.
 */
async function benchLabelsAdversarial({ quick = false, grammars, core = require('../lib/core').loadCore() } = {}) {
  const { hostile, matcher } = loadPieces();
  const reps = quick ? 3 : 7;
  const worst = worstLine(matcher, [...hostile.hostileLines().map((h) => h.line), ...hostile.mixedLines(500, 97).map((h) => h.line)]);
  const rows = [];

  // One line takes microseconds: each run does it LOOPS times (the figures are per run).
  const lineFloor = await measure(() => repeat(() => floorOf(worst)), { warmup: 3, reps });
  const match = await measure(() => repeat(() => matcher.spans(worst)), { warmup: 3, reps });
  rows.push({ label: `label matcher on the worst line (${worst.length} ch) ×${LOOPS}`, m: match, vs: match.median / lineFloor.median });

  let seed = 1;
  const sample = hostileText(hostile, MIB, 0);
  const floor = await measure(() => floorOf(sample), { warmup: 1, reps });
  const parse = await measure((text) => core.parseTranscript(text), { warmup: 1, reps, setup: () => hostileText(hostile, MIB, seed++) });
  rows.push({ label: `parse 1 MB of distinct hostile lines (${sample.split('\n').length - 1} lines)`, m: parse, vs: parse.median / floor.median });

  if (grammars) {
    const { tokenizeAll } = require('./grammars');
    const tok = await measure(() => tokenizeAll(grammars.transcript, [worst]), { warmup: 3, reps: 3 * reps });
    rows.push({ label: 'transcript grammar on the worst line', m: tok, vs: undefined });
  }
  return { worst, floor, lineFloor, rows };
}

module.exports = { benchLabelsAdversarial };

if (require.main === module) {
  (async () => {
    const quick = process.argv.includes('--quick');
    const grammars = await require('./grammars').loadGrammars();
    const { worst, floor, lineFloor, rows } = await benchLabelsAdversarial({ quick, grammars });
    const ms = (v) => (v >= 1 ? `${v.toFixed(1)} ms` : `${(v * 1000).toFixed(1)} µs`);
    console.log(`worst line: ${JSON.stringify(worst)}`);
    console.log(`floor: worst line ×${LOOPS} ${ms(lineFloor.median)}, 1 MB ${ms(floor.median)}`);
    for (const r of rows) {
      console.log(`${r.label.padEnd(60)} median ${ms(r.m.median).padStart(10)}  min ${ms(r.m.min).padStart(10)}  ${r.vs === undefined ? '' : `${r.vs.toFixed(1)}× floor`}`);
    }
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
