#!/usr/bin/env node
// `npm run bench`: how fast and how big the extension is, on a deterministic
// 10 MiB transcript built from the corpus pages, in one process, with warm-up
// runs, a full GC before every timed run, and medians. Prints a table; with
// `--json FILE` also writes the figures. A script, not a test: nothing here
// asserts a time.
//
// Usage: node scripts/bench.js [--quick] [--only NAME[,NAME]] [--json FILE]
//        node scripts/bench.js --profile [--target parse|edit|regions|topics] [--mb 10] [--runs N] [--top 20] [--out FILE.cpuprofile]
//
//   --quick    1 MiB and fewer repetitions: finishes in seconds (a smoke run)
//   --only     run only the named measurements (and those they need), e.g. --only parse,edits;
//              the names: floor parse outline regions topics edits formats memory markdown grammars bundle
//              labels lineBreaks mentions hashFlood save20mb
//   --json     write { ratios, editReoutlineMs, formatsEditReoutlineMs, modelBytesPerTextByte, bundleBytes,
//              activationMs, medians, mins, cpuMedians, cpuRatios, notes, ... } to FILE
//   --profile  instead, a CPU profile of parseTranscript (or the edit loop, region scan, topics) with the
//              top functions mapped to src/ (scripts/bench/profile.js)
//
// The core is bundled from src/ in memory (scripts/lib/loadSource.js) and evaluated, so the
// current source is measured without a compile step.
//
// A measurement is `{ name, title, needs?, run(ctx) }`, listed in measurements() below:
//   name    for --only; needs: names of measurements it compares against or must follow (run first with --only)
//   title   its section heading: a string or (ctx) => string; a run of measurements with the
//           same title shares one section
//   run     (sync or async) returns rows, printed in order:
//             { label, m, vs }   a timed row: m from ctx.time(), vs the ratio for the vs column
//             { label, text }    a row with a text
//             { section }        a new section heading (when the heading needs measured figures)
//           A throw becomes a 'failed' row (the error goes to stderr); the other measurements still run.
// ctx: core (src/core bundled), mode ('full' | 'quick'), quick, input ({ text, bytes, pages }),
//   text, lines, model (parsed once, on first use);
//   time(key, fn, { full: [warm-up, runs, budget ms], quick: [...] }, extra?) → m: times fn
//     (scripts/bench/measure.js; extra: setup, minReps) and keeps it as --json medians/mins/cpuMedians[key];
//   vs(m, key = 'floorMs') → m's median over that kept figure's; measured[key] → a kept m;
//   medians (extra --json figures), json (top-level --json keys; json.input), notes (lines for the Notes).
// A plain `async (ctx) => rows` function is one line in the list:
//   { name: 'labels', title: 'Adversarial labels', run: require('./bench/labels-adversarial').benchLabels },
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);

/** A mistake in the command line: printed without a stack. */
class UsageError extends Error {}

/** The measurements, in the order they run and print. */
function measurements() {
  const whole = require('./bench/document');
  const hostile = require('./bench/adversarial');
  return [
    whole.floor,
    whole.parse,
    whole.outline,
    whole.regions,
    whole.topics,
    require('./bench/topics-memory').measurement,
    require('./bench/edit').measurement,
    require('./bench/formats').measurement,
    require('./bench/memory').measurement,
    require('./bench/markdown').measurement,
    require('./bench/grammars').measurement,
    require('./bench/bundle').measurement,
    hostile.labels,
    hostile.lineBreaks,
    hostile.mentions,
    hostile.hashFlood,
    hostile.save20mb,
  ];
}

function option(name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (i + 1 >= args.length || args[i + 1].startsWith('--')) throw new UsageError(`${name} needs a value`);
  return args[i + 1];
}

/** The measurements `only` names (comma-separated) and those they need, in list order; all without `only`. */
function selected(all, only) {
  if (!only) return all;
  const byName = new Map(all.map((m) => [m.name, m]));
  const wanted = new Set();
  const add = (name) => {
    const m = byName.get(name);
    if (!m) throw new UsageError(`--only: no measurement named "${name}"; the names: ${[...byName.keys()].join(', ')}`);
    wanted.add(name);
    for (const n of m.needs || []) add(n);
  };
  only.split(',').filter(Boolean).forEach(add);
  return all.filter((m) => wanted.has(m.name));
}

/** Runs each measurement and adds its rows to the table, under its title unless it opens its own section. */
async function runAll(ctx, list, table) {
  let heading;
  for (const m of list) {
    const title = typeof m.title === 'function' ? m.title(ctx) : m.title;
    let rows;
    try {
      rows = (await m.run(ctx)) || [];
    } catch (e) {
      console.error(`bench: ${m.name} failed:`, e);
      rows = [{ label: m.name, text: `failed: ${String((e && e.message) || e).split('\n')[0]}` }];
    }
    if (rows[0]?.section === undefined && title !== heading) rows.unshift({ section: title });
    for (const row of rows) {
      table.add(row);
      if (row.section !== undefined) heading = row.section;
    }
  }
}

async function main() {
  const { gc } = require('./bench/measure');
  const { Table, mib, int } = require('./bench/table');
  const env = require('./bench/environment');
  const list = selected(measurements(), option('--only'));
  const jsonFile = option('--json');
  const started = performance.now();
  const environment = env.environment(args.includes('--quick') ? 'quick' : 'full');
  console.log(env.describe(environment));
  const ctx = require('./bench/context').createContext(environment.mode);
  const { input, text } = ctx;
  console.log(
    `input ${mib(input.bytes)} (${int(input.bytes)} bytes UTF-8, ${int(text.length)} UTF-16 units, ${int(ctx.lines.length)} lines): ` +
      `${int(input.pages)} pages = the ${input.corpusPages} corpus pages ×${input.rounds.toFixed(2)}, LF line ends`,
  );
  const table = new Table();
  await runAll(ctx, list, table);
  require('./bench/ratios').ratioRows(ctx).forEach((row) => table.add(row));
  const busy = env.busyNote(environment);
  if (busy) ctx.notes.push(busy);
  console.log(`${table.header()}\n${table.lines.join('\n')}\n\nNotes`);
  for (const n of ctx.notes) console.log(`  - ${n}`);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`\ntotal ${seconds.toFixed(1)} s`);
  if (jsonFile) {
    const { medians, mins, cpuMedians, notes } = ctx;
    const out = { ...ctx.json, medians, mins, cpuMedians, notes, environment, input: { ...ctx.json.input, turns: ctx.model.turns.length }, seconds };
    fs.writeFileSync(path.resolve(jsonFile), JSON.stringify(out, null, 2) + '\n');
    console.log(`wrote ${jsonFile}`);
  }
  gc();
}

function exitOnError(promise) {
  promise.catch((e) => {
    console.error(e instanceof UsageError ? `bench: ${e.message}` : e);
    process.exit(1);
  });
}

if (args.includes('--help') || args.includes('-h')) {
  const head = fs.readFileSync(__filename, 'utf8').split('\n').slice(1);
  console.log(head.slice(0, head.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
} else if (args.includes('--profile')) {
  exitOnError(require('./bench/profile').main(args.filter((a) => a !== '--profile')));
} else if (typeof global.gc !== 'function') {
  // GC between measurements and the heap figures need --expose-gc: run again with it.
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else {
  exitOnError(main());
}
