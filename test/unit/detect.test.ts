import * as assert from 'assert';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'fs';
import * as path from 'path';
import { DETECT_PREFIX_CHARS, detectionPrefix, looksLikeTranscript, transcriptEvidence } from '../../src/core/parse';
import { CORPUS } from './corpusFixture';
import { readRepoFile, ROOT, SEED_MEETING, SEED_SUMMARY } from './helpers';
import { lineReader, testParser } from './service';

/** Why a text counts as a transcript ('dialogue', 'dated header'), or 'none'. */
function evidence(text: string): string {
  const prefix = detectionPrefix(text);
  return transcriptEvidence(testParser.parse(prefix), lineReader(prefix)) ?? 'none';
}

/** The `.txt` pages of a corpus folder. */
function pages(folder: string): string[] {
  const dir = path.join(CORPUS, folder);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** The files of the folder with these names, walked to any depth (symbolic links are not followed). */
function walk(dir: string, wanted: (name: string) => boolean, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, wanted, out);
    else if (e.isFile() && wanted(e.name)) out.push(p);
  }
  return out;
}

/** The start of a file that detection reads (at most DETECT_PREFIX_CHARS UTF-16 units need at most 3 bytes each). */
function readPrefix(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(DETECT_PREFIX_CHARS * 3);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0)).slice(0, DETECT_PREFIX_CHARS);
  } finally {
    closeSync(fd);
  }
}

describe('auto-detection: transcripts and dated summaries switch', () => {
  it('every transcript of the development corpus shows a dialogue', () => {
    const files = pages('dev');
    assert.ok(files.length >= 100, `${files.length} pages`);
    const missed = files.filter((f) => evidence(readFileSync(f, 'utf8')) !== 'dialogue').map((f) => path.basename(f));
    assert.deepStrictEqual(missed, []);
  });

  it('every news page of the development corpus switches by its dated header', () => {
    const files = pages('dev-news');
    assert.ok(files.length >= 30, `${files.length} pages`);
    const missed = files.filter((f) => evidence(readFileSync(f, 'utf8')) !== 'dated header').map((f) => path.basename(f));
    assert.deepStrictEqual(missed, []);
  });

  it('the seeds: the meeting by its dialogue, the summary (no speakers) by its dated header', () => {
    assert.strictEqual(evidence(readRepoFile(SEED_MEETING)), 'dialogue');
    assert.strictEqual(evidence(readRepoFile(SEED_SUMMARY)), 'dated header');
    assert.strictEqual(looksLikeTranscript(readRepoFile(SEED_SUMMARY), undefined, testParser), true);
  });

  const cases: [string, string, string][] = [
    ['three turns, the speaker changing twice', 'Vladimir Putin: Good afternoon.\nResponse: In 2006.\nVladimir Putin: Thank you.\n', 'dialogue'],
    ['labels alone on their lines, the speech below', 'Jerod Santo:\nWelcome to the show, everyone.\n\nAdam Stacoviak:\nGlad to be here again.\n\nJerod Santo:\nLet us begin.\n', 'dialogue'],
    ['a dated header with a place, then prose',
      'Meeting with the Governor\nMarch 3, 2021, The Kremlin, Moscow\n\nVladimir Putin held a working meeting with the Governor of the region on its economy.\n\n' +
      'The Governor reported on progress in healthcare, housing and the construction of new schools in the region.\n', 'dated header'],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.strictEqual(evidence(text), expected));
});

describe('auto-detection: ordinary text never switches', () => {
  it('no LICENSE, README, CHANGELOG, .md or .txt file under node_modules', () => {
    const files = walk(path.join(ROOT, 'node_modules'), (n) => /^(LICEN[CS]E|README|CHANGELOG)|\.(md|txt)$/i.test(n));
    assert.ok(files.length >= 300, `${files.length} files`);
    const offending = files.filter((f) => evidence(readPrefix(f)) !== 'none').map((f) => path.relative(ROOT, f));
    assert.deepStrictEqual(offending, []);
  });

  const cases: [string, string][] = [
    ['log levels as labels', 'INFO: Server started on port 8080\nWARNING: Disk usage at 91 percent\nERROR: Connection refused by the host\nINFO: Retrying in five seconds\nERROR: Connection refused by the host\n'],
    ['a Python traceback (exception names are identifiers, not speakers)',
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\nValueError: invalid literal for int()\nDuring handling of the above exception, another exception occurred:\n' +
      'TypeError: unsupported operand type(s)\nRuntimeError: the worker stopped\nValueError: invalid literal again\n'],
    ['a git log', 'commit 3f2a9c1d\nAuthor: Jane Smith <jane@example.org>\nDate:   Mon Mar 1 10:00:00 2021\n\n    Fix the parser\n\ncommit 8b1e0f4a\nAuthor: John Doe <john@example.org>\nDate:   Sun Feb 28 09:12:44 2021\n\n    Add folding\n'],
    ['mail headers', 'From: Jane Smith <jane@example.org>\nTo: John Doe <john@example.org>\nSubject: Minutes\n\nThank you for the minutes.\n\nFrom: John Doe <john@example.org>\nTo: Jane Smith <jane@example.org>\nSubject: Re: Minutes\n\nGood.\n'],
    ['a syslog', 'Mar  3 12:00:01 host sshd[123]: Accepted publickey for alice\nMar  3 12:00:05 host CRON[456]: (root) CMD (run-parts)\nMar  3 12:02:10 host sshd[789]: Connection closed\n'],
    ['prose with colons', 'The committee met on Tuesday. Here is my question: why was the budget late?\nSecond: the minutes were never circulated.\nListen: you and your readers deserve an answer.\nMr Smith said he was not satisfied.\n'],
    ['fields and notes in a README', 'Setup\n\nNote: this guide assumes Node 20.\nWarning: the build deletes the output folder.\nExample: npm run build\nNote: logs are kept for seven days.\n'],
    ['a person list with fingerprints (labels without speech)', 'Keys:\n\nRichard Levitte:\n7953 AC1F BC3D C8B3 B292 393E D5E9 E43F\n\nMatt Caswell:\n8657 ABB2 60F0 56B1 E519 0839 D9C4 D26D\n\nPaul Dale:\nB7C1 C143 60F3 53A3 6862 E4D5 231C 84CD\n\nRichard Levitte:\nBA54 73A2 B058 7B07 FB27 CF2D 2160 94DF\n'],
    ['web sites and lists after labels', 'WEB SITE:\n\thttp://pulseaudio.org/\n\nMAILING LIST:\n\thttp://lists.example.org/\n\nGIT COMMITS:\n\t* every commit\n\nWEB SITE:\n\thttp://example.org/\n'],
    ['the same label over and over (no dialogue)', 'Comment: Debian package is built against libunistring.\nComment: On Debian systems the licence is in /usr/share.\nComment: Based on my code in libgcrypt.\nComment: See the upstream site.\n'],
    ['a letter with a bare date and a salutation', '14 Elm Street\nMarch 3, 2021\n\nDear Sir,\n\nI am writing to complain about the noise from the building site next to my house, which starts at six.\n\n' +
      'I have asked the foreman twice to respect the hours set by the council, but nothing has changed since last month.\n'],
    ['a dated changelog (lists, not prose)', 'Release notes\nMarch 3, 2021, version 2.0\n\n* Fixed the parser for labels without a colon in long files\n* Added folding of the header and of every turn in the file\n* Removed the old settings\n'],
    ['a short exchange at the end of a long text', `${'This paragraph is ordinary prose about the weather and the garden.\n\n'.repeat(30)}Anna Ivanova: Hello there.\nIvan Petrov: Hello, Anna.\nAnna Ivanova: Goodbye.\n`],
  ];
  for (const [name, text] of cases) it(name, () => assert.strictEqual(evidence(text), 'none'));
});

describe('auto-detection reads only the start of a text', () => {
  it('a transcript after 256 KB of prose is not looked at', () => {
    const prose = 'Plain prose without any speaker in it, repeated to fill the start of the file.\n'.repeat(Math.ceil(DETECT_PREFIX_CHARS / 70));
    const text = prose + 'Anna Ivanova: Hello there.\nIvan Petrov: Hello, Anna.\nAnna Ivanova: Goodbye.\n'.repeat(1000);
    assert.ok(detectionPrefix(text).length <= DETECT_PREFIX_CHARS);
    assert.strictEqual(looksLikeTranscript(text, undefined, testParser), false);
  });
});
