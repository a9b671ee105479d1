import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { FileSystem, nodeFileSystem, NotRegularError, readTextFile, transcriptFiles } from '../../src/node/files';

/** A failure of a file-system call, as Node reports it. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/**
 * The real file system, except that opening a file for reading fails: as root, a chmod 000
 * file is readable, so a test cannot make one; and a FIFO must never be opened at all.
 */
function failingReads(code: string): FileSystem & { opened: string[] } {
  const opened: string[] = [];
  return {
    ...nodeFileSystem,
    opened,
    readRegularFile(p: string) {
      opened.push(p);
      throw errno(code);
    },
  };
}

describe('files: reading transcripts from disk without exceptions or blocking', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'transcript-files-'));
  const at = (...parts: string[]) => path.join(dir, ...parts);
  writeFileSync(at('a.txt'), 'Vladimir Putin: Good afternoon.\n');
  writeFileSync(at('notes.md'), 'not a transcript name');
  mkdirSync(at('folder.txt'));
  writeFileSync(at('folder.txt', 'b.transcript'), 'Denis Pushilin: Thank you.\n');
  symlinkSync('missing.txt', at('dangling.txt'));
  symlinkSync('loop.txt', at('loop.txt'));
  symlinkSync('missing.md', at('dangling.md'));
  symlinkSync('folder.txt', at('link-to-folder'));
  symlinkSync('..', at('folder.txt', 'up'));
  execFileSync('mkfifo', [at('pipe.txt')]);
  mkdirSync(at('.hidden'));
  writeFileSync(at('.hidden', 'c.txt'), 'hidden');

  const reads: [string, string, RegExp | string][] = [
    // [what, path, the reason it is refused, or the text]
    ['a regular file', 'a.txt', 'Vladimir Putin: Good afternoon.\n'],
    ['a missing file', 'none.txt', /^no such file$/],
    ['a path through a file', 'a.txt/x.txt', /^no such file \(a part of the path is not a directory\)$/],
    ['a broken symbolic link', 'dangling.txt', /^broken symbolic link/],
    ['a symbolic link loop', 'loop.txt', /^symbolic link loop/],
    ['a directory named *.txt', 'folder.txt', /^is a directory, not a file$/],
    ['a FIFO named *.txt', 'pipe.txt', /^is a named pipe \(FIFO\), not a regular file$/],
  ];
  for (const [what, name, expected] of reads) {
    it(`readTextFile: ${what}`, () => {
      // Opening anything but a.txt fails loudly here (it would block on the FIFO): only a regular file may be opened.
      const fsys = { ...nodeFileSystem, readRegularFile: (p: string) => (p === at('a.txt') ? nodeFileSystem.readRegularFile(p) : assert.fail(`opened ${p}`)) };
      const r = readTextFile(at(name), fsys);
      if (typeof expected === 'string') assert.deepStrictEqual(r, { ok: true, text: expected });
      else assert.match(r.ok ? '(read)' : r.reason, expected);
    });
  }

  it('readTextFile: a file that cannot be opened (permission denied), a read error', () => {
    assert.deepStrictEqual(readTextFile(at('a.txt'), failingReads('EACCES')), { ok: false, reason: 'permission denied' });
    assert.deepStrictEqual(readTextFile(at('a.txt'), failingReads('EIO')), { ok: false, reason: 'cannot read it (EIO)' });
  });

  it('readTextFile: a path that stops being a regular file between the check and the open', () => {
    const fsys = { ...nodeFileSystem, readRegularFile: () => { throw new NotRegularError(statSync(dir)); } };
    assert.deepStrictEqual(readTextFile(at('a.txt'), fsys), { ok: false, reason: 'is a directory, not a file' });
  });

  it('transcriptFiles: every transcript name, each readable file once, the others with a reason, nothing opened', () => {
    const fsys = failingReads('EACCES');
    const found = transcriptFiles(dir, fsys).map((f) => [path.relative(dir, f.path), f.reason ?? '']);
    assert.deepStrictEqual(found, [
      ['a.txt', ''],
      ['dangling.txt', 'broken symbolic link (its target does not exist)'],
      ['folder.txt/b.transcript', ''],
      ['loop.txt', 'symbolic link loop (too many levels of symbolic links)'],
      ['pipe.txt', 'is a named pipe (FIFO), not a regular file'],
    ]);
    assert.deepStrictEqual(fsys.opened, []);
  });

  it('transcriptFiles: a folder that cannot be listed is reported, the rest is walked', () => {
    const fsys = { ...nodeFileSystem, readdir: (p: string) => (p.endsWith('folder.txt') ? assert.fail(errno('EACCES')) : nodeFileSystem.readdir(p)) };
    const found = transcriptFiles(dir, fsys).map((f) => [path.relative(dir, f.path), f.reason ?? '']);
    assert.deepStrictEqual(found.filter(([p]) => p.startsWith('folder') || p === 'link-to-folder'), [['folder.txt', 'permission denied']]);
  });
});
