// Where and on what the bench ran: Node, machine, source revision, load; printed above the
// table and written to --json as `environment`.
'use strict';

const os = require('os');
const { execFileSync } = require('child_process');
const { ROOT } = require('./input');

/** The source revision, marked when src/, syntaxes/ or esbuild.js have uncommitted changes. */
function gitDescription() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'syntaxes', 'esbuild.js');
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown (no git)';
  }
}

/** The environment of a run in `mode` ('full' or 'quick'). */
function environment(mode) {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    esbuild: require('esbuild/package.json').version,
    source: gitDescription(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    mode,
  };
}

/** The two lines above the table. */
function describe(env) {
  return (
    `Transcript Navigator bench · Node ${env.node} · ${env.platform} · ${env.cpu} · ${env.cores} cores · ${env.memoryGiB} GiB RAM\n` +
    `source ${env.source} · ${env.date} · ${env.mode} run · load average ${env.loadAverage} at start · esbuild ${env.esbuild} (in-memory bundles of src/)`
  );
}

/** A note when the machine was busier than it has cores, at the start or now; else undefined. */
function busyNote(env) {
  const loadAtEnd = os.loadavg()[0];
  if (Math.max(env.loadAverage, loadAtEnd) <= env.cores) return undefined;
  return `machine busy: load average ${env.loadAverage} at start, ${loadAtEnd.toFixed(2)} at the end, on ${env.cores} cores — times are inflated and noisy; compare the cpu column (the process's CPU time per run, GC threads included) and the min column, or run again when idle.`;
}

module.exports = { environment, describe, busyNote };
