#!/usr/bin/env node
// Lists, per file, the turns the parser misses and the ones it invents against a corpus's
// ground truth (`<id>.json` beside `<id>.txt`), and the speaker groups it splits or merges.
//
//   node scripts/turn-diff.js DIR_OR_FILE… [--speakers]
'use strict';

const fs = require('fs');
const path = require('path');
const { loadCore } = require('./lib/core');

function files(args) {
  const out = [];
  for (const a of args) {
    if (fs.statSync(a).isDirectory()) {
      for (const f of fs.readdirSync(a).sort()) if (f.endsWith('.txt')) out.push(path.join(a, f));
    } else out.push(a);
  }
  return out;
}

function main(argv) {
  const showSpeakers = argv.includes('--speakers');
  const args = argv.filter((a) => !a.startsWith('--'));
  if (args.length === 0) {
    console.error('usage: node scripts/turn-diff.js DIR_OR_FILE… [--speakers]');
    process.exit(2);
  }
  const core = loadCore();
  let missed = 0;
  let invented = 0;
  for (const file of files(args)) {
    const truthFile = file.replace(/\.txt$/, '.json');
    if (!fs.existsSync(truthFile)) continue;
    const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
    const text = core.decodeText(fs.readFileSync(file)).text;
    const model = core.service.parse(text);
    const lines = text.split(/\r\n|\r|\n/);
    const got = new Map(model.turns.map((t) => [t.labelSpan.start.line + 1, t]));
    const want = new Map(truth.turns.map((t) => [t.line, t]));
    const rows = [];
    for (const [line, t] of want) if (!got.has(line)) rows.push(`  - ${line}: [${t.label}] ${lines[line - 1].slice(0, 90)}`);
    for (const [line, t] of got) if (!want.has(line)) rows.push(`  + ${line}: [${t.label}] ${lines[line - 1].slice(0, 90)}`);
    missed += [...want.keys()].filter((l) => !got.has(l)).length;
    invented += [...got.keys()].filter((l) => !want.has(l)).length;
    if (showSpeakers) {
      const keyOf = new Map();
      for (const [line, t] of want) if (got.has(line)) keyOf.set(line, [t.speaker, got.get(line).speaker]);
      const pairs = new Map();
      for (const [w, g] of keyOf.values()) pairs.set(`${w} => ${g}`, (pairs.get(`${w} => ${g}`) ?? 0) + 1);
      const byWant = new Map();
      const byGot = new Map();
      for (const k of pairs.keys()) {
        const [w, g] = k.split(' => ');
        byWant.set(w, [...(byWant.get(w) ?? []), g]);
        byGot.set(g, [...(byGot.get(g) ?? []), w]);
      }
      for (const [w, gs] of byWant) if (gs.length > 1) rows.push(`  split ${w}: ${gs.join(' | ')}`);
      for (const [g, ws] of byGot) if (ws.length > 1) rows.push(`  merged ${g}: ${ws.join(' | ')}`);
    }
    if (rows.length > 0) console.log(`${path.basename(file)}\n${rows.join('\n')}`);
  }
  console.log(`missed ${missed}, invented ${invented}`);
}

main(process.argv.slice(2));
