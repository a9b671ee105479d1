// Tokenising with TextMate grammars the way VS Code does: vscode-textmate on
// vscode-oniguruma (onig.wasm), line by line, carrying the rule stack, with
// tokenizeLine2 (the binary token form the editor uses).
'use strict';

const fs = require('fs');
const path = require('path');
const oniguruma = require('vscode-oniguruma');
const vsctm = require('vscode-textmate');
const { int } = require('./table');

const ROOT = path.resolve(__dirname, '..', '..');
const TRANSCRIPT_GRAMMAR = path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json');
/** VS Code's Markdown grammar (extensions/markdown-basics), as packaged by tm-grammars. */
const MARKDOWN_GRAMMAR = require.resolve('tm-grammars/grammars/markdown.json');

let onig;
function onigLib() {
  onig ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    };
  })();
  return onig;
}

/**
 * Both grammars from one registry. The Markdown grammar embeds other
 * languages (fenced code, front matter, HTML); those scopes load as null.
 */
async function loadGrammars() {
  const files = { 'text.transcript': TRANSCRIPT_GRAMMAR, 'text.html.markdown': MARKDOWN_GRAMMAR };
  const unknown = new Set();
  const registry = new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      if (!file) {
        unknown.add(scopeName);
        return null;
      }
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const transcript = await registry.loadGrammar('text.transcript');
  const markdown = await registry.loadGrammar('text.html.markdown');
  if (!transcript || !markdown) throw new Error('could not load the grammars');
  return { transcript, markdown, unknownScopes: unknown };
}

/** Tokenises lines in order, carrying the rule stack; returns the number of tokens. */
function tokenizeAll(grammar, lines) {
  let stack = vsctm.INITIAL;
  let tokens = 0;
  for (const line of lines) {
    const r = grammar.tokenizeLine2(line, stack);
    stack = r.ruleStack;
    tokens += r.tokens.length >> 1;
  }
  return tokens;
}

/** Characters in lines, a line feed each. */
function chars(lines) {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

/**
 * The same content for both grammars: the first `count` lines of the transcript, and those lines
 * rendered as Markdown (more lines for the same text: a heading line per turn, blank lines between paragraphs).
 */
function sameContent(ctx, count) {
  const transcript = ctx.lines.slice(0, count);
  const sameText = transcript.join('\n');
  const markdown = require('./markdown').renderMarkdown(sameText, ctx.core.parseTranscript(sameText)).split('\n');
  return { transcript, markdown };
}

/** The bench measurement: our grammar against VS Code's Markdown grammar on the same text (grammarVsMarkdownGrammar). */
const measurement = {
  name: 'grammars',
  title: 'Tokenising with the TextMate grammars',
  async run(ctx) {
    const count = ctx.quick ? 1000 : 5000;
    const g = await loadGrammars();
    const lines = sameContent(ctx, count);
    const reps = { full: [1, 5, 5000], quick: [1, 2, 2000] };
    const ours = await ctx.time('tokenizeTranscriptMs', () => tokenizeAll(g.transcript, lines.transcript), reps);
    const md = await ctx.time('tokenizeMarkdownMs', () => tokenizeAll(g.markdown, lines.markdown), reps);
    const perKChar = (m, ls) => (m.median / chars(ls)) * 1000;
    ctx.notes.push(
      `grammars: the transcript's first ${int(count)} lines, and the same text rendered as Markdown (${int(lines.markdown.length)} lines); per 1,000 characters: ` +
        `transcript ${perKChar(ours, lines.transcript).toFixed(3)} ms, Markdown ${perKChar(md, lines.markdown).toFixed(3)} ms. ` +
        `The Markdown grammar's ${g.unknownScopes.size} embedded grammars (fenced code languages, HTML, …) load as null.`,
    );
    ctx.medians.tokenizeTranscriptMsPerKChar = Math.round(perKChar(ours, lines.transcript) * 1e4) / 1e4;
    ctx.medians.tokenizeMarkdownMsPerKChar = Math.round(perKChar(md, lines.markdown) * 1e4) / 1e4;
    ctx.json.input.tokenizeLines = count;
    return [
      { section: `Tokenising the first ${int(count)} lines of the transcript (and the same text as Markdown), line by line with the rule stack (vscode-textmate ${require('vscode-textmate/package.json').version} + onig.wasm, tokenizeLine2)` },
      { label: `transcript grammar (text.transcript), ${int(chars(lines.transcript))} ch`, m: ours, vs: ctx.vs(ours, 'tokenizeMarkdownMs') },
      { label: `Markdown grammar (text.html.markdown), ${int(chars(lines.markdown))} ch`, m: md, vs: 1 },
    ];
  },
};

module.exports = { measurement, loadGrammars, tokenizeAll };
