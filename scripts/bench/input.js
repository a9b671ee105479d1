// The bench input: the corpus pages concatenated in name order, repeated until
// the wanted size. Deterministic: same corpus, same text, byte for byte.
'use strict';

const fs = require('fs');
const path = require('path');
const { FIXTURE_CORPUS } = require('../lib/corpus');

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS_DIR = process.env.TRANSCRIPT_BENCH_CORPUS || path.join(FIXTURE_CORPUS, 'dev');
const MIB = 1024 * 1024;

/** The corpus pages (`*.txt`), sorted by name, line endings normalised to LF. */
function corpusPages(dir = CORPUS_DIR) {
  if (!fs.existsSync(dir)) throw new Error(`corpus folder not found: ${dir} (set TRANSCRIPT_BENCH_CORPUS)`);
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt pages in ${dir}`);
  return names.map((name) => {
    let text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
    if (!text.endsWith('\n')) text += '\n';
    return { name, bytes: Buffer.from(text + '\n', 'utf8') };
  });
}

/**
 * Whole pages in name order, cycling through the corpus, until at least
 * `minBytes` UTF-8 bytes; pages are separated by a blank line. Returned as
 * one flat string (built from a Buffer, so no rope of concatenations).
 */
function buildTranscript(minBytes, pages = corpusPages()) {
  const chunks = [];
  let bytes = 0;
  let count = 0;
  while (bytes < minBytes) {
    const page = pages[count % pages.length];
    chunks.push(page.bytes);
    bytes += page.bytes.length;
    count++;
  }
  const text = Buffer.concat(chunks, bytes).toString('utf8');
  return { text, bytes, pages: count, corpusPages: pages.length, rounds: count / pages.length };
}

module.exports = { buildTranscript, corpusPages, MIB, ROOT };
