// The competitor for the outline: VS Code's Markdown language service
// (vscode-markdown-languageservice, the library behind VS Code's Markdown
// outline) computing document symbols of the transcript rendered as Markdown.
//
// Run as a script, it reads Markdown on stdin, computes its symbols once and
// prints one JSON line: used to try the full document in a child process,
// with the default stack, where the library's recursion may overflow.
'use strict';

const path = require('path');
const { spawnSync } = require('child_process');
const { installLanguageServerShim } = require('./languageserver-shim');
const { buildTranscript, MIB, ROOT } = require('./input');
const { floorOf, FLOOR_REPS } = require('./floor');
const { ms, int, mib } = require('./table');

const languageServer = installLanguageServerShim();
const MarkdownIt = require('markdown-it');
const mdls = require('vscode-markdown-languageservice');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { URI } = require('vscode-uri');

/**
 * The transcript as Markdown, from the core's model: the page title as `#`,
 * each turn a `## Speaker` heading followed by its speech, every other
 * paragraph as a paragraph (site chrome dropped); blank lines between blocks.
 */
function renderMarkdown(text, model) {
  const lines = text.split('\n');
  const turnAt = new Map(model.turns.map((t) => [t.span.start.line, t]));
  const nameOf = new Map(model.speakers.map((s) => [s.key, s.name]));
  const out = [];
  for (const p of model.paragraphs) {
    if (p.kind === 'chrome') continue;
    const line = lines[p.line];
    const turn = p.kind === 'turn' ? turnAt.get(p.line) : undefined;
    if (turn) {
      out.push(`## ${nameOf.get(turn.speaker) || turn.label}`, '');
      const speech = line.slice(turn.speechStart.character, p.span.end.character);
      if (speech) out.push(speech, '');
    } else if (p.kind === 'title') {
      out.push(`# ${line.slice(p.span.start.character, p.span.end.character)}`, '');
    } else {
      out.push(line.slice(p.span.start.character, p.span.end.character), '');
    }
  }
  return out.join('\n');
}

const noEvent = () => ({ dispose() {} });
const neverCancelled = { isCancellationRequested: false, onCancellationRequested: noEvent };

/**
 * markdown-it configured as VS Code's Markdown extension configures it by
 * default (`html`, `linkify`), without its plugins (front matter, math).
 */
function createParser() {
  const engine = new MarkdownIt({ html: true, linkify: true });
  return {
    slugifier: mdls.githubSlugifier,
    tokenize: async (doc) => engine.parse(doc.getText(), {}),
  };
}

/** A workspace holding just `doc`: no folders, no files, no events. */
function singleDocumentWorkspace(doc) {
  return {
    get workspaceFolders() {
      return [];
    },
    onDidChangeMarkdownDocument: noEvent,
    onDidCreateMarkdownDocument: noEvent,
    onDidDeleteMarkdownDocument: noEvent,
    getAllMarkdownDocuments: async () => [doc],
    hasMarkdownDocument: (uri) => uri.toString() === doc.uri,
    openMarkdownDocument: async (uri) => (uri.toString() === doc.uri ? doc : undefined),
    stat: async () => undefined,
    readDirectory: async () => [],
  };
}

const silentLogger = {
  get level() {
    return mdls.LogLevel.Off;
  },
  log() {},
};

let serial = 0;

/**
 * A fresh document and language service (the service caches the table of
 * contents per uri, so each run gets its own): `run()` computes the symbols.
 */
function prepareSymbols(markdown) {
  const uri = URI.file(`/bench/transcript-${++serial}.md`).toString();
  const doc = TextDocument.create(uri, 'markdown', 1, markdown);
  const service = mdls.createLanguageService({ workspace: singleDocumentWorkspace(doc), parser: createParser(), logger: silentLogger });
  return {
    run: () => service.getDocumentSymbols(doc, { includeLinkDefinitions: true }, neverCancelled),
    dispose: () => service.dispose(),
  };
}

/** Counts symbols in a symbol tree. */
function countSymbols(symbols) {
  let n = 0;
  for (const s of symbols) n += 1 + (s.children ? countSymbols(s.children) : 0);
  return n;
}

/** Child mode: symbols of the Markdown on stdin, once; prints `{ ok, ms, symbols }` or `{ ok: false, error }`. */
async function childMain() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const markdown = Buffer.concat(chunks).toString('utf8');
  const job = prepareSymbols(markdown);
  const t0 = performance.now();
  try {
    const symbols = await job.run();
    console.log(JSON.stringify({ ok: true, ms: performance.now() - t0, symbols: countSymbols(symbols) }));
  } catch (e) {
    const frames = String(e && e.stack).split('\n').slice(1, 4).map((l) => l.trim());
    console.log(JSON.stringify({ ok: false, ms: performance.now() - t0, error: `${e && e.name}: ${e && e.message}`, frames }));
  }
}

/** The Markdown language service on the whole document, once, in a child process (this file) with the default stack. */
function symbolsInChild(markdown) {
  const r = spawnSync(process.execPath, [__filename], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120000 });
  const line = (r.stdout || '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    return { ok: false, error: `child failed (${why}): ${(r.stderr || '').trim().split('\n').slice(-1)[0] || 'no output'}` };
  }
}

/** The row for the whole document (full runs only: it may crash), with its notes and markdownLsWholeDocumentMs. */
function wholeDocumentRow(ctx) {
  if (ctx.quick) return { label: 'Markdown LS on the whole document', text: 'skipped in --quick' };
  const whole = renderMarkdown(ctx.text, ctx.model);
  const r = symbolsInChild(whole);
  ctx.medians.markdownLsWholeDocumentMs = r.ok ? Math.round(r.ms) : null;
  ctx.notes.push('markdown: the whole document is tried once, in a child process with the default stack size.');
  if (!r.ok) ctx.notes.push(`markdown: on the whole document the language service throws ${r.error}${r.frames ? ` (${r.frames[0].replace(ROOT + path.sep, '')})` : ''}; VS Code's outline would stay empty.`);
  const label = `Markdown LS, whole ${mib(Buffer.byteLength(whole))} (${int(ctx.model.turns.length)} headings)`;
  return { label, text: r.ok ? `ok: ${ms(r.ms)} once, ${int(r.symbols)} symbols` : `CRASHED after ${ms(r.ms)}: ${r.error}` };
}

/** Our parse + outline against the language service's document symbols on a prefix, each against the floor of that prefix. */
async function prefixRows(ctx, prefix) {
  const { core } = ctx;
  const model = core.parseTranscript(prefix.text);
  const markdown = renderMarkdown(prefix.text, model);
  const floor = await ctx.time('compareFloorMs', () => floorOf(prefix.text), FLOOR_REPS);
  const ours = await ctx.time('compareParseOutlineMs', () => core.buildOutline(core.parseTranscript(prefix.text), core.lineReader(prefix.text)), { full: [2, 7, 5000], quick: [1, 3, 1000] });
  const mdls = await ctx.time('markdownLsSymbolsMs', (job) => job.run().finally(() => job.dispose()), { full: [1, 5, 8000], quick: [1, 2, 2000] }, { setup: () => prepareSymbols(markdown) });
  const turns = int(model.turns.length);
  return [
    { section: `Outline vs VS Code's Markdown outline, first ${mib(prefix.bytes)} (${turns} turns; as Markdown ${mib(Buffer.byteLength(markdown))}, ${turns} ## headings)` },
    { label: 'floor on this text', m: floor, vs: 1 },
    { label: 'ours: parse + outline', m: ours, vs: ctx.vs(ours, 'compareFloorMs') },
    { label: 'Markdown LS document symbols (markdown-it + LS)', m: mdls, vs: ctx.vs(mdls, 'compareFloorMs') },
  ];
}

/** The bench measurement: our outline against VS Code's Markdown outline (outlineVsMarkdownLS). */
const measurement = {
  name: 'markdown',
  title: "Outline vs VS Code's Markdown outline",
  async run(ctx) {
    const prefix = buildTranscript((ctx.quick ? 1 : 3) * MIB);
    const rows = await prefixRows(ctx, prefix);
    ctx.notes.push(
      `markdown: vscode-markdown-languageservice ${require('vscode-markdown-languageservice/package.json').version} (vscode-languageserver: ${languageServer}), ` +
        `markdown-it ${require('markdown-it/package.json').version} with html+linkify, githubSlugifier, getDocumentSymbols({ includeLinkDefinitions: true }) as VS Code's Markdown server calls it; ` +
        'a fresh service and document per run (its table-of-contents cache is per uri); no IPC, so a lower bound for VS Code.',
    );
    rows.push(wholeDocumentRow(ctx));
    ctx.json.input.compareBytes = prefix.bytes;
    return rows;
  },
};

if (require.main === module) childMain();

module.exports = { renderMarkdown, measurement };
