import * as assert from 'assert';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { ROOT } from './helpers';

/** What `npm run package` does not stage (scripts/e2e/package.js), and the build output, made afresh there. */
const NOT_STAGED = new Set(['.git', 'node_modules', '.vscode-test', 'out', 'dist']);

/** The repository's files below `dir`, relative to the root, with `/` (as vsce lists them). */
function repositoryFiles(dir = ROOT, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (prefix === '' && NOT_STAGED.has(e.name)) return [];
    if (e.isDirectory()) return repositoryFiles(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.isFile() ? [`${prefix}${e.name}`] : [];
  });
}

/**
 * The files vsce would put in the .vsix, from vsce's own rules (its defaults and our
 * .vscodeignore), over a copy of the repository's file names (empty files, the real
 * package.json and .vscodeignore) with the bundles the package step builds. Offline.
 */
async function packagedFiles(files: readonly string[]): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'transcript-packaging-'));
  try {
    for (const f of [...files, 'dist/extension.js', 'dist/cli.js']) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), '');
    }
    for (const f of ['package.json', '.vscodeignore']) copyFileSync(path.join(ROOT, f), path.join(dir, f));
    return (await listFiles({ cwd: dir, packageManager: PackageManager.None })).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('packaging: the .vsix holds the runtime files and no test fixture', () => {
  const files = repositoryFiles();
  let packaged: string[];
  before(async function () {
    this.timeout(60000); // loading vsce and listing some 800 files: a few seconds on a slow machine
    packaged = await packagedFiles(files);
  });

  it('sees the fixtures that must not ship (formats/court is CC BY-NC, formats/timestamped has no licence)', () => {
    for (const folder of ['test/fixtures/formats/court/', 'test/fixtures/formats/timestamped/', 'test/fixtures/corpus/', 'test/fixtures/kremlin/']) {
      assert.ok(files.some((f) => f.startsWith(folder)), `no file under ${folder}`);
    }
  });

  it('leaves out everything under test/, src/, scripts/ and seeds/', () => {
    assert.deepStrictEqual(packaged.filter((f) => /^(test|src|scripts|seeds)\//.test(f)), []);
  });

  it('keeps the bundle, the manifest and the grammar', () => {
    for (const f of ['dist/extension.js', 'dist/cli.js', 'package.json', 'syntaxes/transcript.tmLanguage.json']) assert.ok(packaged.includes(f), `${f} is not packaged: ${packaged.join(', ')}`);
  });
});
