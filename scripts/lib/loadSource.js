// The one way the scripts run the TypeScript of src/ without a compile step: bundle an entry in
// memory with esbuild (nothing is written) and evaluate the bundle as a CommonJS module.
//
//   loadSource('src/core/index.ts')                          the exports of the current source
//   loadSource({ name: 'topics', contents: "export * from './src/core/topics/index';" })
//                                                            a few re-exports, written here
//   bundleSource(entry, { sourceMap: true }) + loadBundle()  the code and its source map too (profiles)
//   loadBundle(code, filename, { vscode: 'stub' })           any bundle, e.g. dist/extension.js,
//                                                            with require('vscode') answered by a stub
//   provideModule('vscode-languageserver', () => shim)       require(name) answered by a stand-in
//
// Options of bundleSource / loadSource:
//   external   module names (or '*.json' patterns) left as require() calls in the bundle
//   vscode     'stub': 'vscode' is external and require('vscode') returns scripts/lib/vscodeStub.js
//   minify     as the production build does (default false)
//   sourceMap  also return the source map (default false)
//   logLevel   esbuild's (default 'warning': warnings go to stderr; errors throw either way)
'use strict';

const path = require('path');
const Module = require('module');

/** The repository root: entries are named relative to it. */
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Where a bundle of `entry` is said to live: beside its entry file (so that a relative require
 * left external resolves as it would from the source), or in the root for written contents.
 */
function virtualFilename(entry) {
  if (typeof entry === 'string') return path.join(ROOT, entry.replace(/\.ts$/, '.bundle.js'));
  return path.join(ROOT, `${entry.name || 'source'}.bundle.js`);
}

/** esbuild's options for `entry`: a path relative to the root, or `{ name, contents }` (TypeScript, resolved from the root). */
function buildOptions(entry, { external = [], vscode, minify = false, sourceMap = false, logLevel = 'warning' }, filename) {
  const input = typeof entry === 'string' ? { entryPoints: [path.join(ROOT, entry)] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${entry.name || 'source'}.ts` } };
  return {
    ...input,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    absWorkingDir: ROOT,
    external: vscode === 'stub' ? [...external, 'vscode'] : external,
    minify,
    sourcemap: sourceMap ? 'external' : false,
    outfile: filename,
    logLevel,
  };
}

/**
 * Bundles `entry` in memory: `{ code, map, filename, bytes }` (`map` parsed, with `sourceMap`).
 * Throws esbuild's error when the source does not build.
 */
function bundleSource(entry, options = {}) {
  const filename = virtualFilename(entry);
  const result = require('esbuild').buildSync(buildOptions(entry, options, filename));
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  return { code: js.text, map: map ? JSON.parse(map.text) : undefined, filename, bytes: js.contents.length };
}

/**
 * Evaluates bundled code as a fresh CommonJS module named `filename` (never cached: a new
 * module each call) and returns its exports. `vscode: 'stub'` answers require('vscode').
 */
function loadBundle(code, filename, { vscode } = {}) {
  if (vscode === 'stub') require('./vscodeStub').installVscodeStub();
  const m = new Module(filename, module);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(code, filename);
  return m.exports;
}

/**
 * Makes `require(request)` return `createExports()`'s result, from any module of this process
 * (made once: later calls return the same exports). For stand-ins of modules that are not installed.
 */
function provideModule(request, createExports) {
  const id = `${__filename}#${request}`;
  if (Module._cache[id]) return Module._cache[id].exports;
  const m = new Module(id, module);
  m.exports = createExports();
  m.loaded = true;
  Module._cache[id] = m;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (name, ...rest) {
    return name === request ? id : resolve.call(this, name, ...rest);
  };
  return m.exports;
}

/** Bundles `entry` (see {@link bundleSource}) and returns the exports of the current source. */
function loadSource(entry, options = {}) {
  const bundle = bundleSource(entry, options);
  return loadBundle(bundle.code, bundle.filename, options);
}

module.exports = { loadSource, bundleSource, loadBundle, provideModule, ROOT };
