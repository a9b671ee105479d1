import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ROOT, SEED_MEETING, SEED_SUMMARY } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

/** How a run is made: Node options (a heap limit), a hang guard, another user. */
interface RunOptions {
  readonly node?: string[];
  /** Milliseconds before the CLI is killed (a regression that blocks fails instead of hanging the suite). */
  readonly timeout?: number;
  readonly uid?: number;
}

function runWith(options: RunOptions, ...args: string[]) {
  const r = spawnSync(process.execPath, [...(options.node ?? []), CLI, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 64 << 20, ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

function run(...args: string[]) {
  return runWith({}, ...args);
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
      role: 'Head of the Donetsk People’s Republic', name: 'Denis Pushilin', time: null,
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

  // Issue 13 §1: the decision for every line that could open a turn, with its reason (lines from the
  // formats corpus's debates: test/fixtures/formats/debates/dem-2016-01-17-nbc.txt, and prose).
  it('outline --explain says for each candidate line why it is or is not a turn', () => {
    const file = path.join(tmp, 'debate.txt');
    writeFileSync(file, [
      'HOLT: Good evening and welcome to the debate.',
      'CLINTON: Well, good evening.',
      'Second: we have to get the economy working.',
      'HOLT: Thank you. Senator Sanders, your opening statement, sir.',
      'SANDERS: Well, thank you.',
      'It also says: the wages are too low.',
      'CLINTON: Thank you.',
      'ELECTION 2016 By PBS 00:23',
      'HOLT: Senator Sanders.',
    ].join('\n') + '\n');
    const json = JSON.parse(run('outline', file, '--json', '--explain').out);
    assert.deepStrictEqual(json.turns.map((t: { line: number; label: string }) => `${t.line} ${t.label}`), ['1 HOLT', '2 CLINTON', '4 HOLT', '5 SANDERS', '7 CLINTON', '9 HOLT']);
    assert.deepStrictEqual(json.explain.map((v: { line: number; turn: boolean; reason: string }) => [v.line, v.turn, v.reason]), [
      [1, true, 'recurs as a line opener (3 times)'],
      [2, true, 'recurs as a line opener (2 times)'],
      [3, false, '"Second" is a word of prose'],
      [4, true, 'recurs as a line opener (3 times)'],
      [5, true, 'once, in the style of the document\'s 6 caps labels'],
      [6, false, '"It" is a word of prose'],
      [7, true, 'recurs as a line opener (2 times)'],
      [8, false, 'a number of more than three digits'],
      [9, true, 'recurs as a line opener (3 times)'],
    ]);
    const table = run('outline', file, '--explain');
    assert.strictEqual(table.code, 0, table.err);
    assert.match(table.out, /^3 +no +Second +"Second" is a word of prose$/m);
    assert.match(table.out, /^5 +yes +SANDERS +once, in the style/m);
  });

  // Issue 13 §2: a style can be forced; auto reports the style the document showed.
  it('outline --style=ID forces a label style, and the JSON says which style the turns show', () => {
    const file = path.join(tmp, 'briefing.txt');
    // Lines of test/fixtures/formats/briefings/wh-2022-03-07-psaki.txt (U+00A0 after Q, as on the site).
    writeFileSync(file, [
      'MS. PSAKI:  Hi, everyone.  Okay.',
      'Q\u00a0\u00a0\u00a0 Thanks, Jen.  Three questions.',
      'MS. PSAKI:  Sure.',
      'Q\u00a0\u00a0\u00a0 And on Russia?',
      'MS. PSAKI:  Well, we have said it before.',
    ].join('\n') + '\n');
    const auto = JSON.parse(run('outline', file, '--json').out);
    assert.strictEqual(auto.labelStyle, 'briefing');
    assert.deepStrictEqual(auto.turns.map((t: { label: string }) => t.label), ['MS. PSAKI', 'Q', 'MS. PSAKI', 'Q', 'MS. PSAKI']);
    const names = JSON.parse(run('outline', file, '--json', '--style=dialogue').out);
    // Forced to dialogue labels, the Q lines are speech; the remaining labels are the grammar's.
    assert.strictEqual(names.labelStyle, 'names');
    assert.deepStrictEqual(names.turns.map((t: { label: string }) => t.label), ['MS. PSAKI', 'MS. PSAKI', 'MS. PSAKI']);
    const bad = run('outline', file, '--style=poetry');
    assert.strictEqual(bad.code, 1);
    assert.match(bad.err, /unknown label style "poetry" \(one of auto, names, dialogue, briefing, subtitles, timestamped\)/);
    assert.strictEqual(JSON.parse(run('outline', SEED_MEETING, '--json').out).labelStyle, 'names');
  });

  it('outline without --json prints a readable table', () => {
    const r = run('outline', SEED_MEETING);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /17 turns by 5 speakers/);
    assert.match(r.out, /^127\s+127\s+Mikhail Kotyukov\s+Krasnoyarsk Territory Governor Mikhail Kotyukov$/m);
    // No turn has a time: no time column.
    assert.match(r.out, /^line\s+end\s+speaker\s+label$/m);
  });

  // Issue 13 §4. Lines from the formats corpus, podcast/changelog-afk-1 (Changelog, CC BY-SA 4.0); the label alone with a time line after it is constructed.
  const PODCAST = [
    "Tim Smith: [01:46] Describing what Jason Snell does really can't be done with one word.",
    '',
    "Jason Snell: Well, it's both, right? I mean, you have to do it.",
    '',
    'Break: [11:37]',
    '',
    'Tim Smith:',
    '1:02:03',
    'One of the things that I heard you say a few different times is the fact that you go for a walk.',
    '',
  ].join('\n');

  it('outline --json gives each turn its time as written, or null', () => {
    const file = path.join(tmp, 'podcast.txt');
    writeFileSync(file, PODCAST);
    const json = JSON.parse(run('outline', file, '--json').out);
    assert.deepStrictEqual(json.turns.map((t: { label: string; time: string | null }) => [t.label, t.time]), [['Tim Smith', '01:46'], ['Jason Snell', null], ['Tim Smith', '1:02:03']]);
  });

  it('outline as a table has a time column when some turn has a time', () => {
    const file = path.join(tmp, 'podcast-table.txt');
    writeFileSync(file, PODCAST);
    const lines = run('outline', file).out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('line'));
    assert.deepStrictEqual(lines.slice(head, head + 4).map((l) => l.trimEnd()), [
      'line  end   time     speaker      label',
      '1     1     01:46    Tim Smith    Tim Smith',
      '3     5              Jason Snell  Jason Snell',
      '7     9     1:02:03  Tim Smith    Tim Smith',
    ]);
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

  it('a UTF-16 file with a BOM, and a file with CRs alone, give the same JSON as the plain file', () => {
    const plain = run('outline', SEED_MEETING, '--json').out;
    const text = readFileSync(path.join(ROOT, SEED_MEETING), 'utf8');
    const rows: [string, Buffer][] = [
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
      ['cr.txt', Buffer.from(text.replace(/\n/g, '\r'))],
    ];
    for (const [name, bytes] of rows) {
      writeFileSync(path.join(tmp, name), bytes);
      const r = run('outline', path.join(tmp, name), '--json');
      assert.strictEqual(r.err, '', name);
      assert.strictEqual(r.out, plain, name);
    }
  });
});

describe('CLI transcript-nav: files that are not plain readable files', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'transcript-nav-files-'));
  const at = (...parts: string[]) => path.join(dir, ...parts);
  const seed = readFileSync(path.join(ROOT, SEED_MEETING));
  // As root, chmod 000 does not stop reads: the CLI then runs as `nobody` (uid 65534), who must reach the folder.
  const asRoot = process.getuid?.() === 0;
  const options: RunOptions = { timeout: 30_000, uid: asRoot ? 65534 : undefined };
  chmodSync(dir, 0o755);
  writeFileSync(at('a.txt'), seed);
  mkdirSync(at('folder.txt'));
  writeFileSync(at('folder.txt', 'b.txt'), seed);
  symlinkSync('missing.txt', at('dangling.txt'));
  symlinkSync('loop.txt', at('loop.txt'));
  execFileSync('mkfifo', [at('pipe.txt')]);
  writeFileSync(at('locked.txt'), seed);
  chmodSync(at('locked.txt'), 0o000);

  const outlines: [string, string][] = [
    ['dangling.txt', 'broken symbolic link (its target does not exist)'],
    ['loop.txt', 'symbolic link loop (too many levels of symbolic links)'],
    ['pipe.txt', 'is a named pipe (FIFO), not a regular file'],
    ['folder.txt', 'is a directory, not a file'],
    ['locked.txt', 'permission denied'],
  ];
  for (const [name, reason] of outlines) {
    it(`outline ${name}: "${reason}" on one line, exit code 2`, () => {
      const r = runWith(options, 'outline', at(name));
      assert.strictEqual(r.signal, null, 'the CLI did not block');
      assert.deepStrictEqual([r.code, r.err, r.out], [2, `transcript-nav: ${at(name)}: ${reason}\n`, '']);
    });
  }

  it('index reports each file it skips, with the reason, and indexes the rest (exit code 0)', () => {
    const r = runWith(options, 'index', dir, '--json');
    assert.strictEqual(r.signal, null, 'the CLI did not block');
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(r.err.split('\n'), [
      `transcript-nav: ${at('dangling.txt')}: broken symbolic link (its target does not exist)`,
      `transcript-nav: ${at('locked.txt')}: permission denied`,
      `transcript-nav: ${at('loop.txt')}: symbolic link loop (too many levels of symbolic links)`,
      `transcript-nav: ${at('pipe.txt')}: is a named pipe (FIFO), not a regular file`,
      '',
    ]);
    assert.deepStrictEqual(JSON.parse(r.out).files.map((f: { file: string; speakers: unknown[] }) => [f.file, f.speakers.length]), [['a.txt', 5], [path.join('folder.txt', 'b.txt'), 5]]);
  });
});

describe('CLI transcript-nav: big inputs', function () {
  this.timeout(600_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'transcript-nav-big-'));

  it('outline as a table of 130,000 turns (no stack overflow), with a 256 MB heap', () => {
    const file = path.join(dir, 'turns.txt');
    writeFileSync(file, 'Vladimir Putin: Thank you.\n\n'.repeat(130_000));
    const r = runWith({ node: ['--max-old-space-size=256'], timeout: 300_000 }, 'outline', file);
    assert.strictEqual(r.code, 0, r.err.slice(0, 500));
    assert.match(r.out, /^130000 turns by 1 speakers$/m);
    assert.match(r.out, /^259999 +259999 +Vladimir Putin +Vladimir Putin$/m);
  });

  // Issue 11 item 8: a text of one-word lines, where the model is most of the memory. The parse
  // needs about 190 bytes of heap per line; topics used to add about 190 more (objects per
  // paragraph and a line table: 3 GB ran out on 32 MiB), now about 20 (typed arrays). The heap
  // limit, 96 MB per MiB of text, lies between the two. 32 MiB (11 million lines, some 25 s
  // and 2.5 GB resident) only with TRANSCRIPT_BIG=1; 8 MiB (768 MB heap, which also ran out
  // before) otherwise.
  const mib = process.env.TRANSCRIPT_BIG === '1' ? 32 : 8;
  it(`topics of ${mib} MiB of "X:" lines, with a ${mib * 96} MB heap`, () => {
    const file = path.join(dir, 'x-lines.txt');
    const lines = Math.floor((mib << 20) / 3);
    writeFileSync(file, ('X:' + '\n').repeat(lines));
    const r = runWith({ node: [`--max-old-space-size=${mib * 96}`], timeout: 600_000 }, 'topics', file);
    assert.strictEqual(r.code, 0, r.err.slice(0, 500));
    // The first line is the title; every other line is a paragraph of one word, no keyword: one General segment.
    assert.deepStrictEqual(r.out.split('\n').slice(1), [`2      ${lines} -     ${lines - 1} General`, '', `1 segments; topics by words: General ${lines - 1}`, '']);
  });
});
