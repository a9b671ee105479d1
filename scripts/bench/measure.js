// Timing helpers: warm-up runs, a full GC before every timed run, medians.
'use strict';

/** Results kept here so that no measured call can be optimised away. */
const sink = [];

function gc() {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** CPU time of this process (all its threads, user + system) in ms: steadier than wall time on a busy machine. */
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Times `fn` (sync or async): `warmup` untimed runs (the first one reported as
 * `first`, the cold time), then up to `reps` timed runs, each after a full GC;
 * stops early once `minReps` are done and `budgetMs` of timed runs are spent.
 * `setup(i)`, when given, runs untimed before each run and its result is passed to `fn`.
 * Wall time is the measure; the process's CPU time of each run is kept too (`cpuMedian`).
 */
async function measure(fn, { warmup = 1, reps = 5, minReps = 3, budgetMs = Infinity, setup } = {}) {
  let first;
  for (let i = 0; i < warmup; i++) {
    const arg = setup ? await setup(i) : undefined;
    gc();
    const t0 = nowMs();
    sink[0] = await fn(arg);
    const t = nowMs() - t0;
    if (i === 0) first = t;
  }
  const times = [];
  const cpu = [];
  let spent = 0;
  for (let i = 0; i < reps; i++) {
    const arg = setup ? await setup(warmup + i) : undefined;
    gc();
    const c0 = cpuMs();
    const t0 = nowMs();
    sink[0] = await fn(arg);
    const t = nowMs() - t0;
    cpu.push(cpuMs() - c0);
    times.push(t);
    spent += t;
    if (times.length >= minReps && spent > budgetMs) break;
  }
  sink[0] = undefined;
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), cpuMedian: median(cpu), reps: times.length, first, times };
}

module.exports = { measure, median, gc, nowMs, cpuMs };
