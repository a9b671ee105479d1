/**
 * Tokenises text with the committed TextMate grammar
 * (`syntaxes/transcript.tmLanguage.json`) the way VS Code does: the real
 * `vscode-textmate` Registry on the real `vscode-oniguruma` engine (onig.wasm).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The repository root (tests run from out/test/grammar). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json');
export const ROOT_SCOPE = 'text.transcript';

/** One token: its text, offsets in the line and scopes (outermost first). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let onigReady: Promise<vsctm.IOnigLib> | undefined;

/** Loads onig.wasm once per process. */
export function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigReady;
}

let grammarReady: Promise<vsctm.IGrammar> | undefined;

/** The grammar, loaded once from the committed JSON file. */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarReady ??= (async () => {
    const registry = new vsctm.Registry({
      onigLib: onigLib(),
      loadGrammar: async (scopeName: string) =>
        scopeName === ROOT_SCOPE ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(ROOT_SCOPE);
    if (!grammar) throw new Error(`could not load ${GRAMMAR_PATH}`);
    return grammar;
  })();
  return grammarReady;
}

/** Tokenises the lines of a text in order (the rule stack carried from line to line). */
export function tokenizeLines(grammar: vsctm.IGrammar, lines: readonly string[]): Token[][] {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** Tokenises one line on its own. */
export function tokenizeLine(grammar: vsctm.IGrammar, line: string): Token[] {
  return tokenizeLines(grammar, [line])[0];
}

/** True when a token carries a speaker-label scope (a named or a generic label). */
export function isLabelToken(t: Token): boolean {
  return t.scopes.some((s) => s === 'meta.speaker-label.transcript' || s === 'meta.speaker-label.generic.transcript');
}

/**
 * The range that a scope covers around offset `at`: the longest run of adjacent
 * tokens that carry `scope` and include `at`; undefined when the token at `at`
 * does not carry it.
 */
export function extentRange(tokens: readonly Token[], scope: string, at: number): { start: number; end: number } | undefined {
  const i = tokens.findIndex((t) => t.start <= at && at < t.end);
  if (i < 0 || !tokens[i].scopes.includes(scope)) return undefined;
  let first = i;
  let last = i;
  while (first > 0 && tokens[first - 1].scopes.includes(scope)) first--;
  while (last + 1 < tokens.length && tokens[last + 1].scopes.includes(scope)) last++;
  return { start: tokens[first].start, end: tokens[last].end };
}

/** The text of {@link extentRange}. */
export function extentOf(tokens: readonly Token[], line: string, scope: string, at: number): string | undefined {
  const r = extentRange(tokens, scope, at);
  return r && line.slice(r.start, r.end);
}

/** Every scope used on a line, besides the root. */
export function scopesOf(tokens: readonly Token[]): Set<string> {
  return new Set(tokens.flatMap((t) => t.scopes.filter((s) => s !== ROOT_SCOPE)));
}

/** Splits a file's text into lines at LF, dropping the CR of a CRLF (as the corpus README counts lines). */
export function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
