#!/usr/bin/env node
// Measures the region gazetteer (src/core/regions) on the development corpus.
//
//   node scripts/region-recall.js [corpus dir ...]   (default: dev and dev-news of $TRANSCRIPT_CORPUS,
//                                                     else of the repository's copy, test/fixtures/corpus)
//   node scripts/region-recall.js --no-timing        (recall only)
//
// 1. Document-level recall: for each page, each geography tag that is a Russian federal subject
//    (taxonomy.json kind "region") counts as found when the page's text mentions that subject, a
//    city of it (Sochi -> Krasnodar Territory) or its capital. Prints found/total and the misses.
//    Also prints how many distinct subjects the pages mention (subjects named directly or through
//    a city), a rough measure of how much the gazetteer finds beyond the tags.
// 2. Timing: the scan of a ~10 MB text made of the dev pages against a baseline of splitting the
//    text into lines and testing one precompiled regex on each line; medians of several runs.
//
// The core is bundled in memory with esbuild (scripts/lib/core.js; no dependency on the project's build).
'use strict';
const fs = require('fs');
const path = require('path');
const { loadCore } = require('./lib/core');

const { DEFAULT_CORPUS: corpusRoot } = require('./lib/corpus');

function pages(dirs) {
  const list = [];
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
      list.push({ dir: path.basename(dir), id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(dir, f), 'utf8'), truth });
    }
  }
  return list;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function recall(R, data, list) {
  const taxonomy = JSON.parse(fs.readFileSync(path.join(corpusRoot, 'taxonomy.json'), 'utf8'));
  const regionTags = new Set(taxonomy.geography.filter((g) => g.kind === 'region').map((g) => g.tag));
  const gazetteer = R.createGazetteer(data);
  let found = 0;
  let literal = 0;
  let total = 0;
  let distinct = 0;
  const misses = [];
  for (const page of list) {
    const mentioned = new Set();
    for (const m of gazetteer.scan(page.text)) {
      const rec = R.recordById(data, m.id);
      const subject = rec && R.subjectOfRecord(data, rec);
      if (subject) mentioned.add(subject.id);
    }
    distinct += mentioned.size;
    for (const tag of page.truth.geography.filter((g) => regionTags.has(g))) {
      const subject = R.service.regions.findRecord(tag);
      total++;
      if (page.text.replace(/\u00a0/g, ' ').includes(tag.replace(/\u00a0/g, ' '))) literal++;
      if (subject && subject.kind === 'subject' && mentioned.has(subject.record.id)) found++;
      else misses.push(`${page.dir}/${page.id}: ${tag}${subject ? ` (${subject.record.id})` : ' (tag not resolved)'}`);
    }
  }
  console.log(`recall: ${found}/${total} = ${(found / total).toFixed(3)} (region tags of ${list.length} pages)`);
  console.log(`  for comparison, the tag text found literally in the page: ${literal}/${total} = ${(literal / total).toFixed(3)}`);
  for (const m of misses) console.log(`  missed ${m}`);
  console.log(`distinct subjects mentioned per page (directly or through a city): ${(distinct / list.length).toFixed(2)} on average`);
}

function timing(R, data, list) {
  const parts = [];
  let size = 0;
  while (size < 10 * 1024 * 1024) {
    for (const p of list) {
      parts.push(p.text);
      size += p.text.length;
    }
  }
  const text = parts.join('\n');
  const gazetteer = R.createGazetteer(data);
  gazetteer.scan('warm up: Moscow'); // builds the index
  const baselineRegex = /\b(?:Region|Territory|Republic)\b/;
  const runs = 9;
  const scanTimes = [];
  const baseTimes = [];
  let mentions = 0;
  let hits = 0;
  // Alternate the order so that neither pays for the other's garbage more often.
  const runScan = () => {
    const t0 = process.hrtime.bigint();
    mentions = gazetteer.scan(text).length;
    scanTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  };
  const runBaseline = () => {
    const t0 = process.hrtime.bigint();
    hits = 0;
    for (const line of text.split('\n')) if (baselineRegex.test(line)) hits++;
    baseTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  };
  for (let k = 0; k < runs; k++) {
    if (k % 2 === 0) {
      runScan();
      runBaseline();
    } else {
      runBaseline();
      runScan();
    }
  }
  const scan = median(scanTimes);
  const base = median(baseTimes);
  console.log(`timing on ${(text.length / 1024 / 1024).toFixed(1)} M UTF-16 units, ${text.split('\n').length} lines, median of ${runs} runs:`);
  console.log(`  gazetteer.scan: ${scan.toFixed(1)} ms (${mentions} mentions)`);
  console.log(`  baseline split + regex.test per line: ${base.toFixed(1)} ms (${hits} lines match)`);
  console.log(`  ratio scan/baseline: ${(scan / base).toFixed(2)}`);
}

function main() {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  const list = pages(dirs.length ? dirs : [path.join(corpusRoot, 'dev'), path.join(corpusRoot, 'dev-news')]);
  const R = loadCore();
  const data = R.loadRegionData();
  recall(R, data, list);
  if (!args.includes('--no-timing')) timing(R, data, list.filter((p) => p.dir === 'dev'));
}

main();
