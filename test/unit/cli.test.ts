import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ROOT, SEED_MEETING, SEED_SUMMARY } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI transcript-nav (the bundled dist/cli.js)', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'transcript-nav-'));

  it('outline --json prints header, turns and speakers of the first seed', () => {
    const r = run('outline', SEED_MEETING, '--json');
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(json.header, { title: 'Meeting with newly elected regional heads', date: 'September 28, 2023', time: null, place: 'The Kremlin, Moscow' });
    assert.strictEqual(json.turns.length, 17);
    assert.deepStrictEqual(json.turns[3], {
      line: 77, endLine: 77, label: 'Head of\u00a0the\u00a0Donetsk People’s Republic Denis Pushilin', speaker: 'Denis Pushilin',
      role: 'Head of the Donetsk People’s Republic', name: 'Denis Pushilin',
    });
    assert.deepStrictEqual(json.speakers.map((s: { name: string; turns: number }) => [s.name, s.turns]), [
      ['Vladimir Putin', 9], ['Sergei Sobyanin', 1], ['Denis Pushilin', 2], ['Leonid Pasechnik', 3], ['Mikhail Kotyukov', 2],
    ]);
    // The key is the speaker's shortest label: Mr Sobyanin has only his role + name label.
    assert.deepStrictEqual(json.speakers.map((s: { key: string }) => s.key), [
      'Vladimir Putin', 'Moscow Mayor Sergei Sobyanin', 'Denis Pushilin', 'Leonid Pasechnik', 'Mikhail Kotyukov',
    ]);
    assert.deepStrictEqual(json.speakers[2].labels, ['Head of\u00a0the\u00a0Donetsk People’s Republic Denis Pushilin', 'Denis Pushilin']);
  });

  it('outline --json of the summary seed: header with time, no turns', () => {
    const json = JSON.parse(run('outline', SEED_SUMMARY, '--json').out);
    assert.deepStrictEqual(json.header, { title: 'Meeting with Smolensk Region Governor Vasily Anokhin', date: 'September 10, 2025', time: '14:10', place: 'The Kremlin, Moscow' });
    assert.deepStrictEqual(json.turns, []);
  });

  it('outline without --json prints a readable table', () => {
    const r = run('outline', SEED_MEETING);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /17 turns by 5 speakers/);
    assert.match(r.out, /^127\s+127\s+Mikhail Kotyukov\s+Krasnoyarsk Territory Governor Mikhail Kotyukov$/m);
  });

  it('a missing file: one line on stderr, exit code 2', () => {
    const r = run('outline', 'no/such/file.txt', '--json');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.out, '');
    assert.match(r.err, /^transcript-nav: no\/such\/file\.txt: no such file\n$/);
  });

  it('a binary file: one line on stderr, exit code 2', () => {
    const file = path.join(tmp, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = run('outline', file);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /binary/);
    assert.strictEqual(r.err.trim().split('\n').length, 1);
  });

  it('a directory: exit code 2', () => {
    assert.strictEqual(run('outline', tmp).code, 2);
  });

  it('a BOM and CRLF give the same JSON as the plain file', () => {
    const file = path.join(tmp, 'bom-crlf.txt');
    const plain = run('outline', SEED_MEETING, '--json').out;
    writeFileSync(file, '\ufeff' + require('fs').readFileSync(path.join(ROOT, SEED_MEETING), 'utf8').replace(/\n/g, '\r\n'));
    assert.strictEqual(run('outline', file, '--json').out, plain);
  });

  it('an empty file gives an empty outline', () => {
    const file = path.join(tmp, 'empty.txt');
    writeFileSync(file, '');
    const r = run('outline', file, '--json');
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(JSON.parse(r.out).turns, []);
  });

  it('usage errors exit 1 with the usage text', () => {
    for (const args of [[], ['frobnicate'], ['outline'], ['outline', SEED_MEETING, '--bogus']]) {
      const r = run(...args);
      assert.strictEqual(r.code, 1, args.join(' '));
      assert.match(r.out + r.err, /Usage: transcript-nav/);
    }
    assert.strictEqual(run('--help').code, 0);
  });
});
