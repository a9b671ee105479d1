// Entry point of the integration suite: `node out/test/integration/runTest.js`
// (after `npx tsc -p . && node esbuild.js`; `npm test` does all three).
//
// It runs the mocha suite in ./index.ts inside a real VS Code with
// @vscode/test-electron's runTests:
//   - by default in code-server's Node extension host, through
//     scripts/integration/launcher.js used as the "VS Code executable" (this
//     machine cannot download desktop VS Code; install code-server and chromium
//     once with scripts/install-code-server.sh);
//   - with TRANSCRIPT_VSCODE_EXECUTABLE=<path to a desktop VS Code / Code - OSS
//     executable>, in that desktop build instead.
// The workspace folder is a fresh copy of seeds/ in a short temporary folder
// (scripts/lib/run.js: a run of kind "workspace"), removed when this exits; a
// desktop build gets its profile there too (its IPC socket lives in it).
//
// It prints exactly one line `integration: N passed, N failed` (N counted by
// mocha inside VS Code; on a harness failure before mocha reports, `0 passed,
// 1 failed`), and exits non-zero on any failed test or harness failure.
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..', '..');
const launcher = path.join(root, 'scripts', 'integration', 'launcher.js');
const codeServerEntry = path.join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromium = process.env.TRANSCRIPT_IT_CHROMIUM || '/usr/bin/chromium';
const SUMMARY = /integration: (\d+) passed, (\d+) failed/;

interface RunDirs {
  readonly temp: string;
  readonly userData: string;
  readonly extensions: string;
}
/** What runTest uses of scripts/lib/run.js. */
interface RunLib {
  openRun(kind: string, options: { script: string }): RunDirs;
  closeRun(dirs: RunDirs): void;
  copySeeds(parent: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const run = require(path.join(root, 'scripts', 'lib', 'run.js')) as RunLib;

// The summary line printed inside VS Code reaches us through the child's stdout.
// Hold it back (and any repeat of it) and print one line at the end instead.
let summary: { passed: number; failed: number } | undefined;
const write = process.stdout.write.bind(process.stdout) as (s: string) => boolean;
let pending = '';
function filterLines(text: string, flush = false): void {
  pending += text;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  if (flush && pending) lines.push(pending);
  if (flush) pending = '';
  const out: string[] = [];
  for (const line of lines) {
    const m = SUMMARY.exec(line);
    if (m) summary = { passed: Number(m[1]), failed: Number(m[2]) };
    else out.push(line + '\n');
  }
  if (out.length) write(out.join(''));
}
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
  filterLines(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
  if (cb) cb();
  return true;
}) as typeof process.stdout.write;

function finish(exitCode: number, note?: string): never {
  filterLines('', true);
  if (note) write(`${note}\n`);
  const s = summary ?? { passed: 0, failed: 1 };
  let code = exitCode;
  if (s.failed > 0) code = code || 1;
  if (s.passed + s.failed === 0) {
    write('integration: no tests ran inside VS Code\n');
    code = code || 1;
  }
  write(`integration: ${s.passed} passed, ${s.failed} failed\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const extensionTestsPath = path.join(__dirname, 'index.js');
  for (const [file, fix] of [
    [path.join(root, 'dist', 'extension.js'), 'run `node esbuild.js` (or `npm test`)'],
    [extensionTestsPath, 'run `npx tsc -p .`'],
  ]) {
    if (!fs.existsSync(file)) finish(1, `integration: ${path.relative(root, file)} is missing: ${fix}`);
  }

  const desktop = process.env.TRANSCRIPT_VSCODE_EXECUTABLE;
  let vscodeExecutablePath: string;
  // One run per process (runs may overlap); the copies of finished runs are removed.
  const dirs = run.openRun('workspace', { script: path.basename(__filename) });
  process.on('exit', () => run.closeRun(dirs));
  const launchArgs = [run.copySeeds(dirs.temp)];
  if (desktop) {
    vscodeExecutablePath = desktop;
    launchArgs.push(
      `--user-data-dir=${dirs.userData}`,
      `--extensions-dir=${dirs.extensions}`,
      '--disable-extensions',
    );
    write(`integration: using desktop VS Code ${desktop} (TRANSCRIPT_VSCODE_EXECUTABLE)\n`);
  } else {
    if (!fs.existsSync(codeServerEntry) || !fs.existsSync(chromium)) {
      finish(
        1,
        `integration: code-server and/or chromium are not installed (${path.relative(root, codeServerEntry)}, ${chromium}).\n` +
          'integration: run scripts/install-code-server.sh once (apt + npm, about 2 minutes), ' +
          'or set TRANSCRIPT_VSCODE_EXECUTABLE to a desktop VS Code executable.',
      );
    }
    // runTests spawns the launcher directly: it needs its executable bit.
    try {
      fs.accessSync(launcher, fs.constants.X_OK);
    } catch {
      fs.chmodSync(launcher, 0o755);
    }
    vscodeExecutablePath = launcher;
  }

  let exitCode: number;
  try {
    exitCode = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs,
    });
  } catch (e) {
    const err = e as { code?: number; signal?: string; message?: string };
    exitCode = typeof err.code === 'number' && err.code !== 0 ? err.code : 1;
    if (!summary) write(`integration: the VS Code run failed: ${err.message ?? String(e)}\n`);
  }
  finish(exitCode, summary ? undefined : 'integration: VS Code did not report test results');
}

main().catch((e) => finish(1, `integration: harness error: ${(e as Error)?.stack ?? e}`));
