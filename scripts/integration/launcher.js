#!/usr/bin/env node
// A stand-in for the VS Code executable, for `@vscode/test-electron`'s
// `runTests({ vscodeExecutablePath: <this file>, ... })` on machines that cannot
// download VS Code (see ../shared/HARNESS.md).
//
// It takes the Electron-style arguments that runTests passes
//   --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> <folder> [other flags, ignored]
// and runs the tests in code-server's Node extension host instead:
//   1. starts code-server (installed by scripts/install-code-server.sh) with
//      scripts/lib/codeServer.js, like e2e and npm start: on 127.0.0.1:<free
//      port>, in its own process group, its profile and sockets in a short
//      temporary folder, its logs under .vscode-test/integration/run-<pid>/;
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
//   TRANSCRIPT_IT_KEEP=1    keep .vscode-test/integration/run-<pid>/ (logs) after a
//                           passing run too (a failed run's is always kept until
//                           the next run); the temporary folder is always removed
'use strict';

const path = require('path');
const util = require('util');
const cs = require('../lib/codeServer');
const run = require('../lib/run');
const { launchChromium, closeBrowser, newLoggedPage } = require('../lib/browser');

const TIMEOUT_S = Number(process.env.TRANSCRIPT_IT_TIMEOUT || 180);

function say(msg) {
  process.stdout.write(`[launcher] ${msg}\n`);
}

// ---------------------------------------------------------------- arguments
/** The Electron-style arguments runTests passes, with absolute paths. */
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
  for (const k of ['extensionDevelopmentPath', 'extensionTestsPath', 'folder']) {
    if (out[k]) out[k] = path.resolve(out[k]);
  }
  return out;
}

/** The workbench URL whose `payload` makes it load the extension and run the tests. */
function testUrl(base, authority, args) {
  const remote = (p) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(args.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(args.extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  let url = `${base}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (args.folder) url += `&folder=${encodeURIComponent(args.folder)}`;
  return url;
}

// ---------------------------------------------------------------- cleanup
const state = { dirs: undefined, server: undefined, browser: undefined, exiting: false };

async function shutdown(code, message) {
  if (state.exiting) return;
  state.exiting = true;
  if (message) say(message);
  await closeBrowser(state.browser);
  if (state.server) await state.server.stop();
  if (state.dirs) {
    const keepLogs = code !== 0 || Boolean(process.env.TRANSCRIPT_IT_KEEP);
    run.closeRun(state.dirs, { keepLogs });
    if (keepLogs) say(`logs of this run: ${path.relative(cs.ROOT, state.dirs.logs)}/ (code-server.log, workbench.log)`);
  }
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => shutdown(sig === 'SIGINT' ? 130 : 143, `received ${sig}, stopping code-server and chromium`));
}
process.on('uncaughtException', (e) => shutdown(1, `harness error: ${(e && e.stack) || e}`));
process.on('unhandledRejection', (e) => shutdown(1, `harness error: ${(e && e.stack) || e}`));

// ---------------------------------------------------------------- main
/**
 * The built workbench ignores `payload` unless developmentOptions.enableSmokeTestDriver
 * is set in its configuration; code-server has no flag for it (HARNESS.md).
 */
function enableSmokeTestDriver() {
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
}

/** Opens the test URL and resolves the exit code the workbench reports (codeAutomationExit). */
async function runInWorkbench(page, url) {
  await page.addInitScript(enableSmokeTestDriver);
  let resolveExit;
  const exitCode = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const list = Array.isArray(args) ? args : [args];
    process.stdout.write(util.format(...list) + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });
  await page.goto(url);
  return exitCode;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    throw new Error('usage: launcher.js --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [folder]');
  }
  cs.checkInstalled();
  // A fresh profile every run: no restored editors, settings or state.
  const dirs = (state.dirs = run.openRun('integration', { script: path.basename(__filename), say }));
  run.useRunTemp(dirs);
  cs.writeUserSettings(dirs);

  say(`starting code-server (log: ${path.relative(cs.ROOT, path.join(dirs.logs, 'code-server.log'))})`);
  const server = (state.server = await cs.startCodeServer({ dirs, folder: args.folder }));
  const authority = (await cs.workbenchConfiguration(server.base)).remoteAuthority;
  if (!authority) throw new Error('the workbench configuration has no remoteAuthority');

  say('starting headless chromium');
  state.browser = await launchChromium(run.isolatedEnv(dirs));
  const { page, log } = await newLoggedPage(state.browser, dirs.logs);
  say(`opening the workbench on ${server.base}; the tests run in code-server's extension host`);
  const code = await runInWorkbench(page, testUrl(server.base, authority, args));
  say(`tests finished with exit code ${code}`);
  log.end();
  return code;
}

const timer = setTimeout(() => {
  shutdown(1, `TIMEOUT: the integration run did not finish within ${TIMEOUT_S} s; killing code-server and chromium`);
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
