/**
 * The harness that runs a real VS Code (scripts/lib/run.js, scripts/lib/codeServer.js,
 * scripts/start.js): profiles and sockets in a short temporary folder whatever the
 * checkout's path, removed on exit; one set of quiet settings with auto-save off;
 * a port that nothing else holds; `npm start` on a copy of the seeds.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers';

interface RunDirs {
  readonly run: string;
  readonly logs: string;
  readonly temp: string;
  readonly userData: string;
  readonly extensions: string;
  readonly tmp: string;
  readonly xdgConfig: string;
  readonly xdgData: string;
  readonly xdgCache: string;
}
interface RunOptions {
  script?: string;
  root?: string;
  tmpdir?: string;
}
interface RunLib {
  shortTempBase(tmpdir: string): string;
  openRun(kind: string, options: RunOptions): RunDirs;
  closeRun(dirs: RunDirs, options?: { keepLogs?: boolean }): void;
  cleanStaleRuns(runsDir: string, script: string): void;
}
interface CodeServerLib {
  QUIET_SETTINGS: Record<string, unknown>;
  writeUserSettings(dirs: RunDirs, extra?: Record<string, unknown>): string;
  choosePort(preferred?: number): Promise<number>;
  portIsFree(port: number): Promise<boolean>;
  announcedPort(logText: string): number | undefined;
}
interface StartLib {
  preferredPort(env: Record<string, string | undefined>): number;
  prepareStart(options: RunOptions): { dirs: RunDirs; folder: string };
}

/* eslint-disable @typescript-eslint/no-require-imports */
const RUN_JS = path.join(ROOT, 'scripts', 'lib', 'run.js');
const run = require(RUN_JS) as RunLib;
const cs = require(path.join(ROOT, 'scripts', 'lib', 'codeServer.js')) as CodeServerLib;
const start = require(path.join(ROOT, 'scripts', 'start.js')) as StartLib;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The Linux limit of a Unix socket path (sun_path is 108 bytes with the NUL). */
const SOCKET_PATH_MAX = 107;
/** The longest name VS Code gives a socket in TMPDIR: vscode-ipc-<uuid>.sock. */
const IPC_SOCKET = 'vscode-ipc-0e3f3a7c-6e8a-4a4e-9d2b-5b7c1f0a9e21.sock';

/** A real folder whose path is `length` characters long (like a clone in a deep folder). */
function deepFolder(parent: string, length: number): string {
  let dir = parent;
  while (dir.length + 31 < length) dir = path.join(dir, 'a-folder-of-a-deep-checkout-xx');
  dir = path.join(dir, 'c'.repeat(length - dir.length - 1));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A fake checkout: a long path with a seeds/ folder of two files. */
function fakeCheckout(parent: string): string {
  const root = deepFolder(parent, 140);
  fs.mkdirSync(path.join(root, 'seeds'));
  fs.writeFileSync(path.join(root, 'seeds', 'one.txt'), 'Vladimir Putin: Good afternoon.\r\n');
  fs.writeFileSync(path.join(root, 'seeds', 'two.txt'), 'Sergei Sobyanin: Thank you.\n');
  return root;
}

/** Listens on `host`:0 and resolves the server with its port. */
function listen(host?: string): Promise<{ server: net.Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => resolve({ server, port: (server.address() as net.AddressInfo).port }));
  });
}

describe('harness: a real VS Code run from any checkout path, leaving the repository alone', () => {
  let scratch = '';
  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tn-harness-test-'));
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  describe('short temporary folder', () => {
    const longTmp = '/tmp/' + 'x'.repeat(100);
    for (const [tmpdir, expected] of [
      ['/tmp', '/tmp'],
      ['/var/tmp', '/var/tmp'],
      [longTmp, '/tmp'],
      ['relative/tmp', '/tmp'],
    ]) {
      it(`os.tmpdir() ${tmpdir.length > 30 ? `of ${tmpdir.length} characters` : tmpdir} → base ${expected}`, () => {
        assert.strictEqual(run.shortTempBase(tmpdir), expected);
      });
    }

    it('keeps every profile, socket and TMPDIR folder short and outside a checkout of 140 characters, logs inside', () => {
      const root = fakeCheckout(scratch);
      const dirs = run.openRun('integration', { script: 'launcher.js', root, tmpdir: deepFolder(scratch, 120) });
      try {
        for (const key of ['temp', 'userData', 'extensions', 'tmp', 'xdgConfig', 'xdgData', 'xdgCache'] as const) {
          assert.ok(dirs[key].length < 60, `${key} is ${dirs[key].length} characters: ${dirs[key]}`);
          assert.ok(!dirs[key].startsWith(root), `${key} is inside the checkout`);
          assert.ok(fs.statSync(dirs[key]).isDirectory(), `${key} exists`);
          assert.ok(path.join(dirs[key], IPC_SOCKET).length <= SOCKET_PATH_MAX, `a socket in ${key} fits`);
        }
        assert.strictEqual(dirs.logs, path.join(root, '.vscode-test', 'integration', `run-${process.pid}`, 'logs'));
      } finally {
        run.closeRun(dirs);
      }
      assert.ok(!fs.existsSync(dirs.temp), 'closeRun removes the temporary folder');
      assert.ok(!fs.existsSync(dirs.run), 'closeRun removes the run folder');
    });

    it('is removed when the script exits, even after a failure', () => {
      const root = fakeCheckout(scratch);
      const script = `const dirs = require(${JSON.stringify(RUN_JS)}).openRun('e2e', { script: 'e2e.js', root: ${JSON.stringify(root)} });
        console.log(dirs.temp); require('fs').writeFileSync(dirs.tmp + '/x', 'x'); throw new Error('a failing run');`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      assert.notStrictEqual(r.status, 0, 'the script failed');
      const temp = r.stdout.trim();
      assert.match(temp, /\/tn-[^/]+$/);
      assert.ok(!fs.existsSync(temp), `${temp} is left behind`);
    });

    it("is removed, with its run folder, by the next run when its script died with SIGKILL", () => {
      const root = fakeCheckout(scratch);
      const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
      const runDir = path.join(root, '.vscode-test', 'e2e', `run-${dead}`);
      const temp = fs.mkdtempSync('/tmp/tn-');
      fs.mkdirSync(runDir, { recursive: true });
      fs.writeFileSync(path.join(runDir, 'temp-dir'), temp);
      run.cleanStaleRuns(path.dirname(runDir), 'e2e.js');
      assert.ok(!fs.existsSync(temp), 'the stale temporary folder is removed');
      assert.ok(!fs.existsSync(runDir), 'the stale run folder is removed');
    });
  });

  describe('settings (one source for integration, e2e and npm start)', () => {
    const expected: [string, unknown][] = [
      ['files.autoSave', 'off'],
      ['workbench.startupEditor', 'none'],
      ['workbench.welcomePage.walkthroughs.openOnInstall', false],
      ['telemetry.telemetryLevel', 'off'],
      ['git.openRepositoryInParentFolders', 'never'],
      ['git.enabled', false],
      ['extensions.ignoreRecommendations', true],
      ['security.workspace.trust.enabled', false],
    ];
    it('the user settings written keep auto-save off and the profile quiet, with extra settings added', () => {
      const userData = path.join(scratch, 'user-data');
      const file = cs.writeUserSettings({ userData } as RunDirs, { 'editor.cursorBlinking': 'solid' });
      const written = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const [key, value] of [...expected, ['editor.cursorBlinking', 'solid'] as [string, unknown]]) {
        assert.deepStrictEqual(written[key], value, key);
      }
    });

    it('no script but scripts/lib writes settings.json or builds the code-server command line', () => {
      const scripts = ['scripts/start.js', 'scripts/e2e.js', 'scripts/integration/launcher.js'];
      for (const file of scripts) {
        const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
        for (const own of ['settings.json', "'--bind-addr'", "'--user-data-dir'", 'data-settings="', "'files.autoSave'"]) {
          assert.ok(!text.includes(own), `${file} has its own ${own}`);
        }
      }
    });
  });

  describe('port', () => {
    it('skips a port that a listening server holds, on 127.0.0.1 or on every address', async () => {
      for (const host of ['127.0.0.1', undefined]) {
        const { server, port } = await listen(host);
        try {
          assert.strictEqual(await cs.portIsFree(port), false, `port ${port} (${host ?? 'all addresses'}) is held`);
          const chosen = await cs.choosePort(port);
          assert.notStrictEqual(chosen, port);
          assert.strictEqual(await cs.portIsFree(chosen), true);
        } finally {
          await new Promise((r) => server.close(r));
        }
      }
    });

    it('keeps the preferred port when it is free', async () => {
      const { server, port } = await listen('127.0.0.1');
      await new Promise((r) => server.close(r));
      assert.strictEqual(await cs.choosePort(port), port);
    });

    for (const [env, expected] of [
      [{}, 8080],
      [{ PORT: '3000' }, 3000],
      [{ PORT: 'eighty' }, 8080],
      [{ PORT: '70000' }, 8080],
    ] as [Record<string, string>, number][]) {
      it(`npm start asks first for port ${expected} with PORT=${env.PORT ?? '(unset)'}`, () => {
        assert.strictEqual(start.preferredPort(env), expected);
      });
    }

    for (const [line, expected] of [
      ['[2025-06-01T10:00:00.000Z] info  HTTP server listening on http://127.0.0.1:41235/\n', 41235],
      ['[2025-06-01T10:00:00.000Z] info  HTTP server listening on http://127.0.0.1:8080/ \n', 8080],
      ['[2025-06-01T10:00:00.000Z] error listen EADDRINUSE: address already in use 127.0.0.1:8080\n', undefined],
      ['[2025-06-01T10:00:00.000Z] info  Session server listening on /tmp/tn-a/user-data/code-server-ipc.sock\n', undefined],
    ] as [string, number | undefined][]) {
      it(`the port code-server announces: ${line.slice(32, 78).trim()}… → ${expected}`, () => {
        assert.strictEqual(cs.announcedPort(line), expected);
      });
    }
  });

  describe('npm start', () => {
    it('opens a writable copy of the seeds outside the checkout, with auto-save off', () => {
      const root = fakeCheckout(scratch);
      const { dirs, folder } = start.prepareStart({ root, tmpdir: scratch });
      try {
        assert.ok(!folder.startsWith(root), `${folder} is inside the checkout`);
        assert.deepStrictEqual(fs.readdirSync(folder).sort(), ['one.txt', 'two.txt']);
        assert.strictEqual(fs.readFileSync(path.join(folder, 'one.txt'), 'utf8'), 'Vladimir Putin: Good afternoon.\r\n');
        fs.appendFileSync(path.join(folder, 'one.txt'), 'edited');
        assert.strictEqual(fs.readFileSync(path.join(root, 'seeds', 'one.txt'), 'utf8'), 'Vladimir Putin: Good afternoon.\r\n');
        const settings = JSON.parse(fs.readFileSync(path.join(dirs.userData, 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
        assert.strictEqual(settings['files.autoSave'], 'off');
        const links = fs.readdirSync(dirs.extensions).map((n) => fs.realpathSync(path.join(dirs.extensions, n)));
        assert.deepStrictEqual(links, [fs.realpathSync(ROOT)], 'the repository is linked as the extension');
      } finally {
        run.closeRun(dirs);
      }
    });
  });
});
