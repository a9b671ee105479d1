// Starting and stopping code-server (installed by scripts/install-code-server.sh)
// for every script that drives a real VS Code (integration launcher, e2e, npm
// start): the one source of its command line and user settings. It runs on
// 127.0.0.1:<free port>, in its own process group, with its own config,
// user-data and extensions folders in the run's short temporary folder
// (lib/run.js). See ../../../shared/HARNESS.md for why each flag is there.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { ROOT, PGID_FILE, isolatedEnv } = require('./run');

const VT = path.join(ROOT, '.vscode-test');
const CODE_SERVER_ENTRY = path.join(VT, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * User settings of every code-server we start: nothing is saved unless the
 * person (or test) saves it, and a fresh profile stays quiet: no welcome page
 * or walkthrough, tips, experiments, telemetry, update checks, recommendations,
 * Git (and no "repository in parent folders" prompt), or trust prompt.
 */
const QUIET_SETTINGS = Object.freeze({
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.enabled': false,
});

/** Writes the user settings.json of the run's user-data dir: QUIET_SETTINGS and `extra`. Returns its path. */
function writeUserSettings(dirs, extra = {}) {
  const dir = path.join(dirs.userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
  return file;
}

/** Resolves whether 127.0.0.1:`port` can be bound now (nothing listens there). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A port on 127.0.0.1 that the system reports free (bound as port 0, then released). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `preferred` when it is given and free on 127.0.0.1, else a free port (freePort). */
async function choosePort(preferred) {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return freePort();
}

/**
 * The port code-server says it listens on ("HTTP server listening on
 * http://127.0.0.1:8080/" in its log), or undefined while it has said nothing.
 */
function announcedPort(logText) {
  const m = /HTTP server listening on https?:\/\/127\.0\.0\.1:(\d+)\/?\s/.exec(logText);
  return m ? Number(m[1]) : undefined;
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group, SIGKILL after `graceMs`. */
async function stopGroup(pid, graceMs = 3000) {
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
}

/** Throws with what to run when code-server is not installed. */
function checkInstalled() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${path.relative(ROOT, CODE_SERVER_ENTRY)} is missing): run bash scripts/install-code-server.sh`);
  }
}

/**
 * Installs a .vsix into the run's extensions dir with code-server's CLI
 * (`--install-extension`). Throws with the CLI's output when it fails.
 */
function installExtension(dirs, vsix, timeoutMs = 60000) {
  checkInstalled();
  const r = spawnSync(
    process.execPath,
    [CODE_SERVER_ENTRY, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
    { cwd: dirs.temp, env: isolatedEnv(dirs), encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
  );
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.error || r.status !== 0) {
    throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`}):\n${out}`);
  }
  return out;
}

/**
 * The command-line arguments that start code-server on 127.0.0.1:`port` with
 * no authentication, telemetry, update checks or restored folder, in the run's
 * own user-data and extensions folders (HARNESS.md), opening `folder` when given.
 */
function codeServerArgs({ configFile, port, dirs, folder }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  if (folder) args.push(folder);
  return args;
}

/** Spawns code-server on `port` in its own process group, its output appended to `logFile`. */
function spawnCodeServer({ dirs, folder, port, logFile }) {
  const configFile = path.join(dirs.temp, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, codeServerArgs({ configFile, port, dirs, folder }), {
    cwd: dirs.temp,
    env: isolatedEnv(dirs),
    detached: true, // its own process group, killed as a whole by stop()
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new Error('could not spawn code-server');
  return child;
}

/**
 * Waits until the code-server we spawned serves `port`: our child is alive, its
 * own log says it listens on that port, and /healthz there answers. Resolves
 * 'ready', or 'port taken' when it exited because the port was taken after all;
 * throws when it exited otherwise or did not get ready in `timeoutMs`.
 */
async function waitUntilServing(child, { port, logFile, timeoutMs }) {
  let exited = child.exitCode ?? child.signalCode;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null && exited !== undefined) {
      if (/EADDRINUSE/.test(tail(logFile))) return 'port taken';
      throw new Error(`code-server exited (${exited}) before it was ready; its log (${logFile}):\n${tail(logFile)}`);
    }
    if (announcedPort(tail(logFile, 200)) === port) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok && exited == null) return 'ready';
      } catch {}
    }
    if (Date.now() > deadline) {
      throw new Error(`code-server did not answer http://127.0.0.1:${port}/healthz within ${timeoutMs / 1000} s; its log (${logFile}):\n${tail(logFile)}`);
    }
    await sleep(100);
  }
}

/**
 * Starts code-server in its own process group, on `preferredPort` when that is
 * free, else on another free port, and waits until it serves (waitUntilServing):
 * the URL returned is always that of the server we started. The group id goes
 * to the run folder so that a later run can kill it if this one dies with
 * SIGKILL. Returns { base, port, pid, logFile, stop(), exited }, `exited`
 * resolving with code-server's exit code or signal when it exits.
 */
async function startCodeServer({ dirs, folder, preferredPort, readyTimeoutMs = 60000, attempts = 3 }) {
  checkInstalled();
  const logFile = path.join(dirs.logs, 'code-server.log');
  const pgidFile = path.join(dirs.run, PGID_FILE);
  for (let attempt = 1; ; attempt++) {
    const port = await choosePort(attempt === 1 ? preferredPort : undefined);
    const child = spawnCodeServer({ dirs, folder, port, logFile });
    const pid = child.pid;
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    fs.writeFileSync(pgidFile, String(pid));
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await stopGroup(pid);
      fs.rmSync(pgidFile, { force: true });
    };
    // Last resort if the script exits some other way.
    process.on('exit', () => stopped || killGroup(pid, 'SIGKILL'));
    let state;
    try {
      state = await waitUntilServing(child, { port, logFile, timeoutMs: readyTimeoutMs });
    } catch (e) {
      await stop();
      throw e;
    }
    if (state === 'ready') return { base: `http://127.0.0.1:${port}`, port, pid, logFile, stop, exited };
    await stop();
    if (attempt >= attempts) throw new Error(`code-server found its port taken ${attempts} times; its log (${logFile}):\n${tail(logFile)}`);
  }
}

/** HTML attribute text to a string. */
function decodeHtmlAttr(s) {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The workbench configuration that code-server serves (data-settings of its meta element). */
async function workbenchConfiguration(base) {
  const html = await (await fetch(`${base}/`)).text();
  const meta =
    /<meta[^>]*id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/.exec(html) ||
    /<meta[^>]*data-settings="([^"]*)"[^>]*id="vscode-workbench-web-configuration"/.exec(html);
  if (!meta) throw new Error('no vscode-workbench-web-configuration meta element in the workbench page');
  return JSON.parse(decodeHtmlAttr(meta[1]));
}

module.exports = {
  ROOT,
  VT,
  CODE_SERVER_ENTRY,
  QUIET_SETTINGS,
  sleep,
  writeUserSettings,
  portIsFree,
  freePort,
  choosePort,
  announcedPort,
  tail,
  killGroup,
  groupAlive,
  stopGroup,
  checkInstalled,
  installExtension,
  codeServerArgs,
  startCodeServer,
  decodeHtmlAttr,
  workbenchConfiguration,
};
