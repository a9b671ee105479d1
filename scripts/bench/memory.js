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
    const cache = new core.ModelCache();
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
  const cache = new core.ModelCache();
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

module.exports = { measureModelMemory, measureEditRetention, stringHeapBytes };
