// The acceptance figures, from what the measurements kept: the ratios of medians (and of CPU
// medians, for --json), the edit time and the model's bytes per byte of text. Run by
// scripts/bench.js after the measurements; a ratio whose two figures were not measured
// (--only) is left out of the table and null in --json.
'use strict';

const { ms, ratio, exactTimes } = require('./table');
const { round3 } = require('./context');

/** [--json name, numerator key, denominator key, label]: keys as the measurements keep them. */
const RATIOS = [
  ['parseVsFloor', 'parseMs', 'floorMs', 'parseVsFloor = parse / floor'],
  ['formatsParseVsFloor', 'formatsParseMs', 'formatsFloorMs', 'formatsParseVsFloor = parse / floor, formats text'],
  ['outlineVsMarkdownLS', 'compareParseOutlineMs', 'markdownLsSymbolsMs', 'outlineVsMarkdownLS = ours / Markdown LS (prefix)'],
  ['grammarVsMarkdownGrammar', 'tokenizeTranscriptMs', 'tokenizeMarkdownMs', 'grammarVsMarkdownGrammar = ours / Markdown'],
  ['regionScanVsFloor', 'regionScanMs', 'floorMs', 'regionScanVsFloor = region scan / floor'],
];

/** The 'Ratios' section's rows; sets ctx.json.ratios and ctx.json.cpuRatios (every name, null when not measured). */
function ratioRows(ctx) {
  const rows = [];
  const json = { ratios: {}, cpuRatios: {} };
  for (const [name, a, b, label] of RATIOS) {
    const m = ctx.measured[a];
    const base = ctx.measured[b];
    json.ratios[name] = m && base ? round3(ratio(m.median, base.median)) : null;
    json.cpuRatios[name] = m && base ? round3(ratio(m.cpuMedian, base.cpuMedian)) : null;
    if (m && base) rows.push({ label, text: `${exactTimes(ratio(m.median, base.median))}   (of the mins: ${exactTimes(ratio(m.min, base.min))})` });
  }
  Object.assign(ctx.json, json);
  if (ctx.measured.editReoutlineMs) rows.push({ label: 'editReoutlineMs', text: ms(ctx.measured.editReoutlineMs.median) });
  if (ctx.measured.formatsEditReoutlineMs) rows.push({ label: 'formatsEditReoutlineMs', text: ms(ctx.measured.formatsEditReoutlineMs.median) });
  if (ctx.json.modelBytesPerTextByte !== undefined) rows.push({ label: 'modelBytesPerTextByte', text: ctx.json.modelBytesPerTextByte.toFixed(2) });
  ctx.notes.push('times are wall-clock medians of timed runs after warm-up runs, each after a full GC; "cpu" is the median CPU time of the process per run (all threads, so GC helper threads count); "first" is the first (cold) warm-up run; "vs" is against the section\'s floor (or, for grammars, the Markdown grammar), from wall medians.');
  return rows.length > 0 ? [{ section: 'Ratios of the medians above (lower is better for us)' }, ...rows] : [];
}

module.exports = { ratioRows };
