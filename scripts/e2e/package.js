#!/usr/bin/env node
// `npm run package`: bundles the extension for production and packages it with
// @vscode/vsce into .vscode-test/transcript-navigator.vsix (or the path given
// as the argument). What goes into the .vsix is decided by .vscodeignore.
//
// It works in a staging folder, .vscode-test/package/, that holds symlinks to
// the repository's top-level entries except .git, node_modules, .vscode-test,
// out and dist:
//   - vsce lists every file under its folder before applying .vscodeignore,
//     and the repository's .vscode-test/ holds code-server (300 MB, ~10 s of
//     listing) and node_modules/ 225 MB more;
//   - `node esbuild.js --production` runs there, so the minified bundle goes to
//     .vscode-test/package/dist/ and the repository's dist/ (the development
//     build with source maps that npm test and npm start use) is left alone.
// vsce runs offline: --no-dependencies (everything is bundled into dist/), and
// the flags for what package.json does not have: --allow-missing-repository
// (no `repository` field; vsce would ask) and --no-rewrite-relative-links
// (without a repository vsce cannot make README's relative image links
// absolute and stops with an error); --follow-symlinks for the staging folder.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const VT = path.join(ROOT, '.vscode-test');
const STAGE = path.join(VT, 'package');
const DEFAULT_OUT = path.join(VT, 'transcript-navigator.vsix');
const NOT_STAGED = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'dist']);

const VSCE_FLAGS = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--follow-symlinks'];

function run(title, args, cwd, timeoutMs) {
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.error || r.status !== 0) {
    throw new Error(`${title} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`}):\n${out}`);
  }
  return out;
}

function stage(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(ROOT)) {
    if (NOT_STAGED.has(name) || name.endsWith('.vsix')) continue;
    fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  }
}

/**
 * Builds and packages into `out`, staging in `stageDir` (created afresh);
 * returns { vsix, bytes, log, ms }, `log` being vsce's output (its "Files
 * included in the VSIX" tree).
 */
function packageExtension(out = DEFAULT_OUT, stageDir = STAGE) {
  const t0 = Date.now();
  out = path.resolve(out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  stage(stageDir);
  // esbuild.js writes dist/ relative to its working directory: the staging folder.
  run('node esbuild.js --production', [path.join(stageDir, 'esbuild.js'), '--production'], stageDir, 60000);
  const vsce = require.resolve('@vscode/vsce/vsce');
  const log = run('vsce package', [vsce, 'package', ...VSCE_FLAGS, '--out', out], stageDir, 60000);
  return { vsix: out, bytes: fs.statSync(out).size, log, ms: Date.now() - t0 };
}

module.exports = { packageExtension, DEFAULT_OUT, VSCE_FLAGS, STAGE };

if (require.main === module) {
  try {
    const r = packageExtension(process.argv[2] || DEFAULT_OUT);
    console.log(r.log);
    console.log(`package: ${path.relative(process.cwd(), r.vsix)} (${(r.bytes / 1024).toFixed(1)} KB) in ${(r.ms / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
