/**
 * The shape of the code, checked: no import cycle in src/, core loads nothing
 * from outside core, no module-level mutable state in core, small functions,
 * a small public API. Each rule comes with a case showing it can fail.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from './helpers';

const SRC = path.join(ROOT, 'src');
const CORE = path.join(SRC, 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function sourceOf(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
}

/** Relative module specifiers of a file: imports, exports, `require(…)` and `import(…)`, type-only ones included. */
export function relativeSpecifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])
      && ((ts.isIdentifier(node.expression) && node.expression.text === 'require') || node.expression.kind === ts.SyntaxKind.ImportKeyword)) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((s) => s.startsWith('.'));
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts), or the bare resolved path. */
function resolveSpecifier(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch { /* not this one */ }
  }
  return base;
}

/** The import cycles of a graph (strongly connected components of two or more files, or a file importing itself). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop() as string; ; w = stack.pop() as string) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}

/** Module-level declarations of a file that hold mutable state: `let`/`var`, and collections not typed read-only. */
export function moduleLevelState(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const d of list.declarations) {
      const name = d.name.getText(source);
      if (!isConst) {
        out.push(`let ${name}`);
        continue;
      }
      const init = d.initializer;
      if (!init) continue;
      const type = d.type?.getText(source) ?? '';
      const readonlyType = /^(Readonly|readonly )/.test(type);
      const weak = ts.isNewExpression(init) && /^Weak/.test(init.expression.getText(source));
      const mutableCollection = ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet|Array|Int32Array|Uint8Array|Uint32Array|Float64Array|TextMemo)$/.test(init.expression.getText(source));
      const literal = ts.isArrayLiteralExpression(init) || (ts.isObjectLiteralExpression(init) && !ts.isAsExpression(init));
      if (mutableCollection && (!readonlyType || weak)) out.push(`const ${name} = ${init.getText(source).slice(0, 40)}`);
      else if (literal && type !== '' && !readonlyType && !/^[A-Z]/.test(type)) out.push(`const ${name}: ${type}`);
    }
  }
  return out;
}

/** Functions, methods and arrow functions of more than `limit` lines, as `name (N lines)`. */
export function longFunctions(source: ts.SourceFile, limit: number): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      const name = node.name ? node.name.getText(source) : `(anonymous at line ${start + 1})`;
      if (lines > limit) out.push(`${name} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The names a module exports (`export … from`, `export function`, `export const`, …). */
function exportedNames(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const s of source.statements) {
    if (ts.isExportDeclaration(s)) {
      if (s.exportClause && ts.isNamedExports(s.exportClause)) out.push(...s.exportClause.elements.map((e) => e.name.text));
      else out.push(`* from ${(s.moduleSpecifier as ts.StringLiteral).text}`);
    } else if (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(s)) out.push(...s.declarationList.declarations.map((d) => d.name.getText(source)));
      else if ('name' in s && s.name) out.push((s.name as ts.Identifier).text);
    }
  }
  return out;
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const targets = relativeSpecifiers(sourceOf(f)).map((s) => resolveSpecifier(f, s)).filter((t) => t.startsWith(SRC));
    graph.set(path.relative(ROOT, f), [...new Set(targets.map((t) => path.relative(ROOT, t)))]);
  }
  return graph;
}

describe('structure', () => {
  const files = tsFiles(SRC);
  const coreFiles = tsFiles(CORE);

  it('src/ has no import cycle', () => {
    assert.deepStrictEqual(cyclesOf(importGraph(files)), []);
  });

  it('the cycle check finds a cycle of three files and a self-import', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    assert.deepStrictEqual(cyclesOf(graph), [['a', 'b', 'c'], ['d']]);
  });

  it('src/core requires and imports nothing outside src/core (data comes in through the service)', () => {
    const offenders = coreFiles.flatMap((f) => relativeSpecifiers(sourceOf(f))
      .filter((s) => !path.resolve(path.dirname(f), s).startsWith(CORE + path.sep))
      .map((s) => `${path.relative(ROOT, f)} -> ${s}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the check above sees require() and import() of a file outside core', () => {
    const source = sourceOf('/x/src/core/a.ts', `const d = require('../../data/x.json'); import('../y'); import type { Z } from './z';`);
    assert.deepStrictEqual(relativeSpecifiers(source).sort(), ['../../data/x.json', '../y', './z']);
  });

  it('src/core keeps no module-level mutable state', () => {
    const offenders = coreFiles.flatMap((f) => moduleLevelState(sourceOf(f)).map((d) => `${path.relative(ROOT, f)}: ${d}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the state check flags let, untyped collections and weak maps, and allows read-only constants', () => {
    const source = sourceOf('/x.ts', [
      'let a: number | undefined;',
      'const b = new Map<string, string>();',
      'const c: ReadonlySet<string> = new Set(["x"]);',
      'const d = new WeakMap<object, number>();',
      'const E: readonly string[] = ["x"];',
      'const F = 3;',
    ].join('\n'));
    assert.deepStrictEqual(moduleLevelState(source), ['let a', 'const b = new Map<string, string>()', 'const d = new WeakMap<object, number>()']);
  });

  it('no function in src/ is longer than 60 lines', () => {
    const offenders = files.flatMap((f) => longFunctions(sourceOf(f), 60).map((d) => `${path.relative(ROOT, f)}: ${d}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the length check counts a function of 61 lines', () => {
    const body = Array.from({ length: 59 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    assert.deepStrictEqual(longFunctions(sourceOf('/x.ts', `function long() {\n${body}\n}`), 60), ['long (61 lines)']);
  });

  it('src/core/index.ts exports at most 40 names, none by `export *`', () => {
    const names = exportedNames(sourceOf(path.join(CORE, 'index.ts')));
    assert.ok(names.length <= 40, `${names.length} exports: ${names.join(', ')}`);
    assert.deepStrictEqual(names.filter((n) => n.startsWith('* from')), []);
  });
});
