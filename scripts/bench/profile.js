#!/usr/bin/env node
// CPU profile of parseTranscript (or of the edit + re-outline loop) on the
// bench's 10 MiB transcript: the V8 sampling profiler (what `node --cpu-prof`
// runs), started after warm-up through the inspector so that only
// steady-state runs are sampled. Prints the functions with the most self time
// and the most inclusive time, mapped to src/ through the bundle's source
// map, with their hottest lines.
//
// Usage: node scripts/bench/profile.js [--target parse|edit|regions|topics] [--mb 10] [--runs N] [--top 20] [--out FILE.cpuprofile]
//        (also: npm run bench -- --profile ...)
'use strict';

const fs = require('fs');
const path = require('path');
const inspector = require('inspector');
const { SourceMap } = require('module');
const { buildTranscript, MIB, ROOT } = require('./input');
const { bundleSource, loadBundle } = require('../lib/loadSource');
const { CORE_ENTRY } = require('../lib/core');

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}

function post(session, method, params) {
  return new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
}

/** Maps bundle positions (0-based) to `src/...:line` through the source map. */
function locator(bundle) {
  const map = new SourceMap(bundle.map);
  const lines = bundle.code.split('\n');
  const url = (u) => u === bundle.filename || u === `file://${bundle.filename}`;
  const at = (line, column) => {
    const e = map.findEntry(line, column);
    if (!e || !e.originalSource) return undefined;
    const file = path.relative(ROOT, path.resolve(path.dirname(bundle.filename), e.originalSource.replace(/^file:\/\//, '')));
    return { file, line: e.originalLine + 1 };
  };
  return {
    ofFrame(cf) {
      if (!url(cf.url)) return cf.url ? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : '(native)';
      const o = at(cf.lineNumber, cf.columnNumber);
      return o ? `${o.file}:${o.line}` : `bundle:${cf.lineNumber + 1}`;
    },
    /** A 1-based bundle line (profile position ticks) to a source line, mapped from its first non-blank column. */
    ofLine(cf, line1) {
      if (!url(cf.url)) return undefined;
      const text = lines[line1 - 1] || '';
      const o = at(line1 - 1, text.length - text.trimStart().length);
      return o && `${o.file}:${o.line}`;
    },
  };
}

/** Self and inclusive sample time per function, and hottest lines per function. */
function summarise(profile, where) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const keyOf = (n) => {
    const cf = n.callFrame;
    return `${cf.functionName || '(anonymous)'}  ${where.ofFrame(cf)}`;
  };
  const self = new Map();
  const total = new Map();
  const lines = new Map();
  let all = 0;
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    all += dt;
    const leaf = byId.get(id);
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) || 0) + dt);
    const seen = new Set();
    for (let n = leaf; n; n = byId.get(parent.get(n.id))) {
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) || 0) + dt);
    }
  });
  for (const n of profile.nodes) {
    for (const t of n.positionTicks || []) {
      const src = where.ofLine(n.callFrame, t.line);
      if (!src) continue;
      const k = keyOf(n);
      const m = lines.get(k) || new Map();
      m.set(src, (m.get(src) || 0) + t.ticks);
      lines.set(k, m);
    }
  }
  return { self, total, lines, all };
}

function table(title, map, all, top, lines) {
  const rows = [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n${title}`);
  for (const [k, ms] of rows) {
    console.log(`  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${k}`);
    const hot = lines && lines.get(k);
    if (hot) {
      const sum = [...hot.values()].reduce((a, b) => a + b, 0);
      const best = [...hot.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
      console.log(`${' '.repeat(25)}hot lines: ${best.map(([l, t]) => `${l} ${((100 * t) / sum).toFixed(0)}%`).join(', ')}`);
    }
  }
}

async function main(args = process.argv.slice(2)) {
  const target = option(args, '--target', 'parse');
  const targets = ['parse', 'edit', 'regions', 'topics'];
  if (!targets.includes(target)) throw new Error(`--target must be one of ${targets.join(', ')}, not ${target}`);
  const mb = Number(option(args, '--mb', '10'));
  const runs = Number(option(args, '--runs', target === 'edit' ? '40' : '5'));
  const top = Number(option(args, '--top', '20'));
  const out = option(args, '--out', undefined);
  const bundle = bundleSource({ name: 'core', contents: CORE_ENTRY }, { sourceMap: true });
  const core = loadBundle(bundle.code, bundle.filename);
  const input = buildTranscript(mb * MIB);
  let work = () => core.parseTranscript(input.text);
  if (target === 'edit') {
    const loop = require('./edit').prepareEditLoop(core, input.text);
    work = () => loop.step()();
  } else if (target === 'regions') {
    const gazetteer = core.createGazetteer(core.loadRegionData());
    work = () => gazetteer.scan(input.text);
  } else if (target === 'topics') {
    const model = core.parseTranscript(input.text);
    work = () => core.segmentTopics(input.text, model, core.defaultLexicon());
  }
  const whats = { parse: 'parseTranscript', edit: 'one-character edit + ModelCache.update + buildOutline', regions: 'gazetteer.scan', topics: 'segmentTopics' };
  const what = whats[target];
  console.log(`Profiling ${what}: ${(input.bytes / MIB).toFixed(2)} MiB, ${runs} runs after warm-up (Node ${process.version})`);
  for (let i = 0; i < (target === 'edit' ? 6 : 2); i++) work();
  performance.now(); // loads perf_hooks now, not inside the profile

  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) work();
  const wall = performance.now() - t0;
  const { profile } = await post(session, 'Profiler.stop');
  session.disconnect();
  if (out) fs.writeFileSync(out, JSON.stringify(profile));

  const s = summarise(profile, locator(bundle));
  console.log(`${runs} runs: ${wall.toFixed(0)} ms wall, ${(wall / runs).toFixed(0)} ms per run; ${s.all.toFixed(0)} ms sampled`);
  table(`Self time (top ${top})`, s.self, s.all, top, s.lines);
  table(`Inclusive time (top ${top})`, s.total, s.all, top);
  if (out) console.log(`\nprofile written to ${out} (open it in Chrome DevTools › Performance, or VS Code)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { main };
