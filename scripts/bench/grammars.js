// Tokenising with TextMate grammars the way VS Code does: vscode-textmate on
// vscode-oniguruma (onig.wasm), line by line, carrying the rule stack, with
// tokenizeLine2 (the binary token form the editor uses).
'use strict';

const fs = require('fs');
const path = require('path');
const oniguruma = require('vscode-oniguruma');
const vsctm = require('vscode-textmate');

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

module.exports = { loadGrammars, tokenizeAll, MARKDOWN_GRAMMAR, TRANSCRIPT_GRAMMAR };
