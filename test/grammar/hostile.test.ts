/**
 * Issue 11 in the editor: the TextMate grammar's speaker-label pattern is run
 * by Oniguruma, a backtracking engine too, on every line VS Code tokenises.
 * Oniguruma gives up a match after a retry limit and reports none: on the old
 * pattern that was about 0.2 s of work per hostile line, and a label found only
 * after the search (`Head IN AT … IN King Abdullah:`) lost its colours.
 * Generated from the same tree as the parser's matcher, the pattern now gives
 * each word of a role one reading, so the hostile batch (built from every word
 * list) tokenises quickly and correctly. The batch runs in a child process
 * killed by a generous hang guard (a stuck regex cannot be interrupted inside
 * the process).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { hostileLines } from '../unit/hostileLabels';
import type { HostileTokens } from './hostile.child';

const CHILD = path.join(__dirname, 'hostile.child.js');
/** For the whole batch (about 300 lines of up to 250 characters). */
const HANG_GUARD_MS = 20_000;

describe('grammar: hostile label lines tokenise in bounded time (issue 11)', function () {
  this.timeout(4 * HANG_GUARD_MS);

  it('linear: every hostile line tokenises within the hang guard; only the lines that end in a name are labels', () => {
    const r = spawnSync(process.execPath, [CHILD], { encoding: 'utf8', timeout: HANG_GUARD_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(r.signal === null && r.status === 0, `tokenising did not finish within ${HANG_GUARD_MS / 1000} s (signal ${r.signal}, exit ${r.status}): catastrophic backtracking?\n${r.stderr}`);
    const results = JSON.parse(r.stdout) as HostileTokens[];
    const lines = hostileLines();
    assert.strictEqual(results.length, lines.length);
    lines.forEach((h, i) => {
      assert.deepStrictEqual(results[i], { label: h.name !== null, name: h.scopedName ?? h.name }, `${h.what}: ${JSON.stringify(h.line)}`);
    });
  });
});
