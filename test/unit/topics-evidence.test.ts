import * as assert from 'assert';
import * as fc from 'fast-check';
import { compileLexicon } from '../../src/core/topics';
import { classifyParagraphs, defaultLexicon, parseTranscript, segmentTopics, TopicSegmenter } from './service';
import { fuzzRuns } from './fuzz';

/**
 * Words for random transcripts: keywords of the default lexicon (one word, phrases, an
 * acronym), their inflections, words that only continue a phrase, long words, capitals,
 * non-Latin words, and plain words.
 */
const WORDS = [
  'hospital', 'hospitals', 'Hospital', 'clinic', 'clinics', 'healthcare', 'doctors', 'school', 'schools', 'teachers',
  'special', 'military', 'operation', 'law', 'enforcement', 'agencies', 'ministry', 'of', 'defence', 'the',
  'SMO', 'US', 'Us', 'us', 'region', 'regions', 'regional', 'gas', 'oil', 'pipeline', 'investment', 'investments',
  'reconstruction', 'infrastructural', 'internationalisation', 'Крым', 'школа', 'naïve', 'we', 'a', 'I',
  'thank', 'you', 'very', 'much', 'agreed', 'housing', 'trainings', 'agriculture', 'grain', 'harvest', 'x2', 'G20',
];

/** A word of the list, or random letters (many distinct words, some added to the word trie). */
const wordArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Zé]{2,12}$/) });

/** A random transcript: lines of words, some speaker labels, some blank lines, headings and separators. */
const transcriptArb = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.array(wordArb, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' ') + '.') },
      { weight: 2, arbitrary: fc.constantFrom('Vladimir Putin: ', 'Question: ', 'Anna Ivanova: ').chain((l) => fc.array(wordArb, { maxLength: 20 }).map((ws) => l + ws.join(' '))) },
      { weight: 1, arbitrary: fc.constantFrom('', '* * *', 'Healthcare reform', 'Beginning of the meeting with regional heads') },
    ),
    { maxLength: 40 },
  )
  .map((lines) => 'Meeting on healthcare\nJune 1, 2024\n\n' + lines.join('\n'));

describe('topics: evidence kept in arrays, words cached (differential)', function () {
  this.timeout(120_000); // a hang guard: each run compiles a lexicon
  it('segmentTopics with warm word caches equals segmentTopics with a new lexicon (cold caches), over a run of texts', () => {
    // One lexicon object for all texts: its word trie fills up across texts.
    const warm = defaultLexicon();
    fc.assert(
      fc.property(transcriptArb, (text) => {
        const model = parseTranscript(text);
        const cold = compileLexicon(warm.definitions, 'cold copy');
        assert.deepStrictEqual(segmentTopics(text, model, warm), segmentTopics(text, model, cold));
        assert.deepStrictEqual(classifyParagraphs(text, model, warm), classifyParagraphs(text, model, cold));
      }),
      fuzzRuns(30, 1011),
    );
  });

  it('TopicSegmenter (lines read one by one, and in steps over the text) equals segmentTopics, with CRLF and CR line ends too', () => {
    fc.assert(
      fc.property(transcriptArb, fc.constantFrom('\n', '\r\n', '\r'), (lf, eol) => {
        const text = lf.replace(/\n/g, eol);
        const model = parseTranscript(text);
        const expected = segmentTopics(text, model);
        const lines = text.split(/\r\n|\r|\n/);
        assert.deepStrictEqual(new TopicSegmenter().segments(model, (l) => lines[l]), expected);
        const steps = new TopicSegmenter().steps(model, text);
        let r = steps.next();
        while (!r.done) r = steps.next();
        assert.deepStrictEqual(r.value, expected);
      }),
      fuzzRuns(100, 1012),
    );
  });

  // Rows: a text, and the segments it must give (1-based lines, topic, turn 1-based or -).
  const rows: [string, string, string[]][] = [
    ['a lexicon with two topics of one name: their paragraphs are one segment', 'Title line\n\nThe hospital and the clinic need doctors now and more doctors later.\nThe school and the teachers need help now and more help later too.', ['3-4 Same']],
    ['a block with no topic of its own, judged as a whole', 'Title line\n\nThe hospital, yes.\nThe clinic, yes, and the doctors.', ['3-4 Same']],
  ];
  const twoOfOneName = compileLexicon([
    { topic: 'Same', keywords: [{ word: 'hospital', weight: 2 }, { word: 'clinic', weight: 2 }, { word: 'doctors', weight: 1 }] },
    { topic: 'Other', keywords: [{ word: 'road', weight: 2 }] },
    { topic: 'Same', keywords: [{ word: 'school', weight: 2 }, { word: 'teachers', weight: 2 }] },
  ]);
  for (const [name, text, expected] of rows) {
    it(name, () => {
      const segments = segmentTopics(text, parseTranscript(text), twoOfOneName);
      assert.deepStrictEqual(segments.map((s) => `${s.span.start.line + 1}-${s.span.end.line + 1} ${s.topic}`), expected);
    });
  }

  // Words that shared a slot of the former word cache's front table (the hash of their characters
  // modulo 16384): `xcd` and `gas`, `construancmn` and `construction` (12 characters, the longest
  // it held); kept as rows of a plain word seen before and after a keyword. Each must be found as
  // itself, whichever came first. Rows: first paragraph, second paragraph (after a separator), the segments.
  const energy = () => compileLexicon([
    { topic: 'Energy', keywords: [{ word: 'gas', weight: 2 }] },
    { topic: 'Construction', keywords: [{ word: 'construction', weight: 2 }] },
  ]);
  const times8 = (w: string) => Array(8).fill(w).join(' ') + '.';
  const slotRows: [string, string, string, string[]][] = [
    ['a plain word, then a keyword of its slot', times8('xcd'), times8('gas'), ['3-3 General', '5-5 Energy']],
    ['a keyword, then a plain word of its slot', times8('gas'), times8('xcd'), ['3-3 Energy', '5-5 General']],
    ['12 characters: a plain word, then a keyword of its slot', times8('construancmn'), times8('construction'), ['3-3 General', '5-5 Construction']],
    ['12 characters: a keyword, then a plain word of its slot', times8('construction'), times8('construancmn'), ['3-3 Construction', '5-5 General']],
  ];
  for (const [name, first, second, expected] of slotRows) {
    it(`word cache: ${name}`, () => {
      const text = `Title line\n\n${first}\n* * *\n${second}`;
      const segments = segmentTopics(text, parseTranscript(text), energy());
      assert.deepStrictEqual(segments.map((s) => `${s.span.start.line + 1}-${s.span.end.line + 1} ${s.topic}`), expected);
    });
  }
});
