/**
 * Issue 11: the old speaker-label pattern backtracked exponentially on some
 * label-like lines (`Head IN AT IN AT … ?:`, 74 bytes, took 42 s; each `IN AT`
 * more took four times as long), and the workspace index parses every .txt
 * file in the extension host. The label matcher is linear by construction;
 * these lines, built from every word list, must all parse within a generous
 * hang guard. A catastrophic regex blocks the event loop, so the batch runs in
 * a child process that is killed when the guard runs out.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { LinearResult } from './labels-linear.child';
import { hostileLines, ISSUE_LINES } from './hostileLabels';

const CHILD = path.join(__dirname, 'labels-linear.child.js');
/** For the whole batch (about 330 lines); the matcher takes well under a second. */
const HANG_GUARD_MS = 20_000;

describe('speaker labels in linear time (issue 11)', function () {
  this.timeout(4 * HANG_GUARD_MS);

  it('the batch holds the issue’s two lines and lines of up to 250 characters before the colon', () => {
    const lines = hostileLines();
    assert.deepStrictEqual(lines.slice(0, 2).map((h) => h.line), [...ISSUE_LINES]);
    assert.ok(lines.every((h) => h.line.indexOf(':') === h.line.length - 1 && h.line.length <= 251));
    assert.ok(lines.filter((h) => h.line.length >= 240).length > 250);
  });

  it('linear: every hostile line parses (parseTranscript and matchLabel) within the hang guard, with the expected turn', () => {
    const r = spawnSync(process.execPath, [CHILD], { encoding: 'utf8', timeout: HANG_GUARD_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.signal === null && r.status === 0, `the batch did not finish within ${HANG_GUARD_MS / 1000} s (signal ${r.signal}, exit ${r.status}): catastrophic backtracking?\n${r.stderr}`);
    const results = JSON.parse(r.stdout) as LinearResult[];
    const lines = hostileLines();
    assert.strictEqual(results.length, lines.length);
    lines.forEach((h, i) => {
      assert.deepStrictEqual(results[i], { label: h.name, turn: h.name }, `${h.what}: ${JSON.stringify(h.line)}`);
    });
  });
});
