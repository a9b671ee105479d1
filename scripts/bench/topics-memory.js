// Topic segmentation of a text of one-word lines ("X:" a million times, 3 MiB): the
// case where the per-paragraph memory of segmentTopics shows (issue 11 item 8: 32 MiB of
// such lines ran out of a 3 GB heap). Measured in a child process with a young generation
// big enough that no garbage collection runs during the call, so the growth of the heap
// plus array buffers over one segmentTopics is what it allocated, per paragraph; and the
// time of the call against the floor on the same text.
//
//   node --expose-gc scripts/bench/topics-memory.js [--lines N] [--root DIR]
//
// --root: the checkout whose src/core is bundled (default: this one), e.g. an older
// checkout for a "before" figure.
// From scripts/bench.js: add `require('./bench/topics-memory').measurement` to the list in
// measurements() (after the whole-document ones).
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const LINES = 1 << 20;

/** In the child: bundles the core of `root`, segments `lines` "X:" lines, prints the figures as JSON. */
function child(root, lines) {
  const { floorOf } = require('./floor');
  const coreJs = path.join(root, 'scripts', 'lib', 'core.js');
  // This checkout's core through scripts/lib/core.js; an older checkout's through its src/core/index.ts.
  const core = require('fs').existsSync(coreJs) ? require(coreJs).loadCore() : require(path.join(root, 'scripts', 'lib', 'loadSource.js')).loadSource('src/core/index.ts');
  const lexicon = core.defaultLexicon();
  const text = ('X:' + '\n').repeat(lines);
  const model = core.parseTranscript(text);
  core.segmentTopics('Hospital and clinic.', core.parseTranscript('Hospital and clinic.'), lexicon); // the lexicon, compiled once
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  global.gc();
  let t = performance.now();
  floorOf(text);
  const floorMs = performance.now() - t;
  global.gc();
  const before = used();
  t = performance.now();
  const segments = core.segmentTopics(text, model, lexicon);
  const ms = performance.now() - t;
  const allocated = used() - before;
  process.stdout.write(JSON.stringify({ paragraphs: model.paragraphs.length, segments: segments.length, allocated, ms, floorMs }));
}

/** Runs the child for `root`; the figures it printed. */
function measureIn(root, lines) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=512', __filename, '--child', root, String(lines)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`topics-memory child failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout);
}

/** The rows: time against the floor, and bytes allocated per paragraph. */
function rowsOf(f, lines) {
  return [
    { label: `topics of ${lines} "X:" lines (segmentTopics), ms`, text: `${f.ms.toFixed(0)} ms, ${(f.ms / f.floorMs).toFixed(1)}x the floor (${f.floorMs.toFixed(1)} ms)` },
    { label: `topics of ${lines} "X:" lines: allocated per paragraph`, text: `${(f.allocated / f.paragraphs).toFixed(1)} B (${f.paragraphs} paragraphs, ${f.segments} segments)` },
  ];
}

const measurement = {
  name: 'topicsMemory',
  title: 'Topics of one-word lines',
  run: (ctx) => {
    const lines = ctx.quick ? LINES >> 3 : LINES;
    return rowsOf(measureIn(ROOT, lines), lines);
  },
};

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') child(args[1], Number(args[2]));
  else {
    const lines = Number(option(args, '--lines', String(LINES)));
    for (const row of rowsOf(measureIn(path.resolve(option(args, '--root', ROOT)), lines), lines)) console.log(`${row.label}: ${row.text}`);
  }
}

module.exports = { measurement };
