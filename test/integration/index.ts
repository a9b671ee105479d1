// The mocha runner inside VS Code's extension host (extensionTestsPath).
// Runs every *.test.js beside it (TDD ui: suite/test/suiteSetup) and prints
// `integration: N passed, N failed` with console.log, which the runner
// (runTest.ts) reads from the forwarded extension host console.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 1, pending: 0 };
        // A pending (skipped) test counts as a failure, as in scripts/test.js.
        if (pending > 0) console.log(`integration: ${pending} skipped tests count as failures`);
        const failed = failures + pending;
        console.log(`integration: ${passes} passed, ${failed} failed`);
        if (failed > 0 || passes === 0) reject(new Error(`${failed} integration tests failed, ${passes} passed`));
        else resolve();
      });
    } catch (e) {
      console.error(e);
      console.log('integration: 0 passed, 1 failed');
      reject(e);
    }
  });
}
