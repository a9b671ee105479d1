#!/usr/bin/env node
// Builds data/topics/lexicon.json, the default topic lexicon of src/core/topics.
//
// Usage:
//   node scripts/build-topics.js [--corpus DIR] [--out FILE] [--check] [--no-learn]
//
//   --corpus DIR  the Kremlin.ru corpus (taxonomy.json, dev/, dev-news/); default $TRANSCRIPT_CORPUS,
//                 else the repository's copy in test/fixtures/corpus
//   --out FILE    where to write; default data/topics/lexicon.json
//   --check       write nothing; exit 1 when FILE differs from what would be written
//   --no-learn    seeds and place names only (no learned words)
//
// What goes in, per topic (one topic per Topics tag of taxonomy.json, in its order):
//   keywords  the hand-written seeds of src/core/topics/seedKeywords.ts (weights 2 / 1 / 0.4);
//   places    names from taxonomy.json's Geography tags: countries -> Foreign policy (1),
//             distinctive words of Russian region names -> Regions (0.5);
//   learned   a few words learned from the corpus pages that carry Topics tags: for each tag on at
//             least METHOD.minTopicPages pages, the words found on a page with the tag more often
//             than chance allows (hypergeometric tail <= maxPValue over page counts) and with a
//             smoothed log-odds >= minLogOdds, found on at least minTopicDf and 30% of the
//             tagged pages, not names (mostly capitalised mid-sentence), not stop words and not
//             seeds already; at most maxLearned per topic, most significant first, weight
//             clamp(log-odds / 5, 0.2, 0.8), below any seed.
// The output is deterministic (sorted, no dates): same inputs, same bytes.
//
// The TypeScript core (stemmer, tokenizer, parser, seeds) is bundled in memory with esbuild, so
// the builder and the runtime share one stemmer. scripts/topic-accuracy.js reuses the exports.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const { DEFAULT_CORPUS } = require('./lib/corpus');
const { loadSource } = require('./lib/loadSource');
const DEFAULT_OUT = path.join(ROOT, 'data', 'topics', 'lexicon.json');

/** The learning parameters (see the header); buildLexicon(..., { method }) may override them. */
const METHOD = {
  minTopicPages: 8,
  maxLearned: 10,
  minLogOdds: 1.5,
  /** Largest chance (hypergeometric tail) that the tagged pages hold the word this often by accident. */
  maxPValue: 1e-4,
  /** A learned word is on at least this many tagged pages and this share of them. */
  minTopicDf: 3,
  minTopicShare: 0.3,
  learnedWeight: { divisor: 5, min: 0.2, max: 0.8 },
};

/** Function words and the furniture of Kremlin transcripts: never learned. */
const STOP_WORDS = new Set(`
a about above after again against all almost along already also although always am among an and another any anyone anything are
around as at away back be became because become been before being below between both but by can cannot could did do does doing
done down during each either else enough even ever every few for from further get gets getting give given go going gone good got
great had has have having he her here hers herself him himself his how however i if in indeed into is it its itself just know
last least less let like made make makes making many may me might more most much must my myself need needs never new next no nor
not now of off often on once one only or other others otherwise our ours ourselves out over own per perhaps please put quite rather
really right said same say saying says see seem seems several shall she should since so some something still such sure take than
thank thanks that the their theirs them themselves then there therefore these they thing things think this those though three
through thus to today together too two under until up upon us very via want was way we well were what whatever when where whether
which while who whole whom whose why will with within without would yes yet you your yours yourself
also mr mrs ms dear colleague colleagues friends president vladimir putin russia russian russians federation year years time
times day days week weeks month months percent billion million thousand first second third fourth fifth number issue issues
question questions work working meeting meetings course important need fact example part point problem problems situation
opportunity opportunities people person everyone somebody something task tasks discuss discussed discussion talk talked
yesterday tomorrow instance necessary possible certainly absolutely obviously course regard regards
support help near able begin began ongoing constantly directly significantly virtually future higher individual list figure
reality nothing reply broadly mistake proposals proposed achieve draw established senior parameters unprecedented
`.split(/\s+/).filter(Boolean));

function parseArgs(argv) {
  const args = { corpus: DEFAULT_CORPUS, out: DEFAULT_OUT, check: false, learn: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--out') args.out = path.resolve(argv[++i]);
    else if (a === '--check') args.check = true;
    else if (a === '--no-learn') args.learn = false;
    else if (a === '-h' || a === '--help') args.help = true;
    else throw new Error(`build-topics: unknown argument ${a}`);
  }
  return args;
}

let core;
/** The TypeScript core, bundled in memory: topics API, seeds and the parser (lexicon.json stays outside: this script writes it). */
function loadCore() {
  core ??= loadSource(
    {
      name: 'build-topics',
      contents: [
        "export * from './src/core/topics/index';",
        "export { SEED_KEYWORDS, SEED_WEIGHTS, PLACE_NAMES } from './src/core/topics/seedKeywords';",
        "export { parseTranscript } from './src/core/parse';",
      ].join('\n'),
    },
    { external: ['*.json'] },
  );
  return core;
}

/** A tag or label with NBSP and runs of white space as one space. */
function normalizeLabel(s) {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The corpus pages that carry Topics tags, sorted by folder and id: { id, folder, tags, text }. */
function loadTaggedPages(corpus) {
  const pages = [];
  for (const folder of ['dev', 'dev-news']) {
    const dir = path.join(corpus, folder);
    if (!fs.existsSync(dir)) continue;
    const ids = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : 1));
    for (const id of ids) {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8'));
      const tags = (truth.topics || []).map(normalizeLabel);
      if (tags.length === 0) continue;
      pages.push({ id, folder, tags, text: fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8') });
    }
  }
  return pages;
}

function loadTaxonomy(corpus) {
  return JSON.parse(fs.readFileSync(path.join(corpus, 'taxonomy.json'), 'utf8'));
}

/**
 * The words of a page's body as the learner sees them: per stem, the count, the written forms and
 * how often it was capitalised where a sentence does not start.
 */
function pageDocument(page) {
  const c = loadCore();
  const model = c.parseTranscript(page.text);
  const lines = page.text.split('\n');
  const stems = new Map();
  for (const p of model.paragraphs) {
    if (p.line < model.bodyStart || p.line > model.bodyEnd || (p.kind !== 'text' && p.kind !== 'turn')) continue;
    let line = lines[p.line];
    if (p.kind === 'turn') {
      const turn = model.turns.find((t) => t.span.start.line === p.line);
      if (turn) line = line.slice(turn.speechStart.character);
    }
    for (const w of c.words(line)) {
      if (w.end - w.start < 2 || !/^[a-z]+$/.test(w.lower)) continue;
      const s = c.stem(w.lower);
      let e = stems.get(s);
      if (!e) stems.set(s, (e = { count: 0, forms: new Map(), capitalised: 0, inside: 0 }));
      e.count++;
      e.forms.set(w.lower, (e.forms.get(w.lower) || 0) + 1);
      const before = line.slice(Math.max(0, w.start - 3), w.start).trim();
      if (before !== '' && !/[.!?:;"“«(]$/.test(before)) {
        e.inside++;
        if (line.charCodeAt(w.start) >= 65 && line.charCodeAt(w.start) <= 90) e.capitalised++;
      }
    }
  }
  return { id: page.id, folder: page.folder, tags: page.tags, stems };
}

/** Stems of every seed keyword per topic (so learning does not repeat a seed). */
function seedStemsByTopic() {
  const c = loadCore();
  const out = new Map();
  for (const [topic, seed] of Object.entries(c.SEED_KEYWORDS)) {
    const set = new Set();
    for (const cls of ['strong', 'normal', 'weak']) for (const k of seed[cls] || []) set.add(c.keywordStems(k).join(' '));
    out.set(topic, set);
  }
  return out;
}

/**
 * Learned words per topic from page documents (see the header). Returns Map topic -> { word: weight }.
 */
function learnWords(docs, topics, m) {
  const seeds = seedStemsByTopic();
  // Corpus-wide facts per stem: document frequency, capitalisation, most common written form.
  const facts = new Map();
  for (const d of docs) {
    for (const [s, e] of d.stems) {
      let f = facts.get(s);
      if (!f) facts.set(s, (f = { df: 0, capitalised: 0, inside: 0, forms: new Map() }));
      f.df++;
      f.capitalised += e.capitalised;
      f.inside += e.inside;
      for (const [form, n] of e.forms) f.forms.set(form, (f.forms.get(form) || 0) + n);
    }
  }
  const eligible = (s, f) => s.length >= 4 && !STOP_WORDS.has(s) && ![...f.forms.keys()].some((w) => STOP_WORDS.has(w)) && f.inside > 0 && f.capitalised / f.inside < 0.5;
  const learned = new Map();
  for (const topic of topics) {
    const inTopic = docs.filter((d) => d.tags.includes(topic));
    const nT = inTopic.length;
    const nO = docs.length - nT;
    if (nT < m.minTopicPages || nO === 0) continue;
    const dfT = new Map();
    for (const d of inTopic) for (const s of d.stems.keys()) dfT.set(s, (dfT.get(s) || 0) + 1);
    const candidates = [];
    for (const [s, df] of dfT) {
      const f = facts.get(s);
      if (df < m.minTopicDf || df < m.minTopicShare * nT || !eligible(s, f) || (seeds.get(topic) && seeds.get(topic).has(s))) continue;
      const dfO = f.df - df;
      const pT = (df + 0.5) / (nT + 1);
      const pO = (dfO + 0.5) / (nO + 1);
      const logOdds = Math.log(pT / (1 - pT)) - Math.log(pO / (1 - pO));
      const logP = logHypergeometricTail(df, docs.length, f.df, nT);
      if (logOdds >= m.minLogOdds && logP <= Math.log(m.maxPValue)) candidates.push({ s, logOdds, logP, form: displayForm(f.forms) });
    }
    candidates.sort((a, b) => a.logP - b.logP || b.logOdds - a.logOdds || (a.s < b.s ? -1 : 1));
    const words = {};
    for (const c of candidates.slice(0, m.maxLearned)) {
      words[c.form] = round2(Math.min(m.learnedWeight.max, Math.max(m.learnedWeight.min, c.logOdds / m.learnedWeight.divisor)));
    }
    if (Object.keys(words).length > 0) learned.set(topic, words);
  }
  return learned;
}

const logFactorials = [0];
function logFactorial(n) {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1] + Math.log(i);
  return logFactorials[n];
}

function logChoose(n, k) {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

/** ln P(X >= k) for X hypergeometric: `draws` pages drawn from `total`, of which `marked` hold the word. */
function logHypergeometricTail(k, total, marked, draws) {
  const terms = [];
  for (let x = k; x <= Math.min(marked, draws); x++) terms.push(logChoose(marked, x) + logChoose(total - marked, draws - x) - logChoose(total, draws));
  const max = Math.max(...terms);
  return max + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - max), 0));
}

function displayForm(forms) {
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

function round2(x) {
  return Math.round(x * 100) / 100;
}

/** Keywords from the Geography tags: country names -> Foreign policy, region name words -> Regions. */
function placeKeywords(taxonomy) {
  const { PLACE_NAMES } = loadCore();
  const out = new Map([[PLACE_NAMES.countryTopic, {}], [PLACE_NAMES.regionTopic, {}]]);
  const generic = new Set(PLACE_NAMES.regionGenericWords);
  const excluded = new Set(PLACE_NAMES.regionWordsExcluded);
  for (const g of taxonomy.geography) {
    const tag = normalizeLabel(g.tag);
    if (g.kind === 'country') {
      const name = tag.replace(/^the /i, '');
      if (name.split(' ').length <= PLACE_NAMES.maxCountryWords) out.get(PLACE_NAMES.countryTopic)[name.toLowerCase()] = PLACE_NAMES.countryWeight;
    } else if (g.kind === 'region') {
      for (const w of tag.toLowerCase().split(/[\s\-—–()]+/)) {
        if (w.length >= 3 && !generic.has(w) && !excluded.has(w)) out.get(PLACE_NAMES.regionTopic)[w] = PLACE_NAMES.regionWeight;
      }
    }
  }
  return out;
}

/** Sorts an object of word -> weight: heaviest first, then alphabetically. */
function sortWeights(obj) {
  return Object.fromEntries(Object.entries(obj).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/**
 * The lexicon.json object. `docs` are page documents (pageDocument) to learn from; pass [] to
 * learn nothing. `pages` describes them for the header.
 */
function buildLexicon(taxonomy, docs, options = {}) {
  const c = loadCore();
  const topics = taxonomy.topics.map((t) => normalizeLabel(t.tag));
  const unknown = Object.keys(c.SEED_KEYWORDS).filter((t) => !topics.includes(t));
  if (unknown.length > 0) throw new Error(`build-topics: seed topics not in taxonomy.json: ${unknown.join(', ')}`);
  const missing = topics.filter((t) => !c.SEED_KEYWORDS[t]);
  if (missing.length > 0) throw new Error(`build-topics: taxonomy topics without seeds: ${missing.join(', ')}`);
  const places = placeKeywords(taxonomy);
  const method = { ...METHOD, ...(options.method || {}) };
  const learned = learnWords(docs, topics, method);
  const entries = taxonomy.topics.map((t) => {
    const topic = normalizeLabel(t.tag);
    const seed = c.SEED_KEYWORDS[topic];
    const keywords = {};
    for (const cls of ['strong', 'normal', 'weak']) {
      for (const k of seed[cls] || []) {
        const word = /^[A-Z0-9]+$/.test(k) || /[A-Z]/.test(k) ? k : k.toLowerCase();
        if (!(word in keywords)) keywords[word] = c.SEED_WEIGHTS[cls];
      }
    }
    const entry = { topic, pages: t.pages, keywords: sortWeights(keywords) };
    if (places.has(topic)) entry.places = sortWeights(places.get(topic));
    if (learned.has(topic)) entry.learned = sortWeights(learned.get(topic));
    return entry;
  });
  const countBy = (folder) => docs.filter((d) => d.folder === folder).length;
  return {
    about:
      'GENERATED by scripts/build-topics.js: do not edit. Edit src/core/topics/seedKeywords.ts (hand-written seeds) and rerun ' +
      '`node scripts/build-topics.js`. Topics: the 78 Topics tags of en.kremlin.ru (taxonomy.json of the Kremlin.ru corpus, CC BY 4.0). ' +
      'Per topic: "keywords" = hand-written seeds (2 strong, 1 normal, 0.4 weak); "places" = Geography tags of taxonomy.json ' +
      '(countries -> Foreign policy, region name words -> Regions); "learned" = words learned by smoothed log-odds from the corpus pages ' +
      'carrying Topics tags (see the script header).',
    stemmer: c.STEMMER,
    generatedFrom: {
      taxonomy: `taxonomy.json: ${taxonomy.distinct_topics} topics over ${taxonomy.pages} pages (${taxonomy.source})`,
      seeds: 'src/core/topics/seedKeywords.ts',
      learnedFrom: options.learn === false ? 'nothing (--no-learn)' : `${docs.length} tagged pages: ${countBy('dev')} of dev/, ${countBy('dev-news')} of dev-news/`,
      pages: ['dev', 'dev-news'].map((f) => `${f}: ${docs.filter((d) => d.folder === f).map((d) => d.id).join(' ')}`).join('; '),
      method,
    },
    topics: entries,
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 12).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
    return;
  }
  const taxonomy = loadTaxonomy(args.corpus);
  const docs = args.learn ? loadTaggedPages(args.corpus).map(pageDocument) : [];
  const json = JSON.stringify(buildLexicon(taxonomy, docs, { learn: args.learn }), null, 1) + '\n';
  if (args.check) {
    const current = fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : '';
    if (current !== json) {
      console.error(`build-topics: ${path.relative(ROOT, args.out)} is out of date; run node scripts/build-topics.js`);
      process.exit(1);
    }
    console.log(`build-topics: ${path.relative(ROOT, args.out)} is up to date`);
    return;
  }
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, json);
  const learned = JSON.parse(json).topics.reduce((n, t) => n + Object.keys(t.learned || {}).length, 0);
  console.log(`build-topics: wrote ${path.relative(ROOT, args.out)} (${JSON.parse(json).topics.length} topics, ${learned} learned words from ${docs.length} pages)`);
}

module.exports = { METHOD, loadCore, loadTaggedPages, loadTaxonomy, pageDocument, buildLexicon, normalizeLabel, DEFAULT_CORPUS };

if (require.main === module) main();
