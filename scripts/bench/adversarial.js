// The hardening rows (issue 11): hostile inputs next to the floor, so a
// regression to super-linear work shows as a jump in a ratio. Each module
// below has a standalone entry too (see its header); here they are adapted to
// bench.js's measurement contract.
'use strict';

const TITLE = 'Hostile input (ratios against the floor on the same text)';

/** Label-like lines that made the old label pattern backtrack exponentially, and the grammar on the worst one. */
const labels = {
  name: 'labels',
  title: TITLE,
  async run(ctx) {
    const { loadGrammars } = require('./grammars');
    const result = await require('./labels-adversarial').benchLabelsAdversarial({ quick: ctx.quick, grammars: await loadGrammars(), core: ctx.core });
    ctx.medians.labelsWorstLineChars = result.worst.length;
    for (const r of result.rows) if (r.vs !== undefined) ctx.medians[`labelsAdversarial:${r.label}`] = r.vs;
    return result.rows;
  },
};

/** The same text with LF, CR LF and lone-CR line ends, and decoded as UTF-8 and UTF-16. */
const lineBreaks = {
  name: 'lineBreaks',
  title: TITLE,
  needs: ['floor'],
  async run(ctx) {
    const { measure } = require('./measure');
    const reps = ctx.quick ? { warmup: 1, reps: 3, minReps: 2 } : { warmup: 1, reps: 5, minReps: 3 };
    const rows = await require('./cli').lineBreakRows(ctx.core, ctx.text, (fn) => measure(fn, reps));
    return rows.map((r) => ({ label: r.name, m: r.m, vs: r.m.median / ctx.measured.floorMs.median }));
  },
};

/** Topic segmentation of 64k words built to collide in the word cache's hash, against 64k ordinary words. */
const hashFlood = {
  name: 'hashFlood',
  title: TITLE,
  run(ctx) {
    const { buildTranscript } = require('./input');
    const h = require('./hash-adversarial').measureHashAdversarial(ctx.core, { timing: require('./measure'), buildTranscript, blocks: ctx.quick ? 12 : 16, reps: ctx.quick ? 3 : 7 });
    // The same words of 66 letters after a key: the topic word trie leaves them to its TextTable memo.
    const m = require('./hash-adversarial').measureHashAdversarial(ctx.core, { timing: require('./measure'), buildTranscript, blocks: 29, count: 2 ** (ctx.quick ? 12 : 16), prefix: 'hospital', reps: ctx.quick ? 3 : 7 });
    ctx.json.hashFloodVsOrdinary = h.collidingRatio;
    ctx.json.normalAfterFloodVsAfterOrdinary = h.normalRatio;
    ctx.json.hashFloodInMemoVsOrdinary = m.collidingRatio;
    return [
      { label: `topics on ${ctx.quick ? '4k' : '64k'} colliding words vs as many ordinary words`, text: `${h.collidingMs} vs ${h.ordinaryMs} ms = ${h.collidingRatio}× (cpu ${h.collidingCpuRatio}×)  hashFloodVsOrdinary` },
      { label: '  a normal 623 KB text after them vs after ordinary words', text: `${h.normalAfterCollidingMs} vs ${h.normalAfterOrdinaryMs} ms = ${h.normalRatio}× (cpu ${h.normalCpuRatio}×)` },
      { label: '  the same, words of 66 letters after a key (in the memo)', text: `${m.collidingMs} vs ${m.ordinaryMs} ms = ${m.collidingRatio}× (cpu ${m.collidingCpuRatio}×)  hashFloodInMemoVsOrdinary` },
      { label: '    a normal 623 KB text after them vs after ordinary words', text: `${m.normalAfterCollidingMs} vs ${m.normalAfterOrdinaryMs} ms = ${m.normalRatio}× (cpu ${m.normalCpuRatio}×)` },
    ];
  },
};

/** The workspace index after saving a 20 MB open transcript, as a ratio to one parse of it. */
const save20mb = {
  name: 'save20mb',
  title: 'Big files in the editor',
  async run(ctx) {
    const r = await require('./save20mb').benchSave20mb(ctx.core, { quick: ctx.quick });
    Object.assign(ctx.medians, { save20mbMs: r.saveMs, save20mbParseMs: r.parseMs, save20mbAfterOutlineMs: r.saveAfterOutlineMs });
    ctx.json.save20mbVsParse = r.saveVsParse;
    ctx.json.save20mbAfterOutlineVsParse = r.saveAfterOutlineVsParse;
    const f = (x) => `${x.toFixed(x < 1 ? 3 : 1)}`;
    return [
      { label: `index update after saving a ${f(r.mb)} MiB open transcript`, text: `${f(r.saveMs)} ms = ${f(r.saveVsParse)}× one parse (${f(r.parseMs)} ms; mins ${f(r.saveVsParseMins)}×)  save20mbVsParse` },
      { label: '  the same when the outline already segmented that version', text: `${f(r.saveAfterOutlineMs)} ms = ${f(r.saveAfterOutlineVsParse)}× one parse` },
    ];
  },
};

module.exports = { labels, lineBreaks, mentions: require('./mentions-adversarial').measurement, hashFlood, save20mb };
