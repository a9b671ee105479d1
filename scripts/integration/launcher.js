#!/usr/bin/env node
// A stand-in for the VS Code executable, for `@vscode/test-electron`'s
// `runTests({ vscodeExecutablePath: <this file>, ... })` on machines that cannot
// download VS Code (see ../shared/HARNESS.md).
//
// It takes the Electron-style arguments that runTests passes
//   --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> <folder> [other flags, ignored]
// and runs the tests in code-server's Node extension host instead:
//   1. starts code-server (installed by scripts/install-code-server.sh) on
//      127.0.0.1:<free port>, in its own process group, with its own config,
//      user-data and extensions dirs under .vscode-test/integration/;
//   2. opens the workbench in headless Debian chromium (playwright-core) with a
//      `payload` URL carrying extensionDevelopmentPath/extensionTestsPath, turning
//      on `developmentOptions.enableSmokeTestDriver` so the workbench honours it;
//   3. forwards the extension host's console (codeAutomationLog) to stdout and
//      takes the exit code from codeAutomationExit;
//   4. kills chromium and the whole code-server process group, and exits with
//      that code (1 on any harness failure or after the global timeout).
//
// Environment:
//   TRANSCRIPT_IT_TIMEOUT   global timeout in seconds (default 180)
//   TRANSCRIPT_IT_CHROMIUM  chromium executable (default /usr/bin/chromium)
//   TRANSCRIPT_IT_KEEP=1    keep .vscode-test/integration/run-<pid>/ (profile, logs)
//                           after a passing run too (a failed run's is always kept
//                           until the next run)
'use strict';

const { spawn } = require('child_process');
const { codeServerArgs, decodeHtmlAttr, freePort, groupAlive, isolatedEnv, killGroup, tail } = require('../lib/codeServer');
const { CHROMIUM_ARGS } = require('../lib/browser');
const fs = require('fs');
const net = require('net');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '..', '..');
const VT = path.join(ROOT, '.vscode-test');
const CODE_SERVER_ENTRY = path.join(VT, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// One directory per run (runs may overlap, e.g. two `npm test`s), removed after a
// passing run; a failed run's logs stay until the next run finds it stale.
const RUNS = path.join(VT, 'integration');
const RUN_DIR = path.join(RUNS, `run-${process.pid}`);
const PGID_FILE = path.join(RUN_DIR, 'code-server.pgid');
const CHROMIUM = process.env.TRANSCRIPT_IT_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_S = Number(process.env.TRANSCRIPT_IT_TIMEOUT || 180);

const dirs = {
  userData: path.join(RUN_DIR, 'user-data'),
  extensions: path.join(RUN_DIR, 'extensions'),
  logs: path.join(RUN_DIR, 'logs'),
  tmp: path.join(RUN_DIR, 'tmp'),
  xdgConfig: path.join(RUN_DIR, 'xdg', 'config'),
  xdgData: path.join(RUN_DIR, 'xdg', 'data'),
  xdgCache: path.join(RUN_DIR, 'xdg', 'cache'),
};

function say(msg) {
  process.stdout.write(`[launcher] ${msg}\n`);
}

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const out = { extensionDevelopmentPath: undefined, extensionTestsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let m;
    if ((m = /^--extensionDevelopmentPath=(.*)$/.exec(a))) out.extensionDevelopmentPath = m[1];
    else if ((m = /^--extensionTestsPath=(.*)$/.exec(a))) out.extensionTestsPath = m[1];
    else if (a === '--extensionDevelopmentPath' || a === '--extensionTestsPath') out[a.slice(2)] = argv[++i];
    else if (a.startsWith('-')) continue; // --no-sandbox, --user-data-dir=..., etc.: not for code-server
    else if (!out.folder) out.folder = a;
  }
  for (const k of ['extensionDevelopmentPath', 'extensionTestsPath']) {
    if (out[k]) out[k] = path.resolve(out[k]);
  }
  if (out.folder) out.folder = path.resolve(out.folder);
  return out;
}

// ---------------------------------------------------------------- cleanup
let codeServer; // ChildProcess, leader of its own process group
let browser; // playwright Browser
let exiting = false;



function isLauncher(pid) {
  try {
    // Lenient on purpose: a live run must never be taken for a stale one.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.basename(__filename));
  } catch {
    return false;
  }
}

// A launcher killed with SIGKILL cannot clean up: kill the code-server group of
// any run whose launcher is gone, if that process is still ours (its command
// line names that run's dirs), and remove the run's directory.
function cleanStaleRuns() {
  let entries = [];
  try {
    entries = fs.readdirSync(RUNS);
  } catch {
    return;
  }
  for (const name of entries) {
    const m = /^run-(\d+)$/.exec(name);
    if (!m || Number(m[1]) === process.pid || isLauncher(Number(m[1]))) continue;
    const dir = path.join(RUNS, name);
    let pid = 0;
    try {
      pid = Number(fs.readFileSync(path.join(dir, 'code-server.pgid'), 'utf8').trim());
    } catch {}
    if (pid > 1) {
      let cmdline = '';
      try {
        cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {}
      if (cmdline.includes(CODE_SERVER_ENTRY) && cmdline.includes(dir)) {
        say(`killing code-server left over by an earlier run (process group ${pid})`);
        killGroup(pid, 'SIGKILL');
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function stopCodeServer() {
  if (!codeServer || codeServer.pid === undefined) return;
  const pid = codeServer.pid;
  codeServer = undefined;
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 3000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
  try {
    fs.unlinkSync(PGID_FILE);
  } catch {}
}

async function stopBrowser() {
  if (!browser) return;
  const b = browser;
  browser = undefined;
  await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
}

async function shutdown(code, message) {
  if (exiting) return;
  exiting = true;
  if (message) say(message);
  await stopBrowser();
  await stopCodeServer();
  if (code === 0 && !process.env.TRANSCRIPT_IT_KEEP) fs.rmSync(RUN_DIR, { recursive: true, force: true });
  else if (fs.existsSync(RUN_DIR)) say(`logs of this run: ${path.relative(ROOT, dirs.logs)}/ (code-server.log, workbench.log)`);
  process.exit(code);
}

// Last resort if we exit some other way: no graceful steps possible here.
process.on('exit', () => {
  if (codeServer && codeServer.pid !== undefined) killGroup(codeServer.pid, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => shutdown(sig === 'SIGINT' ? 130 : 143, `received ${sig}, stopping code-server and chromium`));
}
process.on('uncaughtException', (e) => shutdown(1, `harness error: ${(e && e.stack) || e}`));
process.on('unhandledRejection', (e) => shutdown(1, `harness error: ${(e && e.stack) || e}`));

// ---------------------------------------------------------------- helpers



/** The environment of code-server and Chromium (see isolatedEnv). */
function childEnv() {
  return isolatedEnv(dirs);
}

async function waitForHealthz(base, logFile) {
  const deadline = Date.now() + 60000;
  let exited = null;
  codeServer.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`code-server exited (${exited}) before it was ready; its log (${logFile}):\n${tail(logFile)}`);
    }
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${base}/healthz within 60 s; its log (${logFile}):\n${tail(logFile)}`);
}

// ---------------------------------------------------------------- main
async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    throw new Error('usage: launcher.js --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [folder]');
  }
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY} is missing): run scripts/install-code-server.sh`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: run scripts/install-code-server.sh`);
  }

  cleanStaleRuns();
  // A fresh profile every run: no restored editors, settings or state.
  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // Side effects of this process and of chromium (playwright's temp profile) go here too.
  Object.assign(process.env, {
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'git.enabled': false,
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const configFile = path.join(RUN_DIR, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(dirs.logs, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');

  const csArgs = codeServerArgs({ configFile, port, dirs, folder: args.folder });
  say(`starting code-server on ${base} (log: ${path.relative(ROOT, logFile)})`);
  codeServer = spawn(process.execPath, csArgs, {
    cwd: RUN_DIR,
    env: childEnv(),
    detached: true, // its own process group, killed as a whole afterwards
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  if (codeServer.pid === undefined) throw new Error('could not spawn code-server');
  fs.writeFileSync(PGID_FILE, String(codeServer.pid));
  await waitForHealthz(base, logFile);

  // remoteAuthority from the served workbench configuration.
  const html = await (await fetch(`${base}/`)).text();
  const meta = /<meta[^>]*id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/.exec(html)
    || /<meta[^>]*data-settings="([^"]*)"[^>]*id="vscode-workbench-web-configuration"/.exec(html);
  if (!meta) throw new Error('no vscode-workbench-web-configuration meta element in the workbench page');
  const authority = JSON.parse(decodeHtmlAttr(meta[1])).remoteAuthority;
  if (!authority) throw new Error('the workbench configuration has no remoteAuthority');

  const remote = (p) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(args.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(args.extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  let url = `${base}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (args.folder) url += `&folder=${encodeURIComponent(args.folder)}`;

  const { chromium } = require('playwright-core');
  say(`starting headless chromium (${CHROMIUM})`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: childEnv(),
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext();
  const page = await context.newPage();

  // The built workbench ignores `payload` unless developmentOptions.enableSmokeTestDriver
  // is set in its configuration; code-server has no flag for it.
  await page.addInitScript(() => {
    const original = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const value = original.call(this, name);
      if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && value) {
        try {
          const config = JSON.parse(value);
          config.developmentOptions = { ...(config.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(config);
        } catch {
          return value;
        }
      }
      return value;
    };
  });

  const workbenchLog = fs.createWriteStream(path.join(dirs.logs, 'workbench.log'));
  page.on('console', (m) => workbenchLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => workbenchLog.write(`[pageerror] ${(e && e.stack) || e}\n`));

  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const list = Array.isArray(args) ? args : [args];
    process.stdout.write(util.format(...list) + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });

  say('opening the workbench; the tests run in code-server\'s extension host');
  await page.goto(url);
  const code = await exitCode;
  say(`tests finished with exit code ${code}`);
  workbenchLog.end();
  return code;
}

const timer = setTimeout(() => {
  shutdown(
    1,
    `TIMEOUT: the integration run did not finish within ${TIMEOUT_S} s; killing code-server and chromium`,
  );
}, TIMEOUT_S * 1000);

main().then(
  (code) => {
    clearTimeout(timer);
    return shutdown(code);
  },
  (e) => {
    clearTimeout(timer);
    return shutdown(1, `harness error: ${(e && e.message) || e}`);
  },
);
