// Headless Debian chromium through playwright-core, with the flags that work on
// these machines (see ../../../shared/HARNESS.md) and a fresh profile.
'use strict';

const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.TRANSCRIPT_CHROMIUM || process.env.TRANSCRIPT_IT_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches headless chromium with `env` (TMPDIR/XDG_* of the run's short
 * temporary folder: its profile and sockets live there; see lib/run.js).
 * Returns the playwright Browser.
 */
async function launchChromium(env) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: run bash scripts/install-code-server.sh`);
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, env, args: CHROMIUM_ARGS });
}

/** Closes the browser, giving up after `ms` (its process dies with us anyway). */
async function closeBrowser(browser, ms = 5000) {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, ms))]);
}

/**
 * A new page in a fresh browser context (`viewport` optional) whose console
 * and page errors go to `<logsDir>/workbench.log`. Returns { page, log }
 * (`log` is the stream, for end()).
 */
async function newLoggedPage(browser, logsDir, viewport) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const log = fs.createWriteStream(path.join(logsDir, 'workbench.log'));
  page.on('console', (m) => log.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => log.write(`[pageerror] ${(e && e.stack) || e}\n`));
  return { page, log };
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium, closeBrowser, newLoggedPage };
