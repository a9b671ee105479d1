// Preloaded (`node -r`) into `node esbuild.js --production` with
// TRANSCRIPT_BENCH_CAPTURE=1: the project's own build runs with its own
// options, but esbuild writes nothing; the outputs are printed on stdout as
// one JSON line after the marker. dist/ stays untouched.
'use strict';

const Module = require('module');
const path = require('path');

const MARKER = '@@bench-esbuild-outputs@@';

/** Wraps esbuild.build for every require('esbuild') so that it returns the outputs instead of writing them. */
function install() {
  const outputs = [];
  let patched;
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    const real = load.call(this, request, parent, isMain);
    if (request !== 'esbuild') return real;
    patched ??= {
      ...real,
      build: async (options) => {
        const result = await real.build({ ...options, write: false });
        for (const f of result.outputFiles) {
          outputs.push({ file: path.relative(process.cwd(), f.path), bytes: f.contents.length, text: f.path.endsWith('.js') ? f.text : undefined });
        }
        return result;
      },
    };
    return patched;
  };
  // Written to a file (a large write to a pipe at exit would be cut short), then the marker names it.
  process.on('exit', () => {
    const file = process.env.TRANSCRIPT_BENCH_CAPTURE_FILE;
    if (file) require('fs').writeFileSync(file, JSON.stringify(outputs));
    process.stdout.write(`\n${MARKER}\n`);
  });
}

if (process.env.TRANSCRIPT_BENCH_CAPTURE === '1') install();

module.exports = { MARKER };
