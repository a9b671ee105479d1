// The whole-document measurements: the floor, then parse, outline, region scan and topic
// segmentation of the whole input, each against the floor.
'use strict';

const { floorOf, FLOOR_REPS } = require('./floor');
const { mib, int } = require('./table');

const title = (ctx) => `Whole document (${mib(ctx.input.bytes)})`;

/** `fn` timed under `key`, as a row against the floor. */
async function rowVsFloor(ctx, key, label, fn, reps) {
  const m = await ctx.time(key, fn, reps);
  return { label, m, vs: ctx.vs(m) };
}

/** The floor's row for `text`, timed under `key`: split lines + one regex test per line. */
async function floorRow(ctx, key, text) {
  const m = await ctx.time(key, () => floorOf(text), FLOOR_REPS);
  return { label: 'floor: split lines + 1 regex .test per line', m, vs: 1 };
}

/** The parse row for `text`, timed under `key`, against the floor kept under `floorKey`. */
async function parseRow(ctx, key, text, floorKey = 'floorMs') {
  const m = await ctx.time(key, () => ctx.core.parseTranscript(text), { full: [2, 7, 8000], quick: [1, 3, 1000] });
  return { label: 'parse (the service\'s parser, as the editor and CLI use it)', m, vs: ctx.vs(m, floorKey) };
}

/** Split lines + one regex test per line: what any line-based tool must at least do. */
const floor = {
  name: 'floor',
  title,
  run: async (ctx) => [await floorRow(ctx, 'floorMs', ctx.text)],
};

/** parseTranscript on the whole input. */
const parse = {
  name: 'parse',
  title,
  needs: ['floor'],
  run: async (ctx) => [await parseRow(ctx, 'parseMs', ctx.text)],
};

/** buildOutline over the parsed model, reading lines from the text and from a line array. */
const outline = {
  name: 'outline',
  title,
  needs: ['floor'],
  async run(ctx) {
    const { core, model, text, lines } = ctx;
    const reps = { full: [2, 9, 3000], quick: [1, 3, 1000] };
    return [
      await rowVsFloor(ctx, 'outlineMs', 'outline (buildOutline + lineReader(text))', () => core.buildOutline(model, core.lineReader(text)), reps),
      await rowVsFloor(ctx, 'outlineLineAtMs', 'outline over split lines (as document.lineAt)', () => core.buildOutline(model, (l) => lines[l] ?? ''), reps),
    ];
  },
};

/** The region gazetteer's scan of the whole text. */
const regions = {
  name: 'regions',
  title,
  needs: ['floor'],
  async run(ctx) {
    const gazetteer = ctx.core.createGazetteer(ctx.core.loadRegionData());
    const m = await ctx.time('regionScanMs', () => gazetteer.scan(ctx.text), { full: [2, 7, 5000], quick: [1, 3, 1000] });
    ctx.notes.push('region scan: "first" includes building the gazetteer index (done on the first scan).');
    return [{ label: `region scan (gazetteer.scan), ${int(gazetteer.scan(ctx.text).length)} mentions`, m, vs: ctx.vs(m) }];
  },
};

/** segmentTopics over the parsed model. */
const topics = {
  name: 'topics',
  title,
  needs: ['floor'],
  run: async (ctx) => [await rowVsFloor(ctx, 'topicsMs', 'topic segmentation (segmentTopics)', () => ctx.core.segmentTopics(ctx.text, ctx.model, ctx.core.defaultLexicon()), { full: [1, 5, 6000], quick: [1, 3, 1000] })],
};

module.exports = { floor, parse, outline, regions, topics, floorRow, parseRow };
