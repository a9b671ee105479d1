// The ratios against the floor timed again in a fresh process, each side in
// alternation with the floor, each run after a full GC: the same moments of a
// busy machine for both, and a heap that holds only what the pair needs (in
// the main bench, everything measured before stays in the heap, and the
// floor, which allocates a string per line, slows down with it). Not done for
// the Markdown LS: right after its run (hundreds of MB of garbage) our parse
// runs a third slower than in a loop of its own, which measures V8's heap
// sizing, not us. Run by scripts/bench.js as a child:
// `node --expose-gc pairs.js MB PAIRS`; prints one JSON line.
'use strict';

const { measurePair } = require('./measure');
const { buildTranscript, MIB } = require('./input');
const { loadCore } = require('./load');
const { floorOf } = require('./floor');


async function main([mb = '10', pairs = '9'] = process.argv.slice(2)) {
  const core = loadCore();
  const options = { warmup: 2, pairs: Number(pairs) };
  const out = {};
  const { text } = buildTranscript(Number(mb) * MIB);
  const floor = { fn: () => floorOf(text) };
  out.parseVsFloor = await measurePair(floor, { fn: () => core.parseTranscript(text) }, options);
  if (typeof core.createGazetteer === 'function') {
    const gazetteer = core.createGazetteer(core.loadRegionData());
    out.regionScanVsFloor = await measurePair(floor, { fn: () => gazetteer.scan(text) }, options);
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
