// Big files in the editor (issue 11, item 13): what the workspace index costs when a
// 20 MB transcript open in the editor is saved, as a ratio to one parse of it, and the
// first topic segmentation of the 10 MB bench text against the floor.
//
// The save goes through the index's core path, as features/workspaceSymbols.ts drives it:
// the document is a MirrorDocument (edit.js) whose model the ModelCache keeps across edits
// and whose topic segments a TopicSegmenter keeps (as the outline does); after a one-character
// edit in a speech, a save event reaches the IndexUpdater, which takes the cached model and
// segments the one turn the edit touched (the conservative case: the outline has not asked
// for this version yet). Timed: from the end of the quiet window to the index being updated.
// Without IndexUpdater (the code before), the save re-indexed the whole text the way
// workspaceSymbols.ts did: getText(), parse, segmentTopics (and a second time for the file
// watcher's event).
//
// Usage: node --expose-gc scripts/bench/save20mb.js [--mb 20] [--topics-mb 10]
// From bench.js: const { benchSave20mb } = require('./bench/save20mb'); const r = await benchSave20mb(core, { quick });
'use strict';

const { measure } = require('./measure');
const { buildTranscript, MIB } = require('./input');
const { floorOf } = require('./floor');
const { MirrorDocument, EDITS } = require('./edit');

/** The open document and what the editor keeps for it: the cache's model and the outline's segmenter. */
function openDocument(core, text) {
  const cache = core.service.createModelCache();
  const doc = new MirrorDocument('file:///bench/big.transcript', text);
  const reader = (line) => (line < doc.lineCount ? doc.lineAt(line).text : '');
  const segmenter = new core.TopicSegmenter(core.defaultLexicon());
  const model = cache.get(doc);
  let last = { model, segments: segmenter.segments(model, reader) };
  const edit = EDITS.speech(model);
  let inserted = false;
  return {
    doc,
    cache,
    /** The next one-character edit, applied as onDidChangeTextDocument applies it; with `outline`, the outline then asks for the segments. */
    type(outline) {
      const change = inserted ? edit.undo(doc) : edit.insert(doc);
      inserted = !inserted;
      cache.update(doc, [change]);
      if (outline) {
        const model = cache.get(doc);
        last = { model, segments: segmenter.segments(model, reader) };
      }
    },
    /** What features/workspaceSymbols.ts gives the index for the open document. */
    open: {
      declared: true,
      looksLikeTranscript: () => true,
      model: () => cache.get(doc),
      // As TopicSettings.segmentsInSlices: the kept segments, or the kept segmenter's steps with yields.
      segments: async (scheduler, token) => {
        const current = cache.get(doc);
        if (last.model === current) return last.segments;
        const steps = segmenter.steps(current, reader, token);
        let step = steps.next();
        while (!step.done) {
          await scheduler.yieldNow();
          step = steps.next();
        }
        last = { model: current, segments: step.value };
        return step.value;
      },
    },
  };
}

/**
 * Index update after a save of the open document, through IndexUpdater (ms per save). With
 * `outline`, the outline has segmented the edited version before the save (as VS Code asks for
 * the symbols of the active editor after an edit); without, the index segments the edited turn.
 */
async function newSavePath(core, text, runs, outline) {
  const editor = openDocument(core, text);
  const uri = editor.doc.uri.toString();
  let fire;
  const scheduler = { yieldNow: () => new Promise((r) => setImmediate(r)), after: (ms, run) => ((fire = run), () => (fire = undefined)) };
  const source = { open: (u) => (u === uri ? editor.open : undefined), read: async () => undefined, lexicon: () => core.defaultLexicon() };
  const index = new core.WorkspaceIndex();
  const updater = new core.IndexUpdater(index, { source, scheduler });
  updater.touch(uri);
  fire();
  await updater.idle();
  const m = await measure(async () => {
    updater.touch(uri); // onDidSaveTextDocument
    updater.touch(uri); // the file watcher's change
    fire();
    await updater.idle();
  }, { warmup: 2, reps: runs, minReps: runs, setup: () => editor.type(outline) });
  return { ...m, parses: updater.stats.parses, cacheParses: editor.cache.parseCount };
}

/** The code before: each save event re-read, re-parsed and re-segmented the whole text (ms per event). */
async function oldSavePath(core, text, runs) {
  const editor = openDocument(core, text);
  const index = new core.WorkspaceIndex();
  return measure(() => index.set(editor.doc.uri.toString(), editor.doc.getText(), { lexicon: core.defaultLexicon() }), { warmup: 1, reps: runs, minReps: runs, setup: () => editor.type() });
}

/**
 * The figures: `saveMs` (index update after a save of the 20 MB open document), `parseMs` (one
 * parse of it), `saveVsParse`; `topicsMs`, `floorMs` and `topicsVsFloor` on the 10 MB bench text.
 */
async function benchSave20mb(core, { mb = 20, topicsMb = 10, quick = false } = {}) {
  const input = buildTranscript((quick ? 2 : mb) * MIB);
  const text = input.text;
  const runs = quick ? 3 : 7;
  const parse = await measure(() => core.parseTranscript(text), { warmup: 1, reps: runs, minReps: runs });
  const hasUpdater = typeof core.IndexUpdater === 'function';
  const save = hasUpdater ? await newSavePath(core, text, runs, false) : await oldSavePath(core, text, quick ? 2 : 3);
  const afterOutline = hasUpdater ? await newSavePath(core, text, runs, true) : undefined;
  const text10 = buildTranscript((quick ? 1 : topicsMb) * MIB).text;
  const model10 = core.parseTranscript(text10);
  const floor = await measure(() => floorOf(text10), { warmup: 2, reps: 9, minReps: 9 });
  const topics = await measure(() => core.segmentTopics(text10, model10, core.defaultLexicon()), { warmup: 1, reps: runs, minReps: runs });
  return {
    path: hasUpdater ? 'IndexUpdater (open document: cached model and segments)' : 'before: WorkspaceIndex.set(getText()) per event, 2 events per save',
    mb: input.bytes / MIB,
    saveMs: save.median,
    parseMs: parse.median,
    saveVsParse: save.median / parse.median,
    saveVsParseMins: save.min / parse.min,
    saveVsParseCpu: save.cpuMedian / parse.cpuMedian,
    saveAfterOutlineMs: afterOutline?.median,
    saveAfterOutlineVsParse: afterOutline && afterOutline.median / parse.median,
    saveAfterOutlineVsParseMins: afterOutline && afterOutline.min / parse.min,
    indexParses: save.parses,
    topicsMs: topics.median,
    floorMs: floor.median,
    topicsVsFloor: topics.median / floor.median,
    topicsVsFloorMins: topics.min / floor.min,
    topicsVsFloorCpu: topics.cpuMedian / floor.cpuMedian,
  };
}

async function main(args = process.argv.slice(2)) {
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const core = require('../lib/core').loadCore();
  const r = await benchSave20mb(core, { mb: option('--mb', 20), topicsMb: option('--topics-mb', 10), quick: args.includes('--quick') });
  const f = (v) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
  console.log(`Save of a ${r.mb.toFixed(1)} MiB open transcript (${r.path})`);
  console.log(`  index update after the save   ${f(r.saveMs).padStart(10)}   ${r.saveVsParse.toFixed(3)}× one parse (${f(r.parseMs)}; mins: ${r.saveVsParseMins.toFixed(3)}×; cpu: ${r.saveVsParseCpu.toFixed(3)}×)  save20mbVsParse`);
  if (r.saveAfterOutlineMs !== undefined) console.log(`    the outline asked first      ${f(r.saveAfterOutlineMs).padStart(10)}   ${r.saveAfterOutlineVsParse.toFixed(3)}× (mins: ${r.saveAfterOutlineVsParseMins.toFixed(3)}×)`);
  if (r.indexParses !== undefined) console.log(`  parses by the index: ${r.indexParses}`);
  console.log('First topic segmentation of the bench text');
  console.log(`  segmentTopics                 ${f(r.topicsMs).padStart(10)}   ${r.topicsVsFloor.toFixed(1)}× the floor (${f(r.floorMs)}; mins: ${r.topicsVsFloorMins.toFixed(1)}×; cpu: ${r.topicsVsFloorCpu.toFixed(1)}×)  topicsVsFloor`);
  console.log(`load average ${require('os').loadavg()[0].toFixed(1)}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { benchSave20mb, main };
