#!/usr/bin/env node
// Measures the topic segmentation against the site's own Topics tags.
//
// Usage:
//   node scripts/topic-accuracy.js [--corpus DIR] [--quiet] [--timing]
//   (DIR defaults as in scripts/build-topics.js: $TRANSCRIPT_CORPUS, else test/fixtures/corpus)
//
// For every page of DIR/dev and DIR/dev-news that carries Topics tags, segmentTopics() runs on
// the text; the page's "top three" are the three topics (General aside) with the most words in
// their segments. A page is a hit when one of its tags is among them. Printed:
//   all        the committed lexicon (data/topics/lexicon.json), learned from all these pages;
//   held-out   leave-one-out: for each page, the learned words are rebuilt from the other pages
//              (seeds and place names unchanged) and the page is scored with that lexicon;
//   2-fold     learned from the pages with even position (by folder and id), scored on the odd
//              ones, and the other way round;
//   seeds only no learned words at all.
// The misses of the "all" run are listed (id, tags, top three found). No page is special-cased.
// Exit code 0 always (a report, not a gate); the goal is >= 80%.
//
// --timing instead times segmentTopics on a 10 MB text (the dev and dev-news pages concatenated
// until 10 MB; parsed once with parseTranscript outside the timing) against a baseline that
// splits the text into lines and runs one regex test per line; medians of RUNS runs in one
// process, after WARM_UPS warm-up runs each. CPU time is printed too: it is steadier than wall
// time on a busy machine (the load average is printed).
'use strict';
const fs = require('fs');
const path = require('path');
const { loadCore, loadTaggedPages, loadTaxonomy, pageDocument, buildLexicon, DEFAULT_CORPUS } = require('./build-topics');

const ROOT = path.resolve(__dirname, '..');
const TOP = 3;

function parseArgs(argv) {
  const args = { corpus: DEFAULT_CORPUS, quiet: false, timing: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = argv[++i];
    else if (argv[i] === '--quiet') args.quiet = true;
    else if (argv[i] === '--timing') args.timing = true;
    else throw new Error(`topic-accuracy: unknown argument ${argv[i]}`);
  }
  return args;
}

/** The top topics of a page by words covered (General aside), most words first; ties by name. */
function topTopics(core, page, lexicon) {
  const segments = core.segmentTopics(page.text, page.model, lexicon);
  const words = new Map();
  for (const s of segments) if (s.topic !== core.GENERAL_TOPIC) words.set(s.topic, (words.get(s.topic) || 0) + s.words);
  return [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP).map(([t]) => t);
}

function isHit(page, top) {
  return page.tags.some((t) => top.includes(t));
}

function percent(hits, n) {
  return `${hits}/${n} = ${((100 * hits) / n).toFixed(1)}%`;
}

const RUNS = 9;
const WARM_UPS = 2;
const TEN_MB = 10 * 1024 * 1024;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall-clock and CPU (user + system) milliseconds of each run, after WARM_UPS runs. */
function timeRuns(fn) {
  for (let i = 0; i < WARM_UPS; i++) fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

function timing(corpus) {
  const core = loadCore();
  const texts = [];
  for (const folder of ['dev', 'dev-news']) {
    const dir = path.join(corpus, folder);
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  const parts = [];
  let length = 0;
  for (let i = 0; length < TEN_MB; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    length += t.length + 1;
  }
  const text = parts.join('\n');
  const model = core.parseTranscript(text);
  const lexicon = core.lexiconFromJson(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'topics', 'lexicon.json'), 'utf8')));
  let segments = [];
  const seg = timeRuns(() => {
    segments = core.segmentTopics(text, model, lexicon);
  });
  const regex = /\b(?:hospital|clinic|doctor)s?\b/i;
  let matched = 0;
  const base = timeRuns(() => {
    matched = 0;
    for (const line of text.split('\n')) if (regex.test(line)) matched++;
  });
  const fmt = (t) => `wall median ${median(t.wall).toFixed(0)} ms, CPU median ${median(t.cpu).toFixed(0)} ms (wall runs: ${t.wall.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`text: ${(text.length / 1048576).toFixed(2)} M UTF-16 code units, ${model.lineCount} lines, ${model.paragraphs.length} paragraphs, ${model.turns.length} turns; ${RUNS} runs each`);
  console.log(`segmentTopics:           ${fmt(seg)} -> ${segments.length} segments`);
  console.log(`baseline split + regex:  ${fmt(base)} -> ${matched} matching lines`);
  console.log(`ratio (CPU medians): ${(median(seg.cpu) / median(base.cpu)).toFixed(1)}x; load average ${require('os').loadavg().map((x) => x.toFixed(1)).join(' ')}, ${require('os').cpus().length} CPUs, Node ${process.version}`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.timing) return timing(args.corpus);
  const core = loadCore();
  const taxonomy = loadTaxonomy(args.corpus);
  const pages = loadTaggedPages(args.corpus);
  for (const p of pages) p.model = core.parseTranscript(p.text);
  const docs = pages.map(pageDocument);
  const lexiconOf = (trainDocs) => core.lexiconFromJson(buildLexicon(taxonomy, trainDocs), 'evaluation');

  // All: the committed lexicon.
  const committed = core.lexiconFromJson(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'topics', 'lexicon.json'), 'utf8')), 'committed');
  const misses = [];
  let allHits = 0;
  for (const p of pages) {
    const top = topTopics(core, p, committed);
    if (isHit(p, top)) allHits++;
    else misses.push({ p, top });
  }

  // Held-out: leave one out.
  let looHits = 0;
  for (let i = 0; i < pages.length; i++) {
    const lexicon = lexiconOf(docs.filter((_, j) => j !== i));
    if (isHit(pages[i], topTopics(core, pages[i], lexicon))) looHits++;
  }

  // Two folds.
  let foldHits = 0;
  for (const parity of [0, 1]) {
    const lexicon = lexiconOf(docs.filter((_, j) => j % 2 !== parity));
    pages.forEach((p, j) => {
      if (j % 2 === parity && isHit(p, topTopics(core, p, lexicon))) foldHits++;
    });
  }

  // Seeds and place names only.
  const seedsOnly = lexiconOf([]);
  const seedHits = pages.filter((p) => isHit(p, topTopics(core, p, seedsOnly))).length;

  const n = pages.length;
  const byFolder = (folder) => {
    const inFolder = pages.filter((p) => p.folder === folder);
    const hits = inFolder.filter((p) => !misses.some((m) => m.p === p)).length;
    return percent(hits, inFolder.length);
  };
  console.log(`topic accuracy: a page is a hit when one of its Topics tags is among the top ${TOP} topics by words`);
  console.log(`pages with tags: ${n} (dev ${pages.filter((p) => p.folder === 'dev').length}, dev-news ${pages.filter((p) => p.folder === 'dev-news').length})`);
  console.log(`all (committed lexicon):   ${percent(allHits, n)}   [dev ${byFolder('dev')}, dev-news ${byFolder('dev-news')}]`);
  console.log(`held-out, leave-one-out:   ${percent(looHits, n)}`);
  console.log(`held-out, 2-fold:          ${percent(foldHits, n)}`);
  console.log(`seeds and places only:     ${percent(seedHits, n)}`);
  if (!args.quiet) {
    console.log(`\nmisses (${misses.length}):`);
    for (const { p, top } of misses) console.log(`  ${p.folder}/${p.id}  tags: ${p.tags.join(', ')}  |  found: ${top.join(', ') || '(none)'}`);
  }
}

main();
