#!/usr/bin/env node
// `npm start`: try the extension on the seeds in a real VS Code.
//   1. bundles the extension (node esbuild.js);
//   2. if a desktop `code` is on PATH: code --extensionDevelopmentPath=<repo> <repo>/seeds
//   3. else: installs code-server on first use (scripts/install-code-server.sh),
//      links this repo into a code-server extensions dir under .vscode-test/start/
//      as the unpacked extension `transcript-navigator.transcript-navigator-<version>`,
//      starts code-server on http://127.0.0.1:<PORT, default 8080> (no auth)
//      opening seeds/, and prints the URL. Ctrl-C stops it.
// After rebuilding (`npm run build` or `npm run watch`), run "Developer: Reload Window".
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const { codeServerArgs, groupAlive } = require('./lib/codeServer');
const path = require('path');

const root = path.resolve(__dirname, '..');
const seeds = path.join(root, 'seeds');
const vt = path.join(root, '.vscode-test');
const startDir = path.join(vt, 'start');
const entry = path.join(vt, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CODE_SERVER_VERSION = '4.100.3';

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

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[start] ${[cmd, ...args].join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

function codeServerVersion() {
  try {
    return require(path.join(vt, 'code-server', 'node_modules', 'code-server', 'package.json')).version;
  } catch {
    return undefined;
  }
}


async function main() {
  say('bundling the extension (node esbuild.js)');
  run(process.execPath, ['esbuild.js']);

  const code = onPath('code');
  if (code) {
    say(`opening desktop VS Code: ${code} --extensionDevelopmentPath=${root} ${seeds}`);
    const r = spawnSync(code, [`--extensionDevelopmentPath=${root}`, seeds], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }

  if (!fs.existsSync(entry) || codeServerVersion() !== CODE_SERVER_VERSION) {
    say('no `code` on PATH: installing code-server (first use only, about 2 minutes)');
    run('bash', [path.join(root, 'scripts', 'install-code-server.sh')]);
  }

  const dirs = {
    userData: path.join(startDir, 'user-data'),
    extensions: path.join(startDir, 'extensions'),
    logs: path.join(startDir, 'logs'),
    tmp: path.join(startDir, 'tmp'),
    xdgConfig: path.join(startDir, 'xdg', 'config'),
    xdgData: path.join(startDir, 'xdg', 'data'),
    xdgCache: path.join(startDir, 'xdg', 'cache'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });

  // A code-server left by an earlier `npm start` that was killed with SIGKILL.
  const pidFile = path.join(startDir, 'code-server.pgid');
  try {
    const old = Number(fs.readFileSync(pidFile, 'utf8').trim());
    const cmdline = fs.readFileSync(`/proc/${old}/cmdline`, 'utf8');
    if (old > 1 && cmdline.includes(entry) && cmdline.includes(dirs.userData)) {
      say(`stopping the code-server left by an earlier npm start (process group ${old})`);
      process.kill(-old, 'SIGKILL');
    }
  } catch {}

  // The repo as an unpacked extension (a symlink named publisher.name-version).
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  for (const name of fs.readdirSync(dirs.extensions)) {
    if (name.startsWith(`${id}-`)) fs.rmSync(path.join(dirs.extensions, name), { recursive: true, force: true });
  }
  // code-server caches what it found in the extensions dir.
  fs.rmSync(path.join(dirs.extensions, 'extensions.json'), { force: true });
  fs.symlinkSync(root, path.join(dirs.extensions, `${id}-${pkg.version}`), 'dir');

  const port = Number(process.env.PORT || 8080);
  const base = `http://127.0.0.1:${port}`;
  const configFile = path.join(startDir, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dirs.logs, 'code-server.log');
  const logFd = fs.openSync(logFile, 'w');

  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'PORT') delete env[k];
  }
  Object.assign(env, {
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  });
  // The default gallery (open-vsx.org) is unreachable offline.
  if (!env.EXTENSIONS_GALLERY) env.EXTENSIONS_GALLERY = '{}';

  say(`starting code-server on ${base} (log: ${path.relative(root, logFile)})`);
  const child = spawn(
    process.execPath,
    codeServerArgs({ configFile, port, dirs, folder: seeds, ignoreLastOpened: false }),
    { cwd: startDir, env, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  fs.closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start code-server');
  fs.writeFileSync(pidFile, String(pid));

  let stopping = false;
  const stop = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {}
    const deadline = Date.now() + 3000;
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
    fs.rmSync(pidFile, { force: true });
    process.exit(exitCode);
  };
  process.on('exit', () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      say('stopping code-server');
      void stop(0);
    });
  }
  child.on('exit', (c, s) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${c ?? s}); its log:\n` + fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
    void stop(1);
  });

  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      console.error(`[start] code-server did not answer on ${base} within 60 s (is port ${port} taken? set PORT=...)`);
      return stop(1);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  say(`Transcript Navigator ${pkg.version} is loaded in code-server:`);
  say(`  ${base}/?folder=${encodeURI(seeds)}`);
  say('Open a seed, then the Outline view. After a rebuild, run "Developer: Reload Window". Ctrl-C stops code-server.');
}

main().catch((e) => {
  console.error(`[start] ${(e && e.stack) || e}`);
  process.exit(1);
});
