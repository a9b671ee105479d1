// Speaker mentions with very many speakers: a generated transcript of about
// 1 MiB with `speakers` distinct two-word names, each with one turn, every
// line mentioning two speakers ("Mr Surname", "First Surname"). The old
// mention finder compiled one regex alternation of all the names; V8 tried
// every alternative at every position (32k speakers: minutes). Measured
// against the floor on the same text.
//
//   node --expose-gc scripts/bench/mentions-adversarial.js [--speakers N] [--reps N] [--root DIR]
//
// --root: the checkout whose src/core is bundled (default: this one), e.g.
// an older checkout for a "before" figure.
// From scripts/bench.js: add `require('./bench/mentions-adversarial').measurement` to the
// list in measurements() (after the whole-document ones; it needs the floor).
'use strict';

const fs = require('fs');
const path = require('path');
const { floorOf, FLOOR_REPS } = require('./floor');
const { measure } = require('./measure');
const { int, mib } = require('./table');

const MIB = 1024 * 1024;

/** `n` lowercase letters spelling `i` in base 26 (least significant first). */
function letters(i, n) {
  let s = '';
  for (let k = 0, x = i; k < n; k++, x = Math.floor(x / 26)) s += String.fromCharCode(97 + (x % 26));
  return s;
}

/** Speaker `i`'s first name and surname: distinct surnames up to 26^4 speakers. */
function speakerName(i) {
  return { first: `Q${letters(i, 2)}`, surname: `K${letters(i, 4)}` };
}

/**
 * The generated transcript: a title, then one turn per speaker, then speech
 * lines until `bytes`. Line k of the body (0-based) mentions speaker
 * (k + 1) mod n as "Mr Surname" and speaker (k + 7) mod n by full name, so
 * `expected[k]` lists the two speakers (their keys, the full names) a finder
 * must report on body line k, in order. Every line is 32 bytes.
 */
function speakerText(speakers, bytes = MIB) {
  const name = (i) => speakerName(i % speakers);
  const full = (i) => `${name(i).first} ${name(i).surname}`;
  const lines = ['Speakers', ''];
  const expected = [];
  for (let k = 0; k < speakers || (lines.length + 1) * 32 < bytes; k++) {
    const speech = `Mr ${name(k + 1).surname}, ${full(k + 7)}.`;
    lines.push(k < speakers ? `${full(k)}: ${speech}` : `${speech.slice(0, -1)} too.`.padEnd(31, '.'));
    expected.push([full(k + 1), full(k + 7)]);
  }
  return { text: lines.join('\n') + '\n', bodyStart: 2, expected };
}

/** The mentions found, and whether they are exactly the ones the generator put there. */
function checkMentions(found, expected) {
  return found.length === expected.length * 2 && found.every((m, i) => m.speaker === expected[i >> 1][i & 1]);
}

/**
 * The bench measurement (scripts/bench.js contract): findSpeakerMentions on
 * the generated text of 32,768 speakers against the floor on that text, and
 * on the bench's own input (its few hundred speakers) against the floor.
 */
const measurement = {
  name: 'mentions',
  title: 'Speaker mentions',
  needs: ['floor'],
  async run(ctx) {
    const speakers = 32768;
    const { text, expected } = speakerText(speakers);
    const model = ctx.core.parseTranscript(text);
    const reps = { full: [1, 5, 5000], quick: [1, 3, 2000] };
    const floor = await ctx.time('mentionsAdversarialFloorMs', () => floorOf(text), FLOOR_REPS);
    const many = await ctx.time('mentionsAdversarialMs', () => ctx.core.findSpeakerMentions(text, model), reps);
    const found = ctx.core.findSpeakerMentions(text, model);
    const ordinary = await ctx.time('mentionsMs', () => ctx.core.findSpeakerMentions(ctx.text, ctx.model), reps);
    const speakersOf = (m) => int(m.speakers.filter((s) => !s.generic).length);
    return [
      { label: `bench input (${speakersOf(ctx.model)} speakers), ${int(ctx.core.findSpeakerMentions(ctx.text, ctx.model).length)} mentions`, m: ordinary, vs: ctx.vs(ordinary) },
      { label: `floor on a generated ${mib(Buffer.byteLength(text))}, ${int(speakers)} distinct speakers`, m: floor, vs: 1 },
      {
        label: `  findSpeakerMentions there, ${int(found.length)} mentions${checkMentions(found, expected) ? '' : ' (NOT the expected ones)'}`,
        m: many,
        vs: ctx.vs(many, 'mentionsAdversarialFloorMs'),
      },
    ];
  },
};

/** The core of the checkout at `root` (this one by default), bundled from its src/. */
function loadCoreOf(root) {
  const coreLoader = path.join(root, 'scripts', 'lib', 'core.js');
  if (fs.existsSync(coreLoader)) return require(coreLoader).loadCore();
  const loader = path.join(root, 'scripts', 'lib', 'loadSource.js');
  if (fs.existsSync(loader)) return require(loader).loadSource('src/core/index.ts');
  return require(path.join(root, 'scripts', 'bench', 'load')).loadCore(); // an older checkout
}

async function main(args) {
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const root = path.resolve(option('--root', path.join(__dirname, '..', '..')));
  const speakers = Number(option('--speakers', '32768'));
  const reps = Number(option('--reps', '5'));
  const core = loadCoreOf(root);
  const { text, expected } = speakerText(speakers);
  const model = core.parseTranscript(text);
  const run = (fn) => measure(fn, { warmup: 1, reps, minReps: Math.min(3, reps) });
  const floor = await run(() => floorOf(text));
  const m = await run(() => core.findSpeakerMentions(text, model));
  const found = core.findSpeakerMentions(text, model);
  const time = (r) => `${r.median.toFixed(1)} ms (min ${r.min.toFixed(1)}, cpu ${r.cpuMedian.toFixed(1)}, first ${r.first.toFixed(1)})`;
  console.log(`${root}: ${speakers} speakers (${model.speakers.length} parsed), ${Buffer.byteLength(text)} bytes, ${text.split('\n').length} lines`);
  console.log(`  floor: split lines + 1 regex .test per line   ${time(floor)}`);
  console.log(`  findSpeakerMentions, ${found.length} mentions${checkMentions(found, expected) ? '' : ' (NOT the expected ones)'}   ${time(m)}   ${(m.median / floor.median).toFixed(1)}× floor`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { measurement, speakerText, speakerName };
