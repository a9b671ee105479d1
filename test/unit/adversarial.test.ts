import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { countTurnWords, parseTranscript } from './service';
import { readRepoFile, ROOT, SEED_MEETING } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'transcript-adversarial-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A deterministic pseudo-random byte stream (no Math.random: tests repeat exactly). */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

describe('adversarial input', function () {
  this.timeout(120_000);

  it('a 1 MB single line of "A A A … :" parses (no catastrophic backtracking) to no turn', () => {
    const model = parseTranscript('A '.repeat(500_000) + ':');
    assert.strictEqual(model.turns.length, 0);
  });

  it('a 1 MB line that starts like a label parses to one turn', () => {
    const text = 'Title\n\nVladimir Putin: ' + 'word '.repeat(200_000) + '\n';
    const model = parseTranscript(text);
    assert.strictEqual(model.turns.length, 1);
    assert.strictEqual(countTurnWords(text, model).turns[0], 200_000);
  });

  it('the CLI parses the 1 MB colon line and exits 0', () => {
    const file = path.join(tmp, 'colon-line.txt');
    writeFileSync(file, 'A '.repeat(500_000) + ':');
    const r = cli('outline', file, '--json');
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(JSON.parse(r.out).turns, []);
  });

  it('a 2 MB binary file: the CLI says it is not text and exits 2', () => {
    const file = path.join(tmp, 'random.bin');
    writeFileSync(file, bytes(2 * 1024 * 1024, 7));
    const r = cli('outline', file, '--json');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.out, '');
    assert.match(r.err, /not (UTF-8 )?text|binary/);
  });

  it('binary data given to the parser as text gives a sensible result, no crash', () => {
    const model = parseTranscript(bytes(2 * 1024 * 1024, 9).toString('latin1'));
    assert.ok(model.turns.length >= 0);
  });

  it('a file with only website chrome has no header and no turns', () => {
    const model = parseTranscript('View settings\n\nFont size:\nSite colours:\n\nOfficial website of the President of Russia\n\nEvents\n');
    assert.strictEqual(model.turns.length, 0);
    assert.strictEqual(model.header.title, undefined);
    assert.ok(model.paragraphs.every((p) => p.kind === 'chrome'));
  });

  it('100,000 one-word turns: every turn found, two speakers', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'Vladimir Putin: Yes.' : 'Question: Why?')).join('\n');
    const model = parseTranscript('Title\n\n' + body + '\n');
    assert.strictEqual(model.turns.length, 100_000);
    assert.deepStrictEqual(model.speakers.map((s) => [s.key, s.turns.length]), [['Question', 50_000], ['Vladimir Putin', 50_000]]);
  });

  it('100,000 distinct one-word-speech speakers are grouped without quadratic work', () => {
    const letters = (i: number) => [0, 1, 2, 3].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
    const names = Array.from({ length: 100_000 }, (_, i) => `Ivan Petrov${letters(i)}: Yes.`);
    const model = parseTranscript('Title\n\n' + names.join('\n') + '\n');
    assert.strictEqual(model.turns.length, 100_000);
    assert.strictEqual(model.speakers.length, 100_000);
  });

  it('a 50 MB transcript in the CLI works and reports its memory with --stats', () => {
    const seed = readRepoFile(SEED_MEETING);
    const body = seed.slice(seed.indexOf('President of'));
    const file = path.join(tmp, 'fifty.txt');
    const copies = Math.ceil((50 * 1024 * 1024) / body.length);
    writeFileSync(file, 'A long transcript\n\n' + body.repeat(copies));
    const r = cli('outline', file, '--json', '--stats');
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.strictEqual(json.turns.length, 17 * copies);
    assert.match(r.err, /parsed [\d.]+ MB .* heap [\d.]+ MB/);
  });
});
