// Starting and stopping code-server (installed by scripts/install-code-server.sh)
// for scripts that drive a real VS Code: on 127.0.0.1:<free port>, in its own
// process group, with its own config, user-data and extensions dirs, and every
// side effect (TMPDIR, XDG_*) inside one run directory under .vscode-test/.
// See ../../../shared/HARNESS.md for why each flag is there.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const VT = path.join(ROOT, '.vscode-test');
const CODE_SERVER_ENTRY = path.join(VT, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The directories of one run, all inside `runDir`. */
function runDirs(runDir) {
  return {
    root: runDir,
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    logs: path.join(runDir, 'logs'),
    tmp: path.join(runDir, 'tmp'),
    xdgConfig: path.join(runDir, 'xdg', 'config'),
    xdgData: path.join(runDir, 'xdg', 'data'),
    xdgCache: path.join(runDir, 'xdg', 'cache'),
  };
}

/** Creates the run's directories (after removing an old copy). */
function makeRunDirs(dirs) {
  fs.rmSync(dirs.root, { recursive: true, force: true });
  for (const [k, d] of Object.entries(dirs)) if (k !== 'root') fs.mkdirSync(d, { recursive: true });
}

/**
 * The environment for processes we start: no variables of an enclosing VS Code
 * terminal (they would make code-server a CLI client of that instance), no PORT
 * (it overrides --bind-addr), no extension gallery (open-vsx.org is unreachable
 * offline), and TMPDIR/XDG_* inside the run directory.
 */
function isolatedEnv(dirs, base = process.env) {
  const env = { ...base };
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'PORT') delete env[k];
  }
  return Object.assign(env, {
    EXTENSIONS_GALLERY: '{}',
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  });
}

/** Writes the user settings.json of a code-server user-data dir. */
function writeUserSettings(dirs, settings) {
  const dir = path.join(dirs.userData, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Settings that keep a fresh profile quiet: no welcome page, updates, telemetry or git. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
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
    { cwd: dirs.root, env: isolatedEnv(dirs), encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' },
  );
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.error || r.status !== 0) {
    throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`}):\n${out}`);
  }
  return out;
}

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group and waits
 * until /healthz answers. `pgidFile` (optional) receives the group id, so that a
 * later run can kill a code-server whose runner died with SIGKILL (see
 * killStaleGroup). Returns { base, pid, logFile, stop() }.
 */
/**
 * The command-line arguments that start code-server on loopback with no
 * authentication, telemetry or update checks, in its own user-data and
 * extensions folders (HARNESS.md), opening `folder` when given.
 */
function codeServerArgs({ configFile, port, dirs, folder, ignoreLastOpened = true }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(ignoreLastOpened ? ['--ignore-last-opened'] : []),
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  if (folder) args.push(folder);
  return args;
}

async function startCodeServer({ dirs, folder, pgidFile, readyTimeoutMs = 60000 }) {
  checkInstalled();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const configFile = path.join(dirs.root, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dirs.logs, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const args = codeServerArgs({ configFile, port, dirs, folder });
  const child = spawn(process.execPath, args, {
    cwd: dirs.root,
    env: isolatedEnv(dirs),
    detached: true, // its own process group, killed as a whole by stop()
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new Error('could not spawn code-server');
  const pid = child.pid;
  if (pgidFile) fs.writeFileSync(pgidFile, String(pid));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopGroup(pid);
    if (pgidFile) fs.rmSync(pgidFile, { force: true });
  };
  // Last resort if the runner exits some other way.
  process.on('exit', () => stopped || killGroup(pid, 'SIGKILL'));

  let exited = null;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`code-server exited (${exited}) before it was ready; its log (${logFile}):\n${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${base}/healthz within ${readyTimeoutMs / 1000} s; its log (${logFile}):\n${tail(logFile)}`);
    }
    await sleep(100);
  }
  return { base, pid, logFile, stop };
}

/**
 * Kills the code-server process group recorded in `pgidFile` if that process is
 * still a code-server of ours (its command line names CODE_SERVER_ENTRY and
 * `marker`, e.g. the run directory). For runs that died with SIGKILL.
 */
function killStaleGroup(pgidFile, marker) {
  let pid = 0;
  try {
    pid = Number(fs.readFileSync(pgidFile, 'utf8').trim());
  } catch {
    return false;
  }
  if (!(pid > 1)) return false;
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {}
  if (cmdline.includes(CODE_SERVER_ENTRY) && cmdline.includes(marker)) return killGroup(pid, 'SIGKILL');
  return false;
}

/**
 * Removes the `run-<pid>` directories under `runsDir` whose runner process is
 * gone (or is no longer a `scriptName` process), killing their code-server first.
 * Calls `say` for each code-server killed.
 */
function cleanStaleRuns(runsDir, scriptName, say = () => {}) {
  let entries = [];
  try {
    entries = fs.readdirSync(runsDir);
  } catch {
    return;
  }
  for (const name of entries) {
    const m = /^run-(\d+)$/.exec(name);
    if (!m) continue;
    const owner = Number(m[1]);
    if (owner === process.pid) continue;
    let alive = false;
    try {
      // Lenient on purpose: a live run must never be taken for a stale one.
      alive = fs.readFileSync(`/proc/${owner}/cmdline`, 'utf8').includes(scriptName);
    } catch {}
    if (alive) continue;
    const dir = path.join(runsDir, name);
    if (killStaleGroup(path.join(dir, 'code-server.pgid'), dir)) say(`killed a code-server left by an earlier run (${name})`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Pids of the processes whose command line names `marker` (a run directory), except ours. */
function processesNaming(marker) {
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(marker)) pids.push(Number(name));
    } catch {}
  }
  return pids;
}

/**
 * Waits up to `graceMs` for every process whose command line names `runDir`
 * (chromium's profile and code-server's dirs live there) to exit, then
 * SIGKILLs the rest. Returns how many had to be killed.
 */
async function sweepRunProcesses(runDir, graceMs = 3000) {
  const marker = runDir.endsWith(path.sep) ? runDir : runDir + path.sep;
  const deadline = Date.now() + graceMs;
  let pids = processesNaming(marker);
  while (pids.length && Date.now() < deadline) {
    await sleep(100);
    pids = processesNaming(marker);
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
  return pids.length;
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
  runDirs,
  makeRunDirs,
  isolatedEnv,
  writeUserSettings,
  freePort,
  tail,
  killGroup,
  groupAlive,
  stopGroup,
  installExtension,
  startCodeServer,
  killStaleGroup,
  cleanStaleRuns,
  processesNaming,
  sweepRunProcesses,
  workbenchConfiguration,
  decodeHtmlAttr,
  codeServerArgs,
};
