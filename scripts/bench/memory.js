// Heap held by parsed models, per byte of text: measured with full GCs
// (node --expose-gc) around building and holding the models.
'use strict';

const { gc } = require('./measure');

function heapUsed() {
  // V8 keeps the subject of the last regular-expression match alive (RegExp.input); point it at a small string first.
  /x/.exec('x');
  gc();
  return process.memoryUsage().heapUsed;
}

/** A private, flat copy of a string (so that nothing else holds it). */
function copyOf(text) {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Bytes V8 needs for the characters of a string: 1 per character when all are below U+0100, else 2. */
function stringHeapBytes(text) {
  return text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1);
}

/**
 * Heap held by what `build(text)` returns, with the text alive elsewhere, and
 * how much of the text's heap is freed when the text itself is dropped
 * (about none when the result keeps the text alive, e.g. through sliced strings).
 */
function heldBy(build, text) {
  let own = copyOf(text);
  const before = heapUsed();
  const result = build(own);
  const withText = heapUsed();
  own = null;
  const textFreed = withText - heapUsed();
  return { result, bytes: withText - before, textFreed };
}

/**
 * The model alone (median-free: the mean of `copies` models built and held),
 * whether a model keeps its text alive, and the same for a ModelCache entry
 * (the model plus the state kept for incremental edits).
 */
function measureModelMemory(core, text, copies = 3) {
  const held = [];
  const before = heapUsed();
  for (let i = 0; i < copies; i++) held.push(core.parseTranscript(text));
  const modelBytes = (heapUsed() - before) / copies;
  held.length = 0;

  const textHeapBytes = stringHeapBytes(text);
  const model = heldBy((t) => core.parseTranscript(t), text);
  const entry = heldBy((t) => {
    const cache = new core.ModelCache(new core.TranscriptParser(core.englishProfile()));
    cache.get({ uri: { toString: () => 'file:///bench/memory.txt' }, version: 1, getText: () => t });
    return cache;
  }, text);
  const keeps = (r) => r.textFreed < textHeapBytes / 2;
  return {
    modelBytes,
    modelKeepsText: keeps(model),
    cacheEntryBytes: entry.bytes,
    cacheEntryKeepsText: keeps(entry),
    textHeapBytes,
  };
}

/**
 * Heap growth of an open document (its line array plus its ModelCache entry)
 * over `edits` one-character edits, each at the start of a different label
 * line, applied through ModelCache.update: a cache that keeps nothing of old
 * versions stays flat.
 */
function measureEditRetention(core, text, edits) {
  const { MirrorDocument } = require('./edit');
  const doc = new MirrorDocument('file:///bench/retention.txt', copyOf(text));
  const cache = new core.ModelCache(new core.TranscriptParser(core.englishProfile()));
  const model = cache.get(doc);
  if (typeof cache.update !== 'function') return undefined;
  doc.cachedText = null;
  const step = Math.max(1, Math.floor(model.turns.length / (edits + 1)));
  const lines = model.turns.filter((_, i) => i % step === step >> 1).slice(0, edits).map((t) => t.span.start.line);
  const before = heapUsed();
  for (const line of lines) {
    const change = doc.apply(line, 0, 0, 'A');
    if (!cache.update(doc, [change])) cache.get(doc);
    doc.cachedText = null;
  }
  const grown = heapUsed() - before;
  const alive = cache.size + doc.lineCount; // both stay reachable until the heap is read
  return { edits: lines.length, grownBytes: grown, perEditBytes: grown / lines.length, alive };
}

const { mib } = require('./table');
const { round3 } = require('./context');

/** The rows for the model and the cache entry, per byte of text. */
function modelRows(mem, bytes) {
  const keeps = (yes) => (yes ? '; keeps the whole text alive' : '');
  const perUnit = mem.textHeapBytes / (bytes.chars || 1);
  return [
    { label: 'model (parseTranscript), text held elsewhere', text: `${mib(mem.modelBytes)} = ${(mem.modelBytes / bytes.utf8).toFixed(2)} bytes per byte of text${keeps(mem.modelKeepsText)}` },
    { label: 'ModelCache entry (model + edit state)', text: `${mib(mem.cacheEntryBytes)} = ${(mem.cacheEntryBytes / bytes.utf8).toFixed(2)} bytes per byte of text${keeps(mem.cacheEntryKeepsText)}` },
    { label: 'the text itself as a JS string', text: `${mib(mem.textHeapBytes)} (${perUnit} byte${perUnit === 1 ? '' : 's'} per UTF-16 unit)` },
  ];
}

/** The row for the heap an open document gains over edits on label lines, and its note when each edit pins an old text. */
function retentionRows(ctx, retention, textHeapBytes) {
  if (!retention) return [];
  const grows = retention.perEditBytes > textHeapBytes / 4;
  if (grows) ctx.notes.push(`memory: each edit to a label line keeps one more whole old text alive (+${mib(retention.perEditBytes)} per edit here): a label re-read at an edit is a slice of that version's text, and later updates reuse its turn, so each such edit pins one more whole text.`);
  return [{ label: `open document after ${retention.edits} edits on label lines`, text: `${retention.grownBytes >= 0 ? '+' : ''}${mib(retention.grownBytes)} = ${mib(retention.perEditBytes)} per edit${grows ? ' (an old version of the text per edit)' : ''}` }];
}

/** The bench measurement: heap of a model and of a cache entry per byte of text (modelBytesPerTextByte), and heap kept over edits. */
const measurement = {
  name: 'memory',
  title: 'Memory (heap after full GCs)',
  // After the core's first parse, as in a full run: a cold core counts what it builds once (--only memory alone read ~2.0 for ~1.5).
  needs: ['parse'],
  run(ctx) {
    const mem = measureModelMemory(ctx.core, ctx.text);
    const rows = modelRows(mem, { utf8: ctx.input.bytes, chars: ctx.text.length });
    if (mem.modelKeepsText) ctx.notes.push(`memory: a model keeps its whole text alive (${mib(mem.textHeapBytes)} here): its label, name and role strings are slices of the text (V8 sliced strings point into their parent).`);
    const retention = measureEditRetention(ctx.core, ctx.text, ctx.quick ? 5 : 10);
    rows.push(...retentionRows(ctx, retention, mem.textHeapBytes));
    ctx.medians.retainedBytesPerLabelEdit = retention ? Math.round(retention.perEditBytes) : null;
    Object.assign(ctx.json, { modelBytesPerTextByte: round3(mem.modelBytes / ctx.input.bytes), memory: { ...mem, retainedBytesPerLabelEdit: ctx.medians.retainedBytesPerLabelEdit } });
    return rows;
  },
};

module.exports = { measureModelMemory, measureEditRetention, measurement };
