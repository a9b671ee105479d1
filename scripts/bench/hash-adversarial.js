// Hash flooding of the in-place word tables (issue 11, item 6): topic segmentation of a text
// of 64k distinct words whose 31-based hashes are all equal (concatenations of the blocks
// `Aa` and `BB`, which hash alike) against 64k ordinary words of the same length (with
// `prefix: 'hospital'` and 29 blocks, words of 66 letters that pass a key: too long for the
// topic word trie, they are looked up in its TextTable memo); and a normal
// text segmented after each, with the same word cache (the cache is shared by every call with
// one lexicon, so a flooded cache slowed every later document).
//
// Usage: node --expose-gc scripts/bench/hash-adversarial.js [--quick]
// From bench.js: `const { measureHashAdversarial } = require('./bench/hash-adversarial');`
//                `const h = measureHashAdversarial(core, { timing: require('./bench/measure'), buildTranscript });`
'use strict';

/** Blocks whose 31-based hashes are equal: 'A'·31 + 'a' = 'B'·31 + 'B' = 2112. */
const BLOCKS = ['Aa', 'BB'];

/**
 * The first `count` words (all 2^blocks when not given) of `prefix` and `blocks` blocks of
 * {@link BLOCKS}, in counting order: with one prefix, their hashes are all equal too.
 */
function collidingWords(blocks, count = 2 ** blocks, prefix = '') {
  const words = [];
  for (let n = 0; n < count; n++) {
    let w = prefix;
    for (let b = blocks - 1; b >= 0; b--) w += BLOCKS[b < 31 ? (n >>> b) & 1 : 0];
    words.push(w);
  }
  return words;
}

/** `count` distinct words of `length` letters (`prefix` first) from a fixed pseudo-random sequence (no collisions by design). */
function ordinaryWords(count, length, prefix = '') {
  const words = new Set();
  let x = 0x2545f491;
  while (words.size < count) {
    let w = prefix;
    for (let i = prefix.length; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      w += String.fromCharCode(i === 0 ? 65 + ((x >>> 0) % 26) : 97 + ((x >>> 0) % 26));
    }
    words.add(w);
  }
  return [...words];
}

/** The words as paragraphs of 16 words, separated by blank lines. */
function asText(words) {
  const paragraphs = [];
  for (let i = 0; i < words.length; i += 16) paragraphs.push(words.slice(i, i + 16).join(' ') + '.');
  return paragraphs.join('\n\n') + '\n';
}

/**
 * Medians of `reps` alternating timed runs of each function (each after a full GC): on a busy
 * machine, drift in the load then touches both alike. Returns wall and CPU medians per function.
 */
function alternate(fns, reps, { gc, nowMs, cpuMs, median }) {
  const wall = fns.map(() => []);
  const cpu = fns.map(() => []);
  for (let r = 0; r < reps; r++) {
    fns.forEach((fn, k) => {
      gc();
      const c0 = cpuMs();
      const t0 = nowMs();
      fn();
      wall[k].push(nowMs() - t0);
      cpu[k].push(cpuMs() - c0);
    });
  }
  return fns.map((_, k) => ({ median: median(wall[k]), cpuMedian: median(cpu[k]) }));
}

/**
 * Times segmentTopics on the colliding and the ordinary text, and on a normal text of
 * `normalBytes` after each, each with a word cache of its own (a copy of the default lexicon
 * gets one): so the caches differ only in the collisions. Each text is segmented once untimed
 * first (filling its cache), and the timed runs alternate. Returns milliseconds (medians of
 * wall time) and the two ratios, of wall and of CPU time (steadier on a busy machine).
 */
function measureHashAdversarial(core, { timing, buildTranscript, blocks = 16, count = 2 ** blocks, prefix = '', normalBytes = 623_000, reps = 7 }) {
  const segment = (text, lexicon) => {
    const model = core.parseTranscript(text);
    return () => core.segmentTopics(text, model, lexicon);
  };
  const colliding = collidingWords(blocks, count, prefix);
  const normal = buildTranscript(normalBytes).text;
  // A copy with a memo of its own: the word tables live in the lexicon's memo.
  const ordinaryLexicon = { ...core.defaultLexicon(), memo: {} };
  const collidingLexicon = { ...core.defaultLexicon(), memo: {} };
  const ordinaryRun = segment(asText(ordinaryWords(colliding.length, colliding[0].length, prefix)), ordinaryLexicon);
  const collidingRun = segment(asText(colliding), collidingLexicon);
  const t0 = timing.nowMs();
  collidingRun();
  const collidingFirstMs = timing.nowMs() - t0;
  ordinaryRun();
  const normalAfterOrdinary = segment(normal, ordinaryLexicon);
  const normalAfterColliding = segment(normal, collidingLexicon);
  for (let i = 0; i < 3; i++) [normalAfterOrdinary, normalAfterColliding].forEach((fn) => fn()); // warm-up
  const [ordinary, coll, afterOrdinary, afterColliding] = alternate([ordinaryRun, collidingRun, normalAfterOrdinary, normalAfterColliding], reps, timing);
  const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    words: colliding.length,
    collidingFirstMs: round(collidingFirstMs, 1),
    ordinaryMs: round(ordinary.median, 1),
    collidingMs: round(coll.median, 1),
    collidingRatio: round(coll.median / ordinary.median, 2),
    collidingCpuRatio: round(coll.cpuMedian / ordinary.cpuMedian, 2),
    normalAfterOrdinaryMs: round(afterOrdinary.median, 1),
    normalAfterCollidingMs: round(afterColliding.median, 1),
    normalRatio: round(afterColliding.median / afterOrdinary.median, 2),
    normalCpuRatio: round(afterColliding.cpuMedian / afterOrdinary.cpuMedian, 2),
  };
}

module.exports = { measureHashAdversarial, collidingWords, ordinaryWords };

if (require.main === module) {
  const timing = require('./measure');
  const { buildTranscript } = require('./input');
  const { loadCore } = require('../lib/core');
  const quick = process.argv.includes('--quick');
  const result = measureHashAdversarial(loadCore(), { timing, buildTranscript, blocks: quick ? 12 : 16, reps: quick ? 3 : 7 });
  console.log(JSON.stringify(result, null, 2));
}
