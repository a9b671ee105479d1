// The competitor for the outline: VS Code's Markdown language service
// (vscode-markdown-languageservice, the library behind VS Code's Markdown
// outline) computing document symbols of the transcript rendered as Markdown.
//
// Run as a script, it reads Markdown on stdin, computes its symbols once and
// prints one JSON line: used to try the full document in a child process,
// with the default stack, where the library's recursion may overflow.
'use strict';

const { installLanguageServerShim } = require('./languageserver-shim');

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

if (require.main === module) childMain();

module.exports = { renderMarkdown, prepareSymbols, countSymbols, languageServer };
