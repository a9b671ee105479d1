// Outline details after edits that move turns: Enter in a speech line (every later turn
// moves; a moved turn whose speaker has no role has its detail read again from its own
// lines) and a character in a label (the speakers are grouped again; the turns the edit did
// not touch keep their detail). Through the path the extension takes (bench/edit.js).
//
// Usage: node --expose-gc scripts/bench/hover.js [--mb 10]
// From bench.js: `const { measureOutlineDetails } = require('./bench/hover');`
//                `for (const [key, m] of await measureOutlineDetails(core, text, run, config.editOthers)) keep(key, m);`
'use strict';

const { prepareEditLoop } = require('./edit');

/** Medians of the re-outline after Enter and after a label edit: [[key, measurement], …]. */
async function measureOutlineDetails(core, text, run, budget) {
  const out = [];
  for (const [key, kind] of [['editEnterMs', 'enter'], ['editLabelMs', 'label']]) {
    const loop = prepareEditLoop(core, text, { kind });
    out.push([key, await run((work) => work(), budget, { setup: () => loop.step(), minReps: 4 })]);
  }
  return out;
}

async function main() {
  const { measure } = require('./measure');
  const { buildTranscript } = require('./input');
  const i = process.argv.indexOf('--mb');
  const mb = i > 0 ? Number(process.argv[i + 1]) : 10;
  const text = buildTranscript(mb * 1024 * 1024).text;
  const core = require('../lib/core').loadCore();
  const run = (fn, [warmup, reps, budgetMs], extra = {}) => measure(fn, { warmup, reps, budgetMs, ...extra });
  for (const [key, m] of await measureOutlineDetails(core, text, run, [3, 12, 3000])) {
    console.log(`${key}: median ${m.median.toFixed(2)} ms, min ${m.min.toFixed(2)} ms (${mb} MiB)`);
  }
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});

module.exports = { measureOutlineDetails };
