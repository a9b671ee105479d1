#!/usr/bin/env node
// `npm run fuzz [-- FACTOR]`: the property and differential tests (incremental
// model, outline and topics against a fresh build, rename round trips, linear-time
// label matching, hashing) with FACTOR times their `npm test` runs (default 25) and
// fresh random seeds. Compiles first; runs the unit suites in plain Node.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const factor = Number(process.argv[2] ?? process.env.TRANSCRIPT_FUZZ_FACTOR ?? 25);
if (!Number.isInteger(factor) || factor < 1) {
  console.error(`fuzz: the factor must be a whole number ≥ 1, not ${process.argv[2]}`);
  process.exit(1);
}
console.log('> compile (tsc)');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], { cwd: root, stdio: 'inherit' });
process.env.TRANSCRIPT_FUZZ_FACTOR = String(factor);
const Mocha = require('mocha');
// Property tests carry "property" in their title (or their suite's).
const mocha = new Mocha({ ui: 'bdd', timeout: 0, reporter: 'spec', grep: /property|differential|round trip|linear/i });
const dir = path.join(root, 'out', 'test', 'unit');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
console.log(`> fuzz: property tests × ${factor}`);
const runner = mocha.run(() => {
  const { passes, failures } = runner.stats;
  console.log(`\nfuzz: ${passes} passed, ${failures} failed`);
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
});
