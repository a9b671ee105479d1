#!/usr/bin/env node
// `npm run e2e`: what a person sees, in a real VS Code in a real browser.
//   1. packages the extension (.vsix, see scripts/e2e/package.js) and installs
//      it with code-server's --install-extension into a fresh extensions dir;
//   2. starts code-server (scripts/install-code-server.sh installs it) on
//      127.0.0.1:<free port> in its own process group, opening a fresh copy of
//      seeds/, and opens the workbench in headless Debian chromium
//      (playwright-core, viewport 1400×900);
//   3. checks, as a person would: the seed opened from the Explorer becomes a
//      transcript (status bar "Transcript"); the Outline lists the turns by
//      speaker; hovering "Krasnoyarsk Territory" shows the region card; Next
//      Turn from the palette moves the cursor to lines 17 then 55; the status
//      bar shows "Vladimir Putin · turn 1/17"; the Speakers view lists the 5
//      speakers with turn counts and shares of words; the seed's no-break
//      spaces, dashes and curly quotes are not boxed as unicode warnings (the
//      .vsix itself is checked too: what it holds, and its size);
//   4. saves screenshots of passing checks to .vscode-test/e2e/screenshots/
//      (docs/images/ with --update-docs, to refresh the README's pictures) and,
//      for a failing check, one under .vscode-test/e2e/run-<pid>/failures/;
//   5. prints one line per check (`ok …` / `FAILED …`) and `e2e: N passed, N failed`,
//      stops chromium and the whole code-server process group, exits 0 only when
//      every check passed.
// Logs and failure screenshots go to .vscode-test/e2e/run-<pid>/, removed after a
// passing run (kept after a failing one until the next run); profiles, sockets,
// TMPDIR and XDG_* to a short temporary folder, always removed (scripts/lib/run.js).
//
// Environment:
//   TRANSCRIPT_E2E_TIMEOUT      global timeout in seconds (default 180)
//   TRANSCRIPT_E2E_SCREENSHOTS  folder for the screenshots (default .vscode-test/e2e/screenshots;
//                               --update-docs: docs/images)
//   TRANSCRIPT_E2E_KEEP=1       keep the run directory after a passing run too
//   TRANSCRIPT_CHROMIUM         chromium executable (default /usr/bin/chromium)
'use strict';

const fs = require('fs');
const path = require('path');

const cs = require('./lib/codeServer');
const run = require('./lib/run');
const { launchChromium, closeBrowser, newLoggedPage } = require('./lib/browser');
const { packageExtension } = require('./e2e/package');
const { zipEntries } = require('./e2e/zip');
const wb = require('./e2e/workbench');

const { ROOT } = cs;
const TIMEOUT_S = Number(process.env.TRANSCRIPT_E2E_TIMEOUT || 180);
// A run leaves the repository as it was: the README's pictures change only when asked.
const SHOTS = path.resolve(ROOT, process.env.TRANSCRIPT_E2E_SCREENSHOTS
  || (process.argv.includes('--update-docs') ? path.join('docs', 'images') : path.join('.vscode-test', 'e2e', 'screenshots')));
const VIEWPORT = { width: 1400, height: 900 };

const SEED = '2023-09-28-meeting-with-newly-elected-regional-heads.txt';
const TITLE = 'Meeting with newly elected regional heads';
const SPEAKERS = ['Vladimir Putin', 'Sergei Sobyanin', 'Denis Pushilin', 'Leonid Pasechnik', 'Mikhail Kotyukov'];
// The speaker of each turn of the seed, in document order (as `transcript-nav outline` prints it).
const TURN_SPEAKERS = [
  'Vladimir Putin', 'Sergei Sobyanin', 'Vladimir Putin', 'Denis Pushilin', 'Vladimir Putin', 'Denis Pushilin',
  'Vladimir Putin', 'Leonid Pasechnik', 'Vladimir Putin', 'Leonid Pasechnik', 'Vladimir Putin', 'Leonid Pasechnik',
  'Vladimir Putin', 'Mikhail Kotyukov', 'Vladimir Putin', 'Mikhail Kotyukov', 'Vladimir Putin',
];
const REGION_CARD = ['Красноярский край', 'Siberian Federal District', 'RU-KYA', '2,856,971'];
// Where "Krasnoyarsk Territory" stands: in a speaker's role (line 127) and in prose (line 147).
const REGION_PLACES = [
  { line: 127, lineStart: 'Krasnoyarsk Territory Governor Mikhail Kotyukov:' },
  { line: 147, lineStart: 'Krasnoyarsk and the Krasnoyarsk Territory' },
];

// ---------------------------------------------------------------- reporting
const CHECKS = ['package', 'install', 'language', 'outline', 'region hover', 'next turn', 'status bar', 'speakers view', 'no unicode warnings'];
const results = new Map(); // name -> { ok, detail }
const timings = {};
let current; // the check running now
let page; // playwright Page, once there is one
let browser;
let server;
let dirs; // the run's folders (scripts/lib/run.js), once opened
let finished = false;

function say(msg) {
  process.stdout.write(`[e2e] ${msg}\n`);
}

function record(name, ok, detail) {
  if (results.has(name)) return;
  results.set(name, { ok, detail });
  process.stdout.write(ok ? `ok ${name}${detail ? `: ${detail}` : ''}\n` : `FAILED ${name}: ${detail}\n`);
}

const slug = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

async function failureShot(name) {
  if (!page) return '';
  const failures = path.join(dirs.run, 'failures');
  const file = path.join(failures, `${slug(name)}.png`);
  try {
    fs.mkdirSync(failures, { recursive: true });
    await page.screenshot({ path: file, timeout: 5000 });
    return ` (screenshot: ${path.relative(ROOT, file)})`;
  } catch {
    return '';
  }
}

/**
 * Saves a screenshot for the docs (only called when the check passed). The mouse
 * is parked over the activity bar first (no stray hover highlight), unless `keepMouse`.
 */
async function docShot(name, { keepMouse = false } = {}) {
  if (!keepMouse) await page.mouse.move(24, 500);
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, name);
  await page.screenshot({ path: file, timeout: 10000 });
  return path.relative(ROOT, file);
}

/** Runs one check: `fn` returns a detail string for the `ok` line or throws. */
async function check(name, fn) {
  current = name;
  const t0 = Date.now();
  try {
    const detail = await fn();
    record(name, true, `${detail || ''}${detail ? ' ' : ''}(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (e) {
    const msg = (e && e.message ? e.message : String(e)).replace(/\n\s*/g, ' ').slice(0, 600);
    record(name, false, `${msg}${await failureShot(name)}`);
    return false;
  } finally {
    current = undefined;
  }
}

function notRun(reason) {
  for (const name of CHECKS) if (!results.has(name)) record(name, false, `not run (${reason})`);
}

// ---------------------------------------------------------------- cleanup
async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (message) say(message);
  notRun(message ? message.split('\n')[0].slice(0, 200) : 'the run stopped early');
  await closeBrowser(browser);
  browser = undefined;
  if (server) await server.stop();
  server = undefined;
  const killed = dirs ? await run.sweepRunProcesses(dirs) : 0;
  if (killed) say(`killed ${killed} leftover processes of this run`);
  const passed = [...results.values()].filter((r) => r.ok).length;
  const failed = results.size - passed;
  if (Object.keys(timings).length) {
    say(`timings: ${Object.entries(timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
  }
  const allPassed = failed === 0 && code === 0;
  if (dirs) {
    const keepLogs = !allPassed || Boolean(process.env.TRANSCRIPT_E2E_KEEP);
    run.closeRun(dirs, { keepLogs });
    if (keepLogs) say(`this run's files (logs, failure screenshots): ${path.relative(ROOT, dirs.run)}/`);
  }
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  process.exit(allPassed ? 0 : 1);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => finish(sig === 'SIGINT' ? 130 : 143, `received ${sig}`));
}
process.on('unhandledRejection', (e) => finish(1, `harness error: ${(e && e.stack) || e}`));
process.on('uncaughtException', (e) => finish(1, `harness error: ${(e && e.stack) || e}`));

// ---------------------------------------------------------------- the checks
async function focusEditor() {
  await wb.closeQuickInput(page);
  await page.keyboard.press('Escape');
  // View: Focus First Editor Group
  await page.keyboard.press('Control+1');
}

async function checkLanguage() {
  await wb.openFromExplorer(page, SEED);
  const mode = await wb.poll(async () => {
    const m = await wb.statusEntry(page, 'status.editor.mode');
    return m === 'Transcript' ? m : { ok: false, last: m ?? '(no language indicator)' };
  }, { timeout: 30000, what: 'the status bar language indicator to say "Transcript"' });
  return `${SEED} opened from the Explorer, language indicator "${mode}"`;
}

/**
 * Arranges the side bar the way a person would to read the views: wider, and
 * the folder tree collapsed once the file is open. Best effort: the checks do
 * not depend on it, only the screenshots' legibility.
 */
async function arrangeSideBar() {
  try {
    await wb.setSidebarWidth(page, 430);
    await wb.setPaneExpanded(page, 'seeds', false);
  } catch (e) {
    say(`note: could not arrange the side bar (${e.message.split('\n')[0]}); continuing`);
  }
}

async function checkOutline() {
  await arrangeSideBar();
  await wb.runCommand(page, 'Explorer: Focus on Outline View');
  const outline = wb.pane(page, 'Outline');
  const rows = await wb.poll(async () => {
    // Top-level rows only: turns that cover several topics have topic rows under them (aria-level 2).
    const rs = await outline.locator('.outline-pane .monaco-list-row[aria-level="1"] .monaco-highlighted-label').allInnerTexts();
    const labels = rs.map(wb.norm);
    return labels.length >= 2 && labels[0] === TITLE ? labels : { ok: false, last: labels.join(' | ') || '(empty)' };
  }, { timeout: 15000, what: `the Outline to list "${TITLE}" and the turns` });
  // The list is virtualised: collect every row by scrolling.
  const listed = await wb.allListRows(page, outline);
  const topicRows = listed.filter((r) => r.level > 1).length;
  const all = listed.filter((r) => r.level === 1).map((r) => wb.norm(r.label));
  const expected = [TITLE, ...TURN_SPEAKERS];
  // The named speakers, in document order, among the first rows.
  const firstRows = rows.slice(0, Math.min(rows.length, expected.length));
  for (let i = 0; i < firstRows.length; i++) {
    if (firstRows[i] !== expected[i]) throw new Error(`row ${i + 1} is "${firstRows[i]}", expected "${expected[i]}"; rows: ${firstRows.join(' | ')}`);
  }
  if (all.join('|') !== expected.join('|')) {
    throw new Error(`the Outline rows differ from the seed's turns: got ${all.length} rows: ${all.join(' | ')}`);
  }
  const order = [TITLE, ...SPEAKERS].map((s) => all.indexOf(s));
  if (order.some((x, i) => x < 0 || (i > 0 && x <= order[i - 1]))) throw new Error(`first appearances out of order: ${order.join(', ')}`);
  // For the screenshot: the top of the list, the editor at the first turn.
  await focusEditor();
  await wb.goToLine(page, 17);
  const shot = await docShot('outline.png');
  return `${all.length} top-level rows, ${all.slice(0, 6).join(' · ')} … ${all[all.length - 1]}; ${topicRows} topic rows under turns; first rows in view: ${firstRows.length}; ${shot}`;
}

async function checkRegionHover() {
  const tried = [];
  for (const place of REGION_PLACES) {
    let seen = '';
    try {
      await focusEditor();
      await wb.goToLine(page, place.line);
      const point = await wb.poll(() => wb.pointInEditorText(page, place.lineStart, 'Krasnoyarsk Territory', 'Territory'), {
        timeout: 5000,
        what: `line ${place.line} ("${place.lineStart}…") to be rendered`,
      });
      await wb.retry(
        async () => {
          // Move away first, so that moving back starts a new hover.
          await page.mouse.move(5, VIEWPORT.height / 2);
          await wb.sleep(100);
          await page.mouse.move(point.x, point.y, { steps: 3 });
          await wb.poll(async () => {
            seen = await wb.hoverText(page);
            return REGION_CARD.every((s) => seen.includes(s)) || { ok: false, last: seen || '(no hover)' };
          }, { timeout: 4000, what: 'the region card' });
        },
        { attempts: 2 },
      );
      const shot = await docShot('hover-region.png', { keepMouse: true });
      await page.mouse.move(5, VIEWPORT.height / 2);
      await page.keyboard.press('Escape');
      return `hover on "Krasnoyarsk Territory" (line ${place.line}) shows ${REGION_CARD.map((s) => `"${s}"`).join(', ')}; ${shot}`;
    } catch (e) {
      const missing = REGION_CARD.filter((s) => !seen.includes(s));
      if (seen) tried.push(`line ${place.line}: the hover "${wb.norm(seen).slice(0, 160)}" lacks ${missing.map((s) => `"${s}"`).join(', ')}`);
      else if (/region card/.test(e.message)) tried.push(`line ${place.line}: no hover appeared`);
      else tried.push(`line ${place.line}: ${e.message.split('\n')[0]}`);
    }
  }
  await page.mouse.move(5, VIEWPORT.height / 2);
  throw new Error(`hovering "Krasnoyarsk Territory" did not show the region card (${tried.join('; ')})`);
}

async function nextTurnTo(line) {
  await wb.runCommand(page, 'Transcript: Next Turn');
  return wb.poll(async () => {
    const p = await wb.cursorPosition(page);
    return p.line === line ? p : { ok: false, last: p.text };
  }, { timeout: 5000, what: `the status bar to show Ln ${line} after "Transcript: Next Turn"` });
}

async function checkNextTurn() {
  await focusEditor();
  await wb.goToLine(page, 1);
  const first = await nextTurnTo(17);
  const second = await nextTurnTo(55);
  const shot = await docShot('next-turn.png');
  return `line 1 → ${first.text} → ${second.text}; ${shot}`;
}

async function transcriptItem(expected) {
  return wb.poll(async () => {
    const texts = await wb.statusTexts(page);
    return texts.find((t) => t.endsWith(expected)) || { ok: false, last: texts.join(' | ') };
  }, { timeout: 5000, what: `the status bar item "${expected}"` });
}

async function checkStatusBar() {
  await focusEditor();
  const seen = [];
  for (const [line, expected] of [[17, 'Vladimir Putin · turn 1/17'], [81, 'Denis Pushilin · turn 6/17']]) {
    await wb.goToLine(page, line);
    seen.push(`Ln ${line}: "${await transcriptItem(expected)}"`);
  }
  return seen.join(', ');
}

async function checkSpeakersView() {
  // Room for the view: the Outline pane collapsed (a person would do the same).
  await wb.setPaneExpanded(page, 'Outline', false).catch(() => {});
  await wb.runCommand(page, 'Explorer: Focus on Speakers View');
  const view = wb.pane(page, 'Speakers');
  const rows = await wb.poll(async () => {
    const rs = (await wb.listRows(view)).filter((r) => r.label);
    const labels = rs.map((r) => r.label);
    return SPEAKERS.every((s) => labels.includes(s)) ? rs : { ok: false, last: rs.map((r) => `${r.label} (${r.description})`).join(' | ') || '(empty)' };
  }, { timeout: 10000, what: `the Speakers view to list ${SPEAKERS.join(', ')}` });
  const labels = rows.map((r) => r.label);
  if (labels.length !== SPEAKERS.length) throw new Error(`expected ${SPEAKERS.length} speakers, got ${labels.length}: ${labels.join(' | ')}`);
  const bad = rows.filter((r) => !/^\d+ turns? · \d+% of words$/.test(r.description));
  if (bad.length) throw new Error(`descriptions not like "9 turns · 45% of words": ${bad.map((r) => `${r.label}: "${r.description}"`).join(', ')}`);
  const putin = rows.find((r) => r.label === 'Vladimir Putin');
  if (!/^9 turns · /.test(putin.description)) throw new Error(`Vladimir Putin: "${putin.description}", expected 9 turns`);
  // Expand one speaker to show their turns, for the screenshot (best effort).
  const expanded = await expandSpeaker(view, 'Denis Pushilin', 2).catch((e) => {
    say(`note: could not expand Denis Pushilin in the Speakers view (${e.message.split('\n')[0]})`);
    return '';
  });
  const shot = await docShot('speakers-view.png');
  return `${rows.map((r) => `${r.label} (${r.description})`).join(', ')}${expanded}; ${shot}`;
}

/** Expands a speaker's row in the Speakers view and waits for `turns` child rows. */
async function expandSpeaker(view, name, turns) {
  const row = view.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${name}$`) }) }).first();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
  const level = Number(await row.getAttribute('aria-level'));
  const children = await wb.poll(async () => {
    const kids = await view.locator(`.monaco-list-row[aria-level="${level + 1}"]`).count();
    return kids >= turns ? kids : { ok: false, last: `${kids} rows under ${name}` };
  }, { timeout: 5000, what: `${turns} turns under ${name}` });
  return `; ${name} expands to ${children} turns`;
}

/**
 * The seed is full of no-break spaces, en dashes and curly quotes. VS Code boxes
 * such characters as "invisible" or "could be confused with ASCII" except where
 * the language turns that off (it does for plaintext and markdown); a transcript
 * should read as cleanly as the plaintext it was. Watched for 2 s on a line
 * that has both kinds, after the document has been open for the other checks.
 */
async function checkUnicodeWarnings() {
  await focusEditor();
  await wb.goToLine(page, 21);
  let boxed = 0;
  await wb
    .poll(async () => (boxed = await wb.unicodeHighlightCount(page)) > 0, { timeout: 2000, what: 'unicode highlight boxes' })
    .catch(() => {});
  if (boxed > 0) {
    throw new Error(
      `${boxed} characters on screen are boxed as unicode warnings (U+00A0 no-break space "is invisible", U+2013 – and U+2019 ’ "could be confused with ASCII"); ` +
        'VS Code turns editor.unicodeHighlight.invisibleCharacters and .ambiguousCharacters off for [plaintext] and [markdown], and the file loses that when it becomes a transcript',
    );
  }
  return 'no characters boxed on line 21 (no-break spaces, en dash, curly quotes)';
}

// ---------------------------------------------------------------- main
async function main() {
  const t0 = Date.now();
  dirs = run.openRun('e2e', { script: path.basename(__filename), say });
  // Side effects of this process and of chromium (playwright's temp profile) go there too.
  run.useRunTemp(dirs);

  let vsix;
  let t = Date.now();
  const packaged = await check('package', async () => {
    const r = packageExtension(path.join(dirs.run, 'transcript-navigator.vsix'), path.join(dirs.run, 'package'));
    vsix = r.vsix;
    const names = zipEntries(vsix).map((e) => e.name);
    for (const need of ['extension/package.json', 'extension/dist/extension.js', 'extension/syntaxes/transcript.tmLanguage.json']) {
      if (!names.includes(need)) throw new Error(`${need} is missing from the .vsix`);
    }
    const stray = names.filter((n) => /^extension\/(src|test|node_modules|seeds|scripts|out|\.vscode-test)\//.test(n) || n.endsWith('.map'));
    if (stray.length) throw new Error(`the .vsix holds files it should not (see .vscodeignore): ${stray.slice(0, 10).join(', ')}`);
    if (r.bytes > 2 * 1024 * 1024) throw new Error(`the .vsix is ${(r.bytes / 1024 / 1024).toFixed(1)} MB`);
    return `${names.length} files, ${(r.bytes / 1024).toFixed(1)} KB`;
  });
  timings.package = Date.now() - t;
  if (!packaged) return finish(1, 'no .vsix');

  t = Date.now();
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const installed = await check('install', async () => {
    cs.installExtension(dirs, vsix);
    const folder = `${pkg.publisher}.${pkg.name}-${pkg.version}`;
    if (!fs.existsSync(path.join(dirs.extensions, folder, 'package.json'))) {
      throw new Error(`--install-extension succeeded but ${folder}/ is not in the extensions dir (${fs.readdirSync(dirs.extensions).join(', ')})`);
    }
    return `${folder} into a fresh extensions dir`;
  });
  timings.install = Date.now() - t;
  if (!installed) return finish(1, 'the extension is not installed');

  // A fresh, writable copy of the seeds as the workspace.
  const folder = run.copySeeds(dirs.temp);
  cs.writeUserSettings(dirs, {
    // Steady screenshots.
    'editor.cursorBlinking': 'solid',
    'workbench.reduceMotion': 'on',
  });

  t = Date.now();
  server = await cs.startCodeServer({ dirs, folder });
  timings['code-server start'] = Date.now() - t;
  say(`code-server on ${server.base} (log: ${path.relative(ROOT, server.logFile)})`);

  t = Date.now();
  browser = await launchChromium(run.isolatedEnv(dirs));
  const opened = await newLoggedPage(browser, dirs.logs, VIEWPORT);
  page = opened.page;
  const workbenchLog = opened.log;
  await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}`);
  await wb.waitForWorkbench(page);
  timings.workbench = Date.now() - t;

  t = Date.now();
  const languageOk = await check('language', checkLanguage);
  if (!languageOk) return finish(1, 'the transcript did not open');
  await check('outline', checkOutline);
  await check('region hover', checkRegionHover);
  await check('next turn', checkNextTurn);
  await check('status bar', checkStatusBar);
  await check('speakers view', checkSpeakersView);
  await check('no unicode warnings', checkUnicodeWarnings);
  timings.checks = Date.now() - t;
  timings.total = Date.now() - t0;
  workbenchLog.end();
  return finish(0);
}

const timer = setTimeout(() => {
  if (current) record(current, false, `global timeout of ${TIMEOUT_S} s reached during this check`);
  finish(1, `TIMEOUT: the run did not finish within ${TIMEOUT_S} s`);
}, TIMEOUT_S * 1000);

main().catch((e) => finish(1, `harness error: ${(e && e.message) || e}`));
