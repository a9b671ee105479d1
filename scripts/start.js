#!/usr/bin/env node
// `npm start`: try the extension on a copy of the seeds in a real VS Code.
//   1. bundles the extension (node esbuild.js);
//   2. if a desktop `code` is on PATH: code --extensionDevelopmentPath=<repo>
//      .vscode-test/start/desktop/seeds (a fresh copy of seeds/);
//   3. else: installs code-server on first use (scripts/install-code-server.sh)
//      and starts it with scripts/lib/codeServer.js, like the integration tests
//      and e2e: the same quiet settings (no auto-save, welcome page, telemetry
//      or Git prompts), a fresh profile in a short temporary folder, this repo
//      linked into its extensions dir as the unpacked extension
//      `transcript-navigator.transcript-navigator-<version>`, on
//      http://127.0.0.1:<PORT, default 8080, or a free port when that is taken>
//      (no auth), opening a fresh copy of seeds/ in the temporary folder; prints
//      the URL once that code-server answers. Ctrl-C stops it and removes the
//      temporary folder (edits to the copy go with it); logs stay in
//      .vscode-test/start/run-<pid>/logs/ until the next start.
// After rebuilding (`npm run build` or `npm run watch`), run "Developer: Reload Window".
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const cs = require('./lib/codeServer');
const run = require('./lib/run');

const root = cs.ROOT;
const CODE_SERVER_VERSION = '4.100.3';
const DEFAULT_PORT = 8080;

function say(msg) {
  console.log(`[start] ${msg}`);
}

function onPath(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {}
  }
  return undefined;
}

function runOrExit(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${[cmd, ...args].join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function codeServerVersion() {
  try {
    return require(path.join(cs.VT, 'code-server', 'node_modules', 'code-server', 'package.json')).version;
  } catch {
    return undefined;
  }
}

/** The port asked for with PORT (default 8080); `npm start` falls back to a free one when it is taken. */
function preferredPort(env = process.env) {
  const port = Number(env.PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
}

/** Links the repo into `extensionsDir` as an unpacked extension (a folder named publisher.name-version). */
function linkExtension(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  fs.symlinkSync(root, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  return pkg;
}

/**
 * Prepares a start in code-server: the run's folders, the quiet settings, the
 * linked extension and a copy of the seeds. Returns { dirs, folder, pkg }.
 */
function prepareStart(options = {}) {
  const dirs = run.openRun('start', { script: path.basename(__filename), say, ...options });
  cs.writeUserSettings(dirs);
  const pkg = linkExtension(dirs.extensions);
  const folder = run.copySeeds(dirs.temp, options.root);
  return { dirs, folder, pkg };
}

async function startInCodeServer() {
  if (!fs.existsSync(cs.CODE_SERVER_ENTRY) || codeServerVersion() !== CODE_SERVER_VERSION) {
    say('no `code` on PATH: installing code-server (first use only, about 2 minutes)');
    runOrExit('bash', [path.join(root, 'scripts', 'install-code-server.sh')]);
  }
  const { dirs, folder, pkg } = prepareStart();
  const wanted = preferredPort();
  let server;
  let stopping = false;
  const stop = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    if (server) await server.stop();
    run.closeRun(dirs, { keepLogs: true });
    process.exit(exitCode);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      say('stopping code-server');
      void stop(0);
    });
  }
  say(`starting code-server (log: ${path.relative(root, path.join(dirs.logs, 'code-server.log'))})`);
  server = await cs.startCodeServer({ dirs, folder, preferredPort: wanted });
  if (server.port !== wanted) say(`port ${wanted} is taken: using ${server.port} (set PORT=... to choose)`);
  say(`Transcript Navigator ${pkg.version} is loaded in code-server, on a copy of seeds/:`);
  say(`  ${server.base}/?folder=${encodeURIComponent(folder)}`);
  say('Open a seed, then the Outline view. After a rebuild, run "Developer: Reload Window". Ctrl-C stops code-server.');
  const how = await server.exited;
  if (stopping) return;
  console.error(`[start] code-server exited (${how}); its log:\n${cs.tail(server.logFile, 30)}`);
  await stop(1);
}

async function main() {
  say('bundling the extension (node esbuild.js)');
  runOrExit(process.execPath, ['esbuild.js']);
  const code = onPath('code');
  if (code) {
    const folder = run.copySeeds(path.join(cs.VT, 'start', 'desktop'));
    say(`opening desktop VS Code: ${code} --extensionDevelopmentPath=${root} ${folder}`);
    const r = spawnSync(code, [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  await startInCodeServer();
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`[start] ${(e && e.stack) || e}`);
    process.exit(1);
  });
}

module.exports = { preferredPort, prepareStart };
