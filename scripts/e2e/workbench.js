// Driving the VS Code workbench in a playwright page the way a person does:
// the Explorer tree, the Command Palette (F1), Go to Line (Ctrl+G), the status
// bar, list views, hovers. Every wait has a deadline and says what it waited for.
'use strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `fn` every `interval` ms until it returns a truthy value (returned) or
 * `timeout` ms pass; then throws "timed out after N s waiting for <what>",
 * with the last value `fn` saw (`fn` may return { ok: false, last }) or the
 * last error it threw.
 */
async function poll(fn, { timeout = 10000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v && !(typeof v === 'object' && v.ok === false)) return v;
      if (v && typeof v === 'object' && 'last' in v) last = v.last;
    } catch (e) {
      last = `error: ${(e && e.message ? e.message : String(e)).split('\n')[0]}`;
    }
    if (Date.now() >= deadline) {
      const seen = last === undefined ? '' : `; last seen: ${typeof last === 'string' ? last : JSON.stringify(last)}`;
      throw new Error(`timed out after ${(timeout / 1000).toFixed(0)} s waiting for ${what}${seen}`);
    }
    await sleep(interval);
  }
}

/** Tries `fn` up to `attempts` times; `between(error, attempt)` runs after a failed attempt. */
async function retry(fn, { attempts = 3, between } = {}) {
  let error;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn(i);
    } catch (e) {
      error = e;
      if (i < attempts && between) await between(e, i);
    }
  }
  throw error;
}

const norm = (s) => String(s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Waits until the workbench has rendered (editor area and status bar). */
async function waitForWorkbench(page, timeout = 60000) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout });
}

/** Visible text of a status bar entry by its id (e.g. status.editor.mode), or undefined. */
async function statusEntry(page, id) {
  const el = page.locator(`.part.statusbar [id="${id}"]`);
  if ((await el.count()) === 0) return undefined;
  return norm(await el.first().innerText());
}

/** The texts of all visible status bar entries. */
async function statusTexts(page) {
  return page.$$eval('.part.statusbar .statusbar-item', (els) =>
    els.filter((e) => e.offsetParent !== null).map((e) => e.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean),
  );
}

/** The cursor position from the status bar's "Ln 17, Col 37". */
async function cursorPosition(page) {
  const text = (await statusEntry(page, 'status.editor.selection')) || '';
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]), text } : { line: 0, column: 0, text };
}

const quickInput = (page) => page.locator('.quick-input-widget');

async function closeQuickInput(page) {
  if (await quickInput(page).isVisible().catch(() => false)) {
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
  }
}

/** Opens a fresh quick input with `key` (F1, Control+G, …), types `text` into it and returns its input box. */
async function openQuickInput(page, key, text) {
  await closeQuickInput(page);
  await page.keyboard.press(key);
  const input = quickInput(page).locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(text);
  return input;
}

/** Labels of the quick input's visible rows, with which one is focused. */
async function quickInputRows(page) {
  return page.$$eval('.quick-input-widget .quick-input-list .monaco-list-row', (rows) =>
    rows.map((r) => ({
      index: Number(r.getAttribute('data-index')),
      label: (r.querySelector('.label-name') || r).textContent.replace(/\u00a0/g, ' ').trim(),
      focused: r.classList.contains('focused'),
    })),
  );
}

/**
 * Runs a command through the Command Palette: F1, types `label`, and accepts the
 * row whose label is exactly `label` (Enter when focused, else a click).
 * Retried, because the palette can still be loading commands right after start.
 */
async function runCommand(page, label, { timeout = 10000 } = {}) {
  await retry(
    async () => {
      const input = await openQuickInput(page, 'F1', `>${label}`);
      const rows = await poll(
        async () => {
          const rs = await quickInputRows(page);
          return rs.some((r) => r.label === label) ? rs : { ok: false, last: rs.map((r) => r.label).join(' | ') || '(no rows)' };
        },
        { timeout, what: `the command "${label}" in the Command Palette` },
      );
      const row = rows.find((r) => r.label === label);
      if (row.focused) await input.press('Enter');
      else await page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${row.index}"]`).click();
      await quickInput(page).waitFor({ state: 'hidden', timeout: 5000 });
    },
    { attempts: 3, between: () => closeQuickInput(page) },
  );
}

/** Moves the cursor to `line` (1-based) with Go to Line (Ctrl+G) and waits for the status bar to say so. */
async function goToLine(page, line) {
  await retry(
    async () => {
      const input = await openQuickInput(page, 'Control+G', `:${line}`);
      await input.press('Enter');
      await quickInput(page).waitFor({ state: 'hidden', timeout: 5000 });
      await poll(async () => {
        const p = await cursorPosition(page);
        return p.line === line || { ok: false, last: p.text };
      }, { timeout: 5000, what: `the status bar to show Ln ${line}` });
    },
    { attempts: 3, between: () => closeQuickInput(page) },
  );
}

/** Opens a file by clicking its item in the Explorer tree. */
async function openFromExplorer(page, name, timeout = 30000) {
  const item = page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true });
  await item.waitFor({ state: 'visible', timeout });
  await item.click();
  const tab = page.locator('.editor-group-container .tab', { hasText: name });
  await tab.first().waitFor({ state: 'visible', timeout });
  await page.locator('.editor-group-container .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout });
}

/** The pane (view) in the side bar whose header title is `title`, e.g. "Outline", "Speakers". */
function pane(page, title) {
  return page.locator('.part.sidebar .pane').filter({
    has: page.locator('.pane-header .title', { hasText: new RegExp(`^${title}$`, 'i') }),
  });
}

/** Expands or collapses a side bar pane by clicking its header when needed. */
async function setPaneExpanded(page, title, expanded) {
  const header = pane(page, title).locator('.pane-header').first();
  await header.waitFor({ state: 'visible', timeout: 5000 });
  const is = async () => (await header.getAttribute('aria-expanded')) === 'true';
  if ((await is()) === expanded) return;
  await header.click();
  await poll(async () => (await is()) === expanded, { timeout: 3000, what: `the ${title} pane to ${expanded ? 'expand' : 'collapse'}` });
}

/** Drags the sash between the side bar and the editor so that the side bar is `width` px wide. */
async function setSidebarWidth(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || Math.abs(box.width - width) < 4) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width + 1, y, { steps: 5 });
  await page.mouse.up();
  await poll(async () => {
    const b = await page.locator('.part.sidebar').boundingBox();
    return (b && Math.abs(b.width - width) < 8) || { ok: false, last: b && `${b.width}px` };
  }, { timeout: 3000, what: `the side bar to be ${width}px wide` });
}

/**
 * The rows a list view has rendered, by their data-index (lists are virtualised:
 * only rows in view exist). Each row: { index, label, description }.
 */
async function listRows(paneLocator) {
  return paneLocator.locator('.monaco-list-row').evaluateAll((rows) =>
    rows
      .map((r) => {
        const clean = (e) => (e ? e.textContent.replace(/\u00a0/g, ' ').trim() : '');
        return {
          index: Number(r.getAttribute('data-index')),
          level: Number(r.getAttribute('aria-level') || '1'),
          label: clean(r.querySelector('.label-name') || r.querySelector('.monaco-highlighted-label')),
          description: clean(r.querySelector('.label-description')),
        };
      })
      .sort((a, b) => a.index - b.index),
  );
}

/**
 * Every row of a virtualised list view: reads the rendered rows, scrolls the
 * list with the mouse wheel, and repeats until nothing new appears.
 */
async function allListRows(page, paneLocator, { maxScrolls = 30 } = {}) {
  const seen = new Map();
  const body = paneLocator.locator('.monaco-list').first();
  const box = await body.boundingBox();
  for (let i = 0; i <= maxScrolls; i++) {
    const before = seen.size;
    for (const r of await listRows(paneLocator)) seen.set(r.index, r);
    if (i > 0 && seen.size === before) break;
    if (!box) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, Math.max(100, box.height - 40));
    await sleep(150);
  }
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100000);
  }
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

/**
 * The screen point in the middle of `word` within the first occurrence of
 * `phrase` on the rendered editor line that starts with `lineStart`
 * (non-breaking spaces count as spaces). Undefined while that line is not rendered.
 */
async function pointInEditorText(page, lineStart, phrase, word) {
  return page.evaluate(
    ({ lineStart, phrase, word }) => {
      const clean = (s) => s.replace(/\u00a0/g, ' ');
      const lines = [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines .view-line')];
      const line = lines.find((l) => clean(l.textContent).startsWith(lineStart));
      if (!line) return undefined;
      const text = clean(line.textContent);
      const at = text.indexOf(phrase);
      if (at < 0) return undefined;
      const from = at + phrase.indexOf(word);
      const to = from + word.length;
      // Map character offsets to text nodes.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      let startSet = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!startSet && from < offset + len) {
          range.setStart(n, from - offset);
          startSet = true;
        }
        if (startSet && to <= offset + len) {
          range.setEnd(n, to - offset);
          break;
        }
        offset += len;
      }
      const r = range.getBoundingClientRect();
      if (!r.width) return undefined;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { lineStart, phrase, word },
  );
}

/** How many characters the editor flags with a unicode highlight box (rendered lines only). */
async function unicodeHighlightCount(page) {
  return page.locator('.editor-group-container .monaco-editor .view-overlays .unicode-highlight').count();
}

/** Text of the visible editor hover, or '' when none is shown. */
async function hoverText(page) {
  return page.evaluate(() => {
    const hovers = [...document.querySelectorAll('.monaco-hover')].filter((h) => !h.classList.contains('hidden') && h.offsetParent !== null);
    return hovers.map((h) => h.innerText.replace(/\u00a0/g, ' ')).join('\n').trim();
  });
}

module.exports = {
  sleep,
  poll,
  retry,
  norm,
  waitForWorkbench,
  statusEntry,
  statusTexts,
  cursorPosition,
  closeQuickInput,
  quickInputRows,
  runCommand,
  goToLine,
  openFromExplorer,
  pane,
  setPaneExpanded,
  setSidebarWidth,
  listRows,
  allListRows,
  pointInEditorText,
  hoverText,
  unicodeHighlightCount,
};
