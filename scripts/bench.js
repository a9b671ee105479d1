#!/usr/bin/env node
// `npm run bench`: how fast and how big the extension is, on a deterministic
// 10 MiB transcript built from the corpus pages, in one process, with warm-up
// runs, a full GC before every timed run, and medians. Prints a table; with
// `--json FILE` also writes the figures. A script, not a test: nothing here
// asserts a time.
//
// Usage: node scripts/bench.js [--quick] [--json FILE]
//        node scripts/bench.js --profile [--target parse|edit|regions|topics] [--mb 10] [--runs N] [--top 20] [--out FILE.cpuprofile]
//
//   --quick    1 MiB and fewer repetitions: finishes in seconds (a smoke run)
//   --json     write { ratios, editReoutlineMs, modelBytesPerTextByte, bundleBytes,
//              activationMs, medians, notes, ... } to FILE
//   --profile  instead, a CPU profile of parseTranscript (or the edit loop, region scan, topics) with the
//              top functions mapped to src/ (scripts/bench/profile.js)
//
// The core, the region gazetteer and the topic segmenter are bundled from src/
// in memory (esbuild) and evaluated, so the current source is measured without
// a compile step. Modules still being written show as "n/a (not built yet)".
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { floorOf } = require('./bench/floor');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  const head = fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 21);
  console.log(head.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

const MIB = 1024 * 1024;

const FULL = {
  name: 'full',
  mb: 10,
  compareMb: 3,
  tokenizeLines: 5000,
  markdownWholeDocument: true,
  // [warm-up runs, timed runs, time budget for the timed runs in ms]
  floor: [2, 9, 3000],
  parse: [2, 7, 8000],
  outline: [2, 9, 3000],
  regions: [2, 7, 5000],
  topics: [1, 5, 6000],
  join: [2, 9, 2000],
  edit: [4, 30, 6000],
  editOthers: [3, 12, 3000],
  ours3: [2, 7, 5000],
  markdownLs: [1, 5, 8000],
  tokenize: [1, 5, 5000],
  activation: [1, 10, 5000],
  retentionEdits: 10,
};

const QUICK = {
  ...FULL,
  name: 'quick',
  mb: 1,
  compareMb: 1,
  tokenizeLines: 1000,
  markdownWholeDocument: false,
  floor: [1, 5, 1000],
  parse: [1, 3, 1000],
  outline: [1, 3, 1000],
  regions: [1, 3, 1000],
  topics: [1, 3, 1000],
  join: [1, 3, 500],
  edit: [2, 10, 1000],
  editOthers: [2, 5, 1000],
  ours3: [1, 3, 1000],
  markdownLs: [1, 2, 2000],
  tokenize: [1, 2, 2000],
  activation: [1, 5, 1000],
  retentionEdits: 5,
};

function option(name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (i + 1 >= args.length || args[i + 1].startsWith('--')) throw new Error(`${name} needs a value`);
  return args[i + 1];
}

// ---------------------------------------------------------------- formatting

function ms(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (v < 10) return `${v.toFixed(2)} ms`;
  if (v < 100) return `${v.toFixed(1)} ms`;
  return `${Math.round(v).toLocaleString('en-US')} ms`;
}

function int(n) {
  return Math.round(n).toLocaleString('en-US');
}

function mib(bytes) {
  return `${(bytes / MIB).toFixed(2)} MiB`;
}

function ratio(a, b) {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}

function times(r) {
  if (r === undefined) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

/** A ratio with three significant digits, for the acceptance figures. */
function exactTimes(r) {
  if (r === undefined) return '—';
  return `${r.toPrecision(3)}×`;
}

const LABEL = 62;

/** The table: sections of rows, each row a label and either a measurement or a text. */
class Table {
  constructor() {
    this.lines = [];
  }
  section(title) {
    this.lines.push('', title);
  }
  row(label, m, vs) {
    const cells = [
      ms(m.median).padStart(10),
      ms(m.cpuMedian).padStart(10),
      `${ms(m.min)} – ${ms(m.max)}`.padStart(24),
      String(m.reps).padStart(6),
      ms(m.first).padStart(10),
      (vs === undefined ? '' : times(vs)).padStart(8),
    ];
    this.lines.push(`  ${label.padEnd(LABEL)}${cells.join('')}`);
  }
  text(label, value) {
    this.lines.push(`  ${label.padEnd(LABEL)}${value}`);
  }
  header() {
    return `  ${''.padEnd(LABEL)}${'median'.padStart(10)}${'cpu'.padStart(10)}${'min – max'.padStart(24)}${'reps'.padStart(6)}${'first'.padStart(10)}${'vs'.padStart(8)}`;
  }
}

// ---------------------------------------------------------------- environment

function gitDescription() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'syntaxes', 'esbuild.js'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown (no git)';
  }
}

function environment(config) {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    esbuild: require('esbuild/package.json').version,
    source: gitDescription(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    mode: config.name,
  };
}

// ---------------------------------------------------------------- measurements

/** The Markdown language service on the whole document, once, in a child process with the default stack. */
function markdownWholeDocument(markdown) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'bench', 'markdown.js')], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120000,
  });
  const line = (r.stdout || '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    return { ok: false, error: `child failed (${why}): ${(r.stderr || '').trim().split('\n').slice(-1)[0] || 'no output'}` };
  }
}

async function main() {
  const { measure, gc } = require('./bench/measure');
  const { buildTranscript } = require('./bench/input');
  const { loadCore, loadOptional } = require('./bench/load');
  const config = args.includes('--quick') ? QUICK : FULL;
  const jsonFile = option('--json');
  const started = performance.now();
  const env = environment(config);
  const notes = [];
  const medians = {};
  const mins = {};
  const cpuMedians = {};
  const run = (fn, [warmup, reps, budgetMs], extra = {}) => measure(fn, { warmup, reps, budgetMs, minReps: Math.min(3, reps), ...extra });
  const keep = (key, m) => {
    medians[key] = m ? Math.round(m.median * 1000) / 1000 : null;
    mins[key] = m ? Math.round(m.min * 1000) / 1000 : null;
    cpuMedians[key] = m ? Math.round(m.cpuMedian * 1000) / 1000 : null;
    return m;
  };

  console.log(`Transcript Navigator bench · Node ${env.node} · ${env.platform} · ${env.cpu} · ${env.cores} cores · ${env.memoryGiB} GiB RAM`);
  console.log(`source ${env.source} · ${env.date} · ${config.name} run · load average ${env.loadAverage} at start · esbuild ${env.esbuild} (in-memory bundles of src/)`);

  const core = loadCore();
  const regionsModule = typeof core.createGazetteer === 'function' ? { status: 'ok', exports: core } : loadOptional(['src/core/regions/index.ts', 'src/core/regions.ts'], 'createGazetteer');
  const topicsModule = typeof core.segmentTopics === 'function' ? { status: 'ok', exports: core } : loadOptional(['src/core/topics/index.ts', 'src/core/topics.ts'], 'segmentTopics');

  const input = buildTranscript(config.mb * MIB);
  const text = input.text;
  const lineCount = text.split('\n').length;
  const table = new Table();
  console.log(
    `input ${mib(input.bytes)} (${int(input.bytes)} bytes UTF-8, ${int(text.length)} UTF-16 units, ${int(lineCount)} lines): ` +
      `${int(input.pages)} pages = the ${input.corpusPages} corpus pages ×${input.rounds.toFixed(2)}, LF line ends`,
  );

  // -------------------------------------------------------- whole document
  table.section(`Whole document (${mib(input.bytes)})`);
  const floor = keep('floorMs', await run(() => floorOf(text), config.floor));
  table.row('floor: split lines + 1 regex .test per line', floor, 1);

  const parse = keep('parseMs', await run(() => core.parseTranscript(text), config.parse));
  table.row('parse (parseTranscript)', parse, ratio(parse.median, floor.median));
  const model = core.parseTranscript(text);

  const outline = keep('outlineMs', await run(() => core.buildOutline(model, core.lineReader(text)), config.outline));
  table.row('outline (buildOutline + lineReader(text))', outline, ratio(outline.median, floor.median));
  const splitLines = text.split('\n');
  const outlineLineAt = keep('outlineLineAtMs', await run(() => core.buildOutline(model, (l) => splitLines[l] ?? ''), config.outline));
  table.row('outline over split lines (as document.lineAt)', outlineLineAt, ratio(outlineLineAt.median, floor.median));

  let regionScan;
  let gazetteer;
  if (regionsModule.status === 'ok') {
    const { createGazetteer, loadRegionData } = regionsModule.exports;
    gazetteer = createGazetteer(loadRegionData());
    regionScan = keep('regionScanMs', await run(() => gazetteer.scan(text), config.regions));
    table.row(`region scan (gazetteer.scan), ${int(gazetteer.scan(text).length)} mentions`, regionScan, ratio(regionScan.median, floor.median));
    notes.push('region scan: "first" includes building the gazetteer index (done on the first scan).');
  } else {
    keep('regionScanMs', undefined);
    table.text('region scan (gazetteer.scan)', `n/a (${regionsModule.reason})`);
  }

  let topics;
  if (topicsModule.status === 'ok') {
    topics = keep('topicsMs', await run(() => topicsModule.exports.segmentTopics(text, model), config.topics));
    table.row('topic segmentation (segmentTopics)', topics, ratio(topics.median, floor.median));
  } else {
    keep('topicsMs', undefined);
    table.text('topic segmentation (segmentTopics)', `n/a (${topicsModule.reason})`);
  }

  // -------------------------------------------------------- edit
  const { prepareEditLoop } = require('./bench/edit');
  const loop = prepareEditLoop(core, text);
  const join = keep('getTextJoinMs', await run(() => splitLines.join('\n'), config.join));
  const edit = keep('editReoutlineMs', await run((work) => work(), config.edit, { setup: () => loop.step(), minReps: 6 }));
  const editPath = loop.hasUpdate ? 'ModelCache.update' : 'fallback: ModelCache.get = full parse';
  table.section(`One-character edit in the middle (line ${int(loop.at.line + 1)}), insert and delete alternately`);
  table.row(`update + re-outline (${editPath})`, edit, ratio(edit.median, floor.median));
  table.row('  of which getText() on a new version (lines.join)', join, ratio(join.median, floor.median));
  // Other edits an editor makes, through the same path (not part of the acceptance figures).
  const others = [
    ['editAfterLabelMs', { kind: 'afterLabel' }, 'a character in the speech on a label line'],
    ['editWithTopicsMs', { kind: 'speech', topics: true }, 'the first edit, outline with topics (the default)'],
    ['editLabelMs', { kind: 'label' }, 'a character inside a label (speakers grouped again)'],
    ['editEnterMs', { kind: 'enter' }, 'Enter in a speech line (later lines, turns, symbols shift)'],
  ];
  for (const [key, options, label] of others) {
    const other = prepareEditLoop(core, text, options);
    const m = keep(key, await run((work) => work(), config.editOthers, { setup: () => other.step(), minReps: 4 }));
    table.row(`  ${label}`, m, ratio(m.median, floor.median));
    if (other.stats.fullParses > 0) notes.push(`edit (${label}): ${other.stats.fullParses} of ${other.stats.edits} edits fell back to a full parse.`);
  }
  if (!loop.hasUpdate) notes.push('edit: ModelCache.update does not exist yet; each edit was a full parse through ModelCache.get.');
  else if (loop.stats.fullParses > 0) notes.push(`edit: ModelCache.update fell back to a full parse in ${loop.stats.fullParses} of ${loop.stats.edits} edits.`);
  else notes.push(`edit: all ${loop.stats.edits} edits went through ModelCache.update without a full parse.`);
  notes.push('edit: the document mirrors the extension host\'s TextDocument: getText() joins the line array once per version (as MirrorTextModel does), lineAt reads the array.');

  // -------------------------------------------------------- memory
  const { measureModelMemory, measureEditRetention } = require('./bench/memory');
  const mem = measureModelMemory(core, text);
  const modelBytesPerTextByte = mem.modelBytes / input.bytes;
  table.section('Memory (heap after full GCs)');
  table.text('model (parseTranscript), text held elsewhere', `${mib(mem.modelBytes)} = ${modelBytesPerTextByte.toFixed(2)} bytes per byte of text${mem.modelKeepsText ? '; keeps the whole text alive' : ''}`);
  table.text('ModelCache entry (model + edit state)', `${mib(mem.cacheEntryBytes)} = ${(mem.cacheEntryBytes / input.bytes).toFixed(2)} bytes per byte of text${mem.cacheEntryKeepsText ? '; keeps the whole text alive' : ''}`);
  table.text('the text itself as a JS string', `${mib(mem.textHeapBytes)} (${mem.textHeapBytes / text.length} byte${mem.textHeapBytes / text.length === 1 ? '' : 's'} per UTF-16 unit)`);
  if (mem.modelKeepsText) notes.push(`memory: a model keeps its whole text alive (${mib(mem.textHeapBytes)} here): its label, name and role strings are slices of the text (V8 sliced strings point into their parent).`);
  const retention = measureEditRetention(core, text, config.retentionEdits);
  if (retention) {
    const grows = retention.perEditBytes > mem.textHeapBytes / 4;
    table.text(`open document after ${retention.edits} edits on label lines`, `${retention.grownBytes >= 0 ? '+' : ''}${mib(retention.grownBytes)} = ${mib(retention.perEditBytes)} per edit${grows ? ' (an old version of the text per edit)' : ''}`);
    if (grows) notes.push(`memory: each edit to a label line keeps one more whole old text alive (+${mib(retention.perEditBytes)} per edit here): a label re-read at an edit is a slice of that version's text, and later updates reuse its turn, so each such edit pins one more whole text.`);
  }
  medians.retainedBytesPerLabelEdit = retention ? Math.round(retention.perEditBytes) : null;

  // -------------------------------------------------------- outline vs Markdown
  const md = require('./bench/markdown');
  const prefix = buildTranscript(config.compareMb * MIB);
  const prefixModel = core.parseTranscript(prefix.text);
  const prefixMarkdown = md.renderMarkdown(prefix.text, prefixModel);
  table.section(
    `Outline vs VS Code's Markdown outline, first ${mib(prefix.bytes)} (${int(prefixModel.turns.length)} turns; as Markdown ${mib(Buffer.byteLength(prefixMarkdown))}, ${int(prefixModel.turns.length)} ## headings)`,
  );
  const prefixFloor = keep('compareFloorMs', await run(() => floorOf(prefix.text), config.floor));
  table.row('floor on this text', prefixFloor, 1);
  const ours = keep('compareParseOutlineMs', await run(() => core.buildOutline(core.parseTranscript(prefix.text), core.lineReader(prefix.text)), config.ours3));
  table.row('ours: parse + outline', ours, ratio(ours.median, prefixFloor.median));
  const markdownLs = keep(
    'markdownLsSymbolsMs',
    await run((job) => job.run().finally(() => job.dispose()), config.markdownLs, { setup: () => md.prepareSymbols(prefixMarkdown), minReps: Math.min(3, config.markdownLs[1]) }),
  );
  table.row('Markdown LS document symbols (markdown-it + LS)', markdownLs, ratio(markdownLs.median, prefixFloor.median));
  notes.push(
    `markdown: vscode-markdown-languageservice ${require('vscode-markdown-languageservice/package.json').version} (vscode-languageserver: ${md.languageServer}), ` +
      `markdown-it ${require('markdown-it/package.json').version} with html+linkify, githubSlugifier, getDocumentSymbols({ includeLinkDefinitions: true }) as VS Code's Markdown server calls it; ` +
      'a fresh service and document per run (its table-of-contents cache is per uri); no IPC, so a lower bound for VS Code.',
  );
  const wholeMarkdown = md.renderMarkdown(text, model);
  if (config.markdownWholeDocument) {
    const whole = wholeMarkdown;
    const r = markdownWholeDocument(whole);
    const label = `Markdown LS, whole ${mib(Buffer.byteLength(whole))} (${int(model.turns.length)} headings)`;
    if (r.ok) table.text(label, `ok: ${ms(r.ms)} once, ${int(r.symbols)} symbols`);
    else table.text(label, `CRASHED after ${ms(r.ms)}: ${r.error}`);
    medians.markdownLsWholeDocumentMs = r.ok ? Math.round(r.ms) : null;
    notes.push('markdown: the whole document is tried once, in a child process with the default stack size.');
    if (!r.ok) notes.push(`markdown: on the whole document the language service throws ${r.error}${r.frames ? ` (${r.frames[0].replace(ROOT + path.sep, '')})` : ''}; VS Code's outline would stay empty.`);
  } else {
    table.text('Markdown LS on the whole document', 'skipped in --quick');
  }

  // -------------------------------------------------------- grammars
  const grammars = require('./bench/grammars');
  const g = await grammars.loadGrammars();
  // The same content for both grammars: the first lines of the transcript, and those lines rendered as Markdown
  // (the Markdown has more lines for the same text: a heading line per turn, blank lines between paragraphs).
  const transcriptLines = splitLines.slice(0, config.tokenizeLines);
  const sameText = transcriptLines.join('\n');
  const markdownLines = md.renderMarkdown(sameText, core.parseTranscript(sameText)).split('\n');
  const chars = (ls) => ls.reduce((n, l) => n + l.length + 1, 0);
  table.section(`Tokenising the first ${int(config.tokenizeLines)} lines of the transcript (and the same text as Markdown), line by line with the rule stack (vscode-textmate ${require('vscode-textmate/package.json').version} + onig.wasm, tokenizeLine2)`);
  const tokOurs = keep('tokenizeTranscriptMs', await run(() => grammars.tokenizeAll(g.transcript, transcriptLines), config.tokenize));
  const tokMd = keep('tokenizeMarkdownMs', await run(() => grammars.tokenizeAll(g.markdown, markdownLines), config.tokenize));
  table.row(`transcript grammar (text.transcript), ${int(chars(transcriptLines))} ch`, tokOurs, ratio(tokOurs.median, tokMd.median));
  table.row(`Markdown grammar (text.html.markdown), ${int(chars(markdownLines))} ch`, tokMd, 1);
  const perKChar = (m, ls) => (m.median / chars(ls)) * 1000;
  notes.push(
    `grammars: the transcript's first ${int(config.tokenizeLines)} lines, and the same text rendered as Markdown (${int(markdownLines.length)} lines); per 1,000 characters: ` +
      `transcript ${perKChar(tokOurs, transcriptLines).toFixed(3)} ms, Markdown ${perKChar(tokMd, markdownLines).toFixed(3)} ms. ` +
      `The Markdown grammar's ${g.unknownScopes.size} embedded grammars (fenced code languages, HTML, …) load as null.`,
  );
  medians.tokenizeTranscriptMsPerKChar = Math.round(perKChar(tokOurs, transcriptLines) * 1e4) / 1e4;
  medians.tokenizeMarkdownMsPerKChar = Math.round(perKChar(tokMd, markdownLines) * 1e4) / 1e4;

  // -------------------------------------------------------- bundle and activation
  const bundle = require('./bench/bundle');
  table.section('Bundle (node esbuild.js --production, captured in memory; dist/ untouched) and activation');
  let bundleBytes = {};
  let activation;
  try {
    const outputs = bundle.productionBuild();
    for (const name of ['extension.js', 'cli.js']) {
      if (!outputs[name]) continue;
      bundleBytes[name] = outputs[name].bytes;
      table.text(`dist/${name}`, `${int(outputs[name].bytes)} bytes`);
    }
    const parts = [];
    activation = keep('activationMs', await run(() => parts.push(bundle.activateOnce(outputs['extension.js'].text)), config.activation));
    const after = parts.slice(config.activation[0]);
    const { median } = require('./bench/measure');
    medians.activationRequireMs = Math.round(median(after.map((p) => p.requireMs)) * 1000) / 1000;
    medians.activationActivateMs = Math.round(median(after.map((p) => p.activateMs)) * 1000) / 1000;
    table.row(`require + activate() (stub vscode, fresh module each run)`, activation);
    table.text('  of which require / activate()', `${ms(medians.activationRequireMs)} / ${ms(medians.activationActivateMs)}; ${parts[0].subscriptions} subscriptions`);
    notes.push('activation: require is mostly V8 compiling the bundle (Module.wrapSafe); activate() only registers providers.');
  } catch (e) {
    bundleBytes = { error: String(e.message || e) };
    keep('activationMs', undefined);
    table.text('production build', `failed: ${e.message || e}`);
  }

  // -------------------------------------------------------- ratios
  const ratios = {
    parseVsFloor: ratio(parse.median, floor.median),
    outlineVsMarkdownLS: ratio(ours.median, markdownLs.median),
    grammarVsMarkdownGrammar: ratio(tokOurs.median, tokMd.median),
    regionScanVsFloor: regionScan ? ratio(regionScan.median, floor.median) : undefined,
  };
  const minRatio = (a, b) => (a && b ? `   (of the mins: ${exactTimes(ratio(a.min, b.min))})` : '');
  table.section('Ratios of the medians above (lower is better for us)');
  table.text('parseVsFloor = parse / floor', exactTimes(ratios.parseVsFloor) + minRatio(parse, floor));
  table.text('outlineVsMarkdownLS = ours / Markdown LS (prefix)', exactTimes(ratios.outlineVsMarkdownLS) + minRatio(ours, markdownLs));
  table.text('grammarVsMarkdownGrammar = ours / Markdown', exactTimes(ratios.grammarVsMarkdownGrammar) + minRatio(tokOurs, tokMd));
  table.text('regionScanVsFloor = region scan / floor', ratios.regionScanVsFloor === undefined ? 'n/a (not built yet)' : exactTimes(ratios.regionScanVsFloor) + minRatio(regionScan, floor));
  table.text('editReoutlineMs', ms(edit.median));
  table.text('modelBytesPerTextByte', modelBytesPerTextByte.toFixed(2));
  notes.push('times are wall-clock medians of timed runs after warm-up runs, each after a full GC; "cpu" is the median CPU time of the process per run (all threads, so GC helper threads count); "first" is the first (cold) warm-up run; "vs" is against the section\'s floor (or, for grammars, the Markdown grammar), from wall medians.');

  const loadAtEnd = os.loadavg()[0];
  if (Math.max(env.loadAverage, loadAtEnd) > env.cores) {
    notes.push(`machine busy: load average ${env.loadAverage} at start, ${loadAtEnd.toFixed(2)} at the end, on ${env.cores} cores — times are inflated and noisy; compare the cpu column (the process's CPU time per run, GC threads included) and the min column, or run again when idle.`);
  }
  console.log(table.header());
  console.log(table.lines.join('\n'));
  console.log('\nNotes');
  for (const n of notes) console.log(`  - ${n}`);
  const totalS = (performance.now() - started) / 1000;
  console.log(`\ntotal ${totalS.toFixed(1)} s`);

  if (jsonFile) {
    const round = (v) => (v === undefined ? null : Math.round(v * 1000) / 1000);
    const out = {
      ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v)])),
      editReoutlineMs: round(edit.median),
      modelBytesPerTextByte: round(modelBytesPerTextByte),
      bundleBytes,
      activationMs: activation ? round(activation.median) : null,
      medians,
      mins,
      cpuMedians,
      cpuRatios: {
        parseVsFloor: round(ratio(parse.cpuMedian, floor.cpuMedian)),
        outlineVsMarkdownLS: round(ratio(ours.cpuMedian, markdownLs.cpuMedian)),
        grammarVsMarkdownGrammar: round(ratio(tokOurs.cpuMedian, tokMd.cpuMedian)),
        regionScanVsFloor: regionScan ? round(ratio(regionScan.cpuMedian, floor.cpuMedian)) : null,
      },
      notes,
      environment: env,
      input: { bytes: input.bytes, chars: text.length, lines: lineCount, pages: input.pages, turns: model.turns.length, compareBytes: prefix.bytes, tokenizeLines: config.tokenizeLines },
      memory: { ...mem, retainedBytesPerLabelEdit: medians.retainedBytesPerLabelEdit },
      editPath,
      seconds: Math.round(totalS * 10) / 10,
    };
    fs.writeFileSync(path.resolve(jsonFile), JSON.stringify(out, null, 2) + '\n');
    console.log(`wrote ${jsonFile}`);
  }
  gc();
}

if (args.includes('--profile')) {
  require('./bench/profile').main(args.filter((a) => a !== '--profile')).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (typeof global.gc !== 'function') {
  // GC between measurements and the heap figures need --expose-gc: run again with it.
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
