// Bundle sizes from the project's own production build (esbuild.js
// --production, captured in memory: dist/ is not touched), and activation
// time of that extension bundle against a stub `vscode` module.
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { MARKER } = require('./esbuild-capture');
const { loadBundle, ROOT } = require('../lib/loadSource');
const { fakeContext } = require('../lib/vscodeStub');
const { median } = require('./measure');
const { round3 } = require('./context');
const { ms, int } = require('./table');

/** Runs `node esbuild.js --production` with writes captured; returns `{ 'extension.js': { bytes, text }, ... }`. */
function productionBuild() {
  const captureFile = path.join(require('os').tmpdir(), `transcript-bench-build-${process.pid}.json`);
  const r = spawnSync(process.execPath, ['-r', require.resolve('./esbuild-capture'), 'esbuild.js', '--production'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TRANSCRIPT_BENCH_CAPTURE: '1', TRANSCRIPT_BENCH_CAPTURE_FILE: captureFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const at = (r.stdout || '').lastIndexOf(MARKER);
  if (r.status !== 0 || at < 0) throw new Error(`node esbuild.js --production failed (exit ${r.status}): ${(r.stderr || '').trim().split('\n').slice(0, 5).join(' | ')}`);
  const outputs = JSON.parse(require('fs').readFileSync(captureFile, 'utf8'));
  require('fs').rmSync(captureFile, { force: true });
  const byName = {};
  for (const o of outputs) byName[path.basename(o.file)] = { bytes: o.bytes, text: o.text };
  return byName;
}

/**
 * Evaluates the extension bundle as a fresh module (a new file name each time,
 * as if never loaded) and calls activate(); returns the two times in ms.
 */
function activateOnce(code, serial) {
  const filename = path.join(ROOT, 'dist', `extension.bench-${serial}.js`);
  const t0 = performance.now();
  const extension = loadBundle(code, filename, { vscode: 'stub' });
  const t1 = performance.now();
  const context = fakeContext(ROOT);
  extension.activate(context);
  const t2 = performance.now();
  for (const d of context.subscriptions) d?.dispose?.();
  if (typeof extension.deactivate === 'function') extension.deactivate();
  return { requireMs: t1 - t0, activateMs: t2 - t1, subscriptions: context.subscriptions.length };
}

/** Times require + activate() of the extension bundle; keeps activationMs, and the medians of the two parts after warm-up. */
async function activationRows(ctx, code) {
  const reps = { full: [1, 10, 5000], quick: [1, 5, 1000] };
  const parts = [];
  const activation = await ctx.time('activationMs', () => parts.push(activateOnce(code, parts.length + 1)), reps);
  const after = parts.slice(reps[ctx.mode][0]);
  ctx.medians.activationRequireMs = round3(median(after.map((p) => p.requireMs)));
  ctx.medians.activationActivateMs = round3(median(after.map((p) => p.activateMs)));
  ctx.notes.push('activation: require is mostly V8 compiling the bundle (Module.wrapSafe); activate() only registers providers.');
  ctx.json.activationMs = round3(activation.median);
  return [
    { label: 'require + activate() (stub vscode, fresh module each run)', m: activation },
    { label: '  of which require / activate()', text: `${ms(ctx.medians.activationRequireMs)} / ${ms(ctx.medians.activationActivateMs)}; ${parts[0].subscriptions} subscriptions` },
  ];
}

/** The bench measurement: bundle sizes (bundleBytes) and activation time (activationMs). */
const measurement = {
  name: 'bundle',
  title: 'Bundle (node esbuild.js --production, captured in memory; dist/ untouched) and activation',
  async run(ctx) {
    let outputs;
    try {
      outputs = productionBuild();
    } catch (e) {
      Object.assign(ctx.json, { bundleBytes: { error: String(e.message || e) }, activationMs: null });
      return [{ label: 'production build', text: `failed: ${e.message || e}` }];
    }
    const names = ['extension.js', 'cli.js'].filter((name) => outputs[name]);
    ctx.json.bundleBytes = Object.fromEntries(names.map((name) => [name, outputs[name].bytes]));
    const sizes = names.map((name) => ({ label: `dist/${name}`, text: `${int(outputs[name].bytes)} bytes` }));
    return [...sizes, ...(await activationRows(ctx, outputs['extension.js'].text))];
  },
};

module.exports = { measurement };
