// One run of a script that drives a real VS Code (the integration launcher,
// e2e, npm start). Its logs go under .vscode-test/<kind>/run-<pid>/ in the
// checkout; everything that holds a Unix socket (code-server's user-data dir and
// session socket, the TMPDIR of code-server and Chromium, Chromium's profile)
// goes under a short temporary folder (/tmp/tn-XXXXXX), because a socket path
// is limited to 107 bytes and a checkout may live at any depth: Chromium aborts
// with "Socket path too long" from a checkout path of about 25 characters.
// The temporary folder is removed when the script exits (also after a failure
// or a signal its script handles); a run killed with SIGKILL is cleaned up by
// the next run of the same kind (cleanStaleRuns).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The longest base folder for short temporary folders. The longest socket
 * path inside one is TMPDIR + "/vscode-ipc-<36-char uuid>.sock" (53 more), and
 * a temporary folder adds "/tn-XXXXXX/tmp" (14): 40 + 14 + 53 = 107.
 */
const MAX_TEMP_BASE = 40;
const TEMP_PREFIX = 'tn-';
const TEMP_POINTER = 'temp-dir';
const PGID_FILE = 'code-server.pgid';

/** Where short temporary folders go: `tmpdir` when it is absolute and short, else /tmp. */
function shortTempBase(tmpdir = os.tmpdir()) {
  return path.isAbsolute(tmpdir) && tmpdir.length <= MAX_TEMP_BASE ? tmpdir : '/tmp';
}

/** Creates a fresh, short temporary folder (<base>/tn-XXXXXX) and returns its path. */
function makeShortTemp(tmpdir = os.tmpdir()) {
  const base = shortTempBase(tmpdir);
  try {
    return fs.mkdtempSync(path.join(base, TEMP_PREFIX));
  } catch (e) {
    if (base === '/tmp') throw e;
    return fs.mkdtempSync(path.join('/tmp', TEMP_PREFIX));
  }
}

/**
 * The folders of one run: `run` (in the checkout: logs, the code-server
 * process-group file, failure screenshots) and `temp` (short: profiles,
 * sockets, TMPDIR, XDG_*).
 */
function runDirs(runDir, temp) {
  return {
    run: runDir,
    logs: path.join(runDir, 'logs'),
    temp,
    userData: path.join(temp, 'user-data'),
    extensions: path.join(temp, 'extensions'),
    tmp: path.join(temp, 'tmp'),
    xdgConfig: path.join(temp, 'xdg', 'config'),
    xdgData: path.join(temp, 'xdg', 'data'),
    xdgCache: path.join(temp, 'xdg', 'cache'),
  };
}

/** Whether `dir` is a folder that makeShortTemp may have made (never anything else is removed). */
function isShortTemp(dir) {
  return path.isAbsolute(dir) && path.basename(dir).startsWith(TEMP_PREFIX) && path.resolve(dir) !== '/';
}

/** Pids of the processes whose command line names `marker` (e.g. a temporary folder), except ours. */
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
 * SIGKILLs what a run started: the process group recorded in `runDir` (when
 * its leader still names `temp`, so that a reused pid is never hit) and every
 * process whose command line names `temp`. Synchronous (usable on exit).
 */
function killRunProcesses(runDir, temp) {
  const marker = temp + path.sep;
  let leader = 0;
  try {
    leader = Number(fs.readFileSync(path.join(runDir, PGID_FILE), 'utf8').trim());
  } catch {}
  const targets = processesNaming(marker).map((pid) => [pid, pid]);
  if (leader > 1 && targets.some(([pid]) => pid === leader)) targets.unshift([-leader, leader]);
  for (const [target] of targets) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {}
  }
  return targets.length;
}

/** Kills what the run started (killRunProcesses), then removes its temporary folder. Synchronous. */
function removeTemp(runDir, temp) {
  if (!isShortTemp(temp)) return;
  killRunProcesses(runDir, temp);
  fs.rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/**
 * Waits up to `graceMs` for every process whose command line names the run's
 * temporary folder to exit, then SIGKILLs the rest. Returns how many had to be killed.
 */
async function sweepRunProcesses(dirs, graceMs = 3000) {
  const marker = dirs.temp + path.sep;
  const deadline = Date.now() + graceMs;
  while (processesNaming(marker).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return processesNaming(marker).length ? killRunProcesses(dirs.run, dirs.temp) : 0;
}

/** The run's temporary folder as recorded in `runDir`, or undefined. */
function recordedTemp(runDir) {
  try {
    const temp = fs.readFileSync(path.join(runDir, TEMP_POINTER), 'utf8').trim();
    return isShortTemp(temp) ? temp : undefined;
  } catch {
    return undefined;
  }
}

/** Whether process `pid` is alive and its command line names `script`. */
function isRunning(pid, script) {
  try {
    // Lenient on purpose: a live run must never be taken for a stale one.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script);
  } catch {
    return false;
  }
}

/**
 * Removes the `run-<pid>` folders under `runsDir` whose script (`script`, e.g.
 * "e2e.js") is no longer running, with their temporary folders and every
 * process (code-server, Chromium) that still names one. Calls `say` for each.
 */
function cleanStaleRuns(runsDir, script, say = () => {}) {
  let entries = [];
  try {
    entries = fs.readdirSync(runsDir);
  } catch {
    return;
  }
  for (const name of entries) {
    const m = /^run-(\d+)$/.exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]), script)) continue;
    const dir = path.join(runsDir, name);
    const temp = recordedTemp(dir);
    if (temp && fs.existsSync(temp)) {
      say(`removing what an earlier run left (${name}: ${temp})`);
      removeTemp(dir, temp);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts a run of `kind` ("integration", "e2e", "start") of `script`: cleans
 * up stale runs of that kind, creates .vscode-test/<kind>/run-<pid>/ under
 * `root` and a short temporary folder (see makeShortTemp), and removes the
 * temporary folder (killing what still uses it) when this process exits.
 * Returns the run's folders (runDirs).
 */
function openRun(kind, { script, root = ROOT, tmpdir = os.tmpdir(), say } = {}) {
  if (!script) throw new Error('openRun needs the name of the script that owns the run');
  const runsDir = path.join(root, '.vscode-test', kind);
  cleanStaleRuns(runsDir, script, say);
  const dirs = runDirs(path.join(runsDir, `run-${process.pid}`), makeShortTemp(tmpdir));
  fs.rmSync(dirs.run, { recursive: true, force: true });
  for (const [key, dir] of Object.entries(dirs)) if (key !== 'run' && key !== 'temp') fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dirs.run, TEMP_POINTER), dirs.temp);
  process.on('exit', () => removeTemp(dirs.run, dirs.temp));
  return dirs;
}

/** Removes the run's temporary folder now, and its run folder too unless `keepLogs`. */
function closeRun(dirs, { keepLogs = false } = {}) {
  removeTemp(dirs.run, dirs.temp);
  if (!keepLogs) fs.rmSync(dirs.run, { recursive: true, force: true });
}

/**
 * The environment for processes we start: no variables of an enclosing VS Code
 * terminal (they would make code-server a CLI client of that instance), no PORT
 * (it overrides --bind-addr), no extension gallery (open-vsx.org is unreachable
 * offline), and TMPDIR/XDG_* inside the run's temporary folder.
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

/**
 * Points this process's TMPDIR and XDG_* at the run's temporary folder, so that
 * what playwright creates for Chromium (its temporary profile) goes there too.
 */
function useRunTemp(dirs) {
  Object.assign(process.env, { TMPDIR: dirs.tmp, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, XDG_CACHE_HOME: dirs.xdgCache });
}

/**
 * Copies seeds/ to `<parent>/seeds` (writable), so that what a VS Code does to
 * the files it opens (saves, line ends) never touches the tracked seeds.
 * Returns the copy's path.
 */
function copySeeds(parent, root = ROOT) {
  const folder = path.join(parent, 'seeds');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'seeds'), folder, { recursive: true });
  for (const f of fs.readdirSync(folder)) fs.chmodSync(path.join(folder, f), 0o644);
  return folder;
}

module.exports = {
  ROOT,
  MAX_TEMP_BASE,
  PGID_FILE,
  shortTempBase,
  makeShortTemp,
  runDirs,
  processesNaming,
  killRunProcesses,
  removeTemp,
  sweepRunProcesses,
  cleanStaleRuns,
  openRun,
  closeRun,
  isolatedEnv,
  useRunTemp,
  copySeeds,
};
