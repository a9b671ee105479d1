// What every measurement receives: the bundled core, the input text, and a timer that keeps
// its figures for the --json output (the contract is documented at the top of scripts/bench.js).
'use strict';

const { measure } = require('./measure');
const { buildTranscript, MIB } = require('./input');
const { loadCore } = require('../lib/core');
const { ratio } = require('./table');

/** Rounds to three decimals, as the --json figures are written. */
function round3(v) {
  return v === undefined || v === null ? null : Math.round(v * 1000) / 1000;
}

/** The figures kept for --json: medians, mins and cpuMedians by key, and each measurement whole. */
function figures() {
  const measured = {};
  const medians = {};
  const mins = {};
  const cpuMedians = {};
  const keep = (key, m) => {
    measured[key] = m;
    medians[key] = round3(m.median);
    mins[key] = round3(m.min);
    cpuMedians[key] = round3(m.cpuMedian);
  };
  return { measured, medians, mins, cpuMedians, keep };
}

/**
 * The context for mode 'full' (a 10 MiB input) or 'quick' (1 MiB): the core of src/ bundled
 * in memory, the input, its lines and its model (parsed on first use), the timer, notes
 * and the --json accumulator.
 */
function createContext(mode) {
  const core = loadCore();
  const input = buildTranscript((mode === 'quick' ? 1 : 10) * MIB);
  const text = input.text;
  const { measured, medians, mins, cpuMedians, keep } = figures();
  const lines = text.split('\n');
  let model;
  return {
    mode,
    quick: mode === 'quick',
    core,
    input,
    text,
    lines,
    get model() {
      return (model ??= core.parseTranscript(text));
    },
    async time(key, fn, reps, extra = {}) {
      const [warmup, n, budgetMs] = reps[mode];
      const m = await measure(fn, { warmup, reps: n, budgetMs, minReps: Math.min(3, n), ...extra });
      if (key) keep(key, m);
      return m;
    },
    vs: (m, floorKey = 'floorMs') => ratio(m.median, measured[floorKey]?.median),
    measured,
    medians,
    mins,
    cpuMedians,
    notes: [],
    json: { input: { bytes: input.bytes, chars: text.length, lines: lines.length, pages: input.pages } },
  };
}

module.exports = { createContext, round3 };
