// Bundles modules of src/ in memory with esbuild and evaluates them, so the
// bench measures the current source without a separate compile step.
'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Bundles `entry` (a path relative to the repository root) and evaluates it.
 * With `sourceMap`, also returns the bundle's source map (for profiles).
 * The module gets a virtual file name under the repository (nothing is written).
 */
function bundleAndLoad(entry, { sourceMap = false, name } = {}) {
  const abs = path.join(ROOT, entry);
  const filename = path.join(ROOT, '.bench', `${name || path.basename(path.dirname(abs))}-${path.basename(abs, '.ts')}.js`);
  const result = esbuild.buildSync({
    entryPoints: [abs],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'silent',
    loader: { '.json': 'json' },
    outfile: filename,
    sourcemap: sourceMap ? 'external' : false,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const m = new Module(filename, module);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(js.text, filename);
  return { exports: m.exports, filename, bytes: js.contents.length, map: map ? JSON.parse(map.text) : undefined };
}

/** The core (src/core/index.ts). Throws when it does not build. */
function loadCore(options) {
  return bundleAndLoad('src/core/index.ts', { name: 'core', ...options }).exports;
}

/**
 * A module that may not exist yet (being written by others): the first
 * candidate file that exists is bundled; the result says why when it is not
 * usable (`status`: 'ok', 'missing', 'failed').
 */
function loadOptional(candidates, exportName) {
  const entry = candidates.find((c) => fs.existsSync(path.join(ROOT, c)));
  if (!entry) return { status: 'missing', reason: 'not built yet' };
  try {
    const { exports } = bundleAndLoad(entry);
    if (typeof exports[exportName] !== 'function') return { status: 'missing', reason: `not built yet (${entry} has no ${exportName} export)`, entry };
    return { status: 'ok', exports, entry };
  } catch (e) {
    const first = e && e.errors && e.errors[0];
    const where = first && first.location ? ` at ${first.location.file}:${first.location.line}` : '';
    return { status: 'failed', reason: `does not build yet: ${first ? first.text + where : String(e && e.message)}`, entry };
  }
}

module.exports = { bundleAndLoad, loadCore, loadOptional, ROOT };
