// Line breaks and encodings: the parse of one text with LF, CR LF and CR-alone
// line ends, and decodeText of it as UTF-8 and UTF-16 LE. A CR alone is a line
// break since the CLI work of issue 11 (indexLines searches for CR too); this
// shows what that costs on LF and CR LF texts, and that CR-only texts parse
// like the others.
// Standalone: node --expose-gc scripts/bench/cli.js [MB]   (default 10)
// From bench.js (after the parse row):
//   for (const r of await require('./bench/cli').lineBreakRows(core, text, (fn) => run(fn, config.parse))) table.row(r.name, r.m, ratio(r.m.median, floor.median));
'use strict';

/** Parse and decode of `text` (LF line ends) with the three line ends and two encodings: `{ name, m }`, m as `run` (measure) returns it. */
async function lineBreakRows(core, text, run) {
  const variants = [
    ['LF', text],
    ['CR LF', text.replace(/\n/g, '\r\n')],
    ['CR alone', text.replace(/\n/g, '\r')],
  ];
  const rows = [];
  for (const [name, t] of variants) {
    const m = await run(() => core.parseTranscript(t));
    rows.push({ name: `parse, ${name} line ends`, m, turns: core.parseTranscript(t).turns.length });
  }
  const utf8 = Buffer.from(text, 'utf8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  for (const [name, bytes] of [['UTF-8', utf8], ['UTF-16 LE', utf16]]) {
    const m = await run(() => core.decodeText(bytes));
    rows.push({ name: `decodeText, ${name} (${(bytes.length / 1048576).toFixed(1)} MiB)`, m });
  }
  return rows;
}

async function main() {
  const { measure } = require('./measure');
  const { buildTranscript } = require('./input');
  const mb = Number(process.argv[2] ?? '10');
  const core = require('../lib/core').loadCore();
  const { text } = buildTranscript(mb * 1048576);
  const run = (fn) => measure(fn, { warmup: 1, reps: 7, minReps: 3 });
  for (const r of await lineBreakRows(core, text, run)) {
    console.log(`${r.name.padEnd(44)} ${r.m.median.toFixed(1).padStart(8)} ms  (min ${r.m.min.toFixed(1)})${r.turns === undefined ? '' : `  ${r.turns} turns`}`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { lineBreakRows };
