/**
 * A clone works wherever it is put, with nothing beside it: no file of the repository
 * names an absolute path of some machine (code, comments, docs and data alike). The
 * development corpus the tests and scripts read is the repository's own copy in
 * test/fixtures/corpus; text outside the repository may be named by relative paths only.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

/** Folders that are built, installed or downloaded, never part of the repository. */
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', '.vscode-test', '.git']);

/**
 * An absolute path of a machine: a root folder for work, homes or users (Linux, macOS) that is
 * not the tail of a relative path or of a URL (no word, dot, tilde or dash just before it), or
 * a drive letter followed by a backslash (Windows).
 */
const ABSOLUTE_PATH = /(?<![\w.~-])\/(?:work|home|Users)\/|(?<!\w)[A-Za-z]:\\/;

const isSkipped = (file: string) => file.split('/').some((part) => SKIPPED_DIRS.has(part));

/** Every file below `dir` (relative to the root, with `/`), skipping the build and install folders. */
function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir === '' ? e.name : `${dir}/${e.name}`;
    if (isSkipped(rel)) return [];
    return e.isDirectory() ? walk(rel) : [rel];
  });
}

/** The repository's files: tracked ones and new ones git does not ignore; every file outside a git checkout. */
function repositoryFiles(): string[] {
  if (!existsSync(path.join(ROOT, '.git'))) return walk('');
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out.split('\0').filter((f) => f !== '' && !isSkipped(f));
}

/** `file:line: text` for each line of a text file (no NUL byte) that holds an absolute path. */
function absolutePathsIn(file: string): string[] {
  const full = path.join(ROOT, file);
  if (!existsSync(full) || !lstatSync(full).isFile()) return []; // deleted in the work tree, or a link
  const bytes = readFileSync(full);
  if (bytes.includes(0)) return [];
  return bytes
    .toString('utf8')
    .split('\n')
    .flatMap((line, i) => (ABSOLUTE_PATH.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 160)}`] : []));
}

/** Writes `#` as `/` and `%` as `\`, so that this file holds no path it looks for. */
const unescape = (s: string) => s.replace(/#/g, '/').replace(/%/g, '\\');

describe('portability: no absolute path of any machine in the repository', () => {
  const rows: [string, boolean][] = [
    // [text with # for / and % for \, is an absolute path]
    ["const CORPUS = '#work#shared#corpus';", true],
    ['default #home#ann#corpus#dev', true],
    ['see `#Users#ann#corpus`', true],
    ['file:###home#ann#x.txt', true],
    ["'C:%Users%ann%corpus'", true],
    ['"D:%%data%%corpus"', true],
    ['python3 ..#shared#tools#score.py ..#shared#corpus#dev', false],
    ['https:##example.org#home#index.html', false],
    ['test#fixtures#corpus#dev', false],
    ['#usr#bin#env node', false],
    ["'Name:%s' and ~#work#notes", false],
  ];
  for (const [text, expected] of rows) {
    it(`${expected ? 'finds' : 'passes'} ${unescape(text)}`, () => assert.strictEqual(ABSOLUTE_PATH.test(unescape(text)), expected));
  }

  it('no tracked or new file names one (comments and docs included)', () => {
    const files = repositoryFiles();
    for (const f of ['package.json', 'scripts/build-topics.js', 'test/unit/portability.test.ts', 'test/fixtures/corpus/taxonomy.json']) {
      assert.ok(files.includes(f), `${f} is not among the ${files.length} files scanned`);
    }
    assert.deepStrictEqual(files.flatMap(absolutePathsIn), []);
  });
});
