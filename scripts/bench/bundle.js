// Bundle sizes from the project's own production build (esbuild.js
// --production, captured in memory: dist/ is not touched), and activation
// time of that extension bundle against a stub `vscode` module.
'use strict';

const path = require('path');
const Module = require('module');
const { spawnSync } = require('child_process');
const { MARKER } = require('./esbuild-capture');
const { installVscodeStub, fakeContext } = require('./vscode-stub');

const ROOT = path.resolve(__dirname, '..', '..');

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
  for (const o of outputs) byName[path.basename(o.file)] = { file: o.file, bytes: o.bytes, text: o.text };
  return byName;
}

let loads = 0;

/**
 * Evaluates the extension bundle as a fresh module (a new file name each time,
 * as if never loaded) and calls activate(); returns the two times in ms.
 */
function activateOnce(code) {
  installVscodeStub();
  const filename = path.join(ROOT, 'dist', `extension.bench-${++loads}.js`);
  const t0 = performance.now();
  const m = new Module(filename, module);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(code, filename);
  const t1 = performance.now();
  const context = fakeContext(ROOT);
  m.exports.activate(context);
  const t2 = performance.now();
  for (const d of context.subscriptions) d?.dispose?.();
  if (typeof m.exports.deactivate === 'function') m.exports.deactivate();
  return { requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, subscriptions: context.subscriptions.length };
}

module.exports = { productionBuild, activateOnce };
