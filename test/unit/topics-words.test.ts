import * as assert from 'assert';
import * as fc from 'fast-check';
import { compileLexicon, TopicLexicon } from '../../src/core/topics';
import { KeywordTable, NONE, PLAIN } from '../../src/core/topics/keywordTable';
import { tablesFor } from '../../src/core/topics/segment';
import { CODES, FOREIGN, MAX_TRIE_WORD, TO_ASCII, WordTrie } from '../../src/core/topics/wordTrie';
import { isWordCode } from '../../src/core/topics/stem';
import { classifyParagraphs, defaultLexicon, parseTranscript, segmentTopics } from './service';
import { fuzzRuns } from './fuzz';

/** What an entry stands for, as a test reads it: `PLAIN`, or its stem (an acronym in capitals) with the keywords it counts. */
function describeEntry(table: KeywordTable, e: number, lexicon: TopicLexicon): string {
  if (e === PLAIN) return 'PLAIN';
  const hits: string[] = [];
  for (let k = table.hitStart[e]; k < table.hitStart[e + 1]; k++) hits.push(lexicon.hits[table.entryHits[k]].word);
  const opens = table.opens[e] === NONE ? '' : ' (opens a phrase)';
  return `${table.keys()[e - 1]}: ${hits.join(', ')}${opens}`;
}

/** The entry of a whole word, as the trie finds it. */
function lookUp(trie: WordTrie, word: string): number {
  return trie.lookUpWord(word, 0, word.length);
}

const small = (): TopicLexicon => compileLexicon([
  { topic: 'Healthcare', keywords: [{ word: 'hospital', weight: 2 }, { word: 'hospice', weight: 1 }, { word: 'pharmacy', weight: 1 }, { word: 'WHO', weight: 2 }] },
  { topic: 'Economy', keywords: [{ word: 'economy', weight: 2 }, { word: 'gas', weight: 1 }, { word: 'US', weight: 1 }, { word: '5G', weight: 1 }, { word: 'G20', weight: 1 }] },
  { topic: 'Armed Forces', keywords: [{ word: 'special military operation', weight: 3 }, { word: 'military', weight: 1 }, { word: 'ministry of defence', weight: 2 }] },
  { topic: 'Agreements', keywords: [{ word: 'agreed', weight: 1 }, { word: 'training', weight: 1 }] },
]);

describe('topics: the word trie (words read once, entries as numbers)', function () {
  this.timeout(120_000); // a hang guard for the hostile rows
  const lexicon = small();
  const table = new KeywordTable(lexicon);

  // [word as written, what its entry must stand for]
  const rows: [string, string][] = [
    ['hospital', 'hospital: hospital'],
    ['hospitals', 'hospital: hospital'],
    ['Hospitals', 'hospital: hospital'],
    ['HOSPITALS', 'hospital: hospital'],
    ['hospitality', 'PLAIN'], // passes the key `hospital`, stems to itself
    ['hosp', 'PLAIN'], // on the trie, before any key
    ['economies', 'economy: economy'], // the `i` form of a key ending in y
    ['economi', 'PLAIN'],
    ['pharmacies', 'pharmacy: pharmacy'],
    ['gases', 'PLAIN'], // stems to `gase` (a final e goes only from five letters up)
    ['US', 'US: US'], // an acronym in capitals
    ['Us', 'PLAIN'], // not in capitals: the stem `us`, no keyword
    ['us', 'PLAIN'],
    ['WHO', 'WHO: WHO'],
    ['who', 'PLAIN'],
    ['G20', 'G20: G20'],
    ['g20', 'PLAIN'],
    ['5G', '5G: 5G'], // a digit and a capital: an acronym
    ['5g', 'PLAIN'],
    ['special', 'special:  (opens a phrase)'],
    ['Military', 'military: military'],
    ['of', 'of: '], // only inside a phrase
    ['agreed', 'agre: agreed'],
    ['trainings', 'training: training'],
    ['xcd', 'PLAIN'],
    ['naïve', 'PLAIN'], // outside ASCII: no key of this lexicon can match
    ['Крым', 'PLAIN'],
    ['hospital\u212a', 'PLAIN'], // KELVIN SIGN lower-cases to k: looked up, `hospitalk`
    ['\u212aas', 'PLAIN'],
    ['ga\u212a', 'PLAIN'],
    ['hospital' + 's'.repeat(MAX_TRIE_WORD), 'PLAIN'], // too long for the trie: the memo
  ];
  for (const warm of [false, true]) {
    const trie = new WordTrie(table);
    if (warm) for (const [word] of rows) lookUp(trie, word);
    for (const [word, expected] of rows) {
      it(`${warm ? 'a second time' : 'first seen'}: ${JSON.stringify(word.length > 20 ? word.slice(0, 20) + '…' : word)} is ${expected}`, () => {
        const e = lookUp(trie, word);
        assert.strictEqual(e, table.entryOf(word), 'the trie agrees with the string look-up');
        assert.strictEqual(describeEntry(table, e, lexicon), expected);
      });
    }
  }

  it('a word with a KELVIN SIGN is looked up as a string: `\u212agas` (lower case `kgas`) finds the keyword kgas', () => {
    const kelvin = compileLexicon([{ topic: 'Economy', keywords: [{ word: 'gas', weight: 1 }, { word: 'kgas', weight: 1 }] }]);
    const trie = new WordTrie(new KeywordTable(kelvin));
    for (const word of ['\u212agas', '\u212aGAS', 'kgas']) assert.strictEqual(describeEntry(trie.table, lookUp(trie, word), kelvin), 'kga: kgas', word);
  });

  it('the phrase steps: special -> military -> operation, ministry -> of -> defence', () => {
    const step = (phrase: number, word: string) => table.child(phrase, table.stemOf[table.entryOf(word)]);
    const special = table.opens[table.entryOf('special')];
    const military = step(special, 'military');
    const operation = step(military, 'operations');
    assert.notStrictEqual(operation, NONE);
    assert.deepStrictEqual(Array.from(table.phraseHits.subarray(table.phraseStart[operation], table.phraseStart[operation + 1]), (h) => lexicon.hits[h].word), ['special military operation']);
    assert.strictEqual(step(special, 'defence'), NONE);
    assert.strictEqual(step(step(table.opens[table.entryOf('ministry')], 'of'), 'defence') !== NONE, true);
    assert.strictEqual(table.child(special, NONE), NONE);
  });

  it('a keyword outside a–z (Cyrillic) is found, through the memo', () => {
    const cyrillic = compileLexicon([{ topic: 'Healthcare', keywords: [{ word: 'больница', weight: 2 }, { word: 'США', weight: 1 }] }]);
    const t = new KeywordTable(cyrillic);
    assert.strictEqual(t.foreignKeys, true);
    assert.strictEqual(table.foreignKeys, false);
    const trie = new WordTrie(t);
    assert.strictEqual(describeEntry(t, lookUp(trie, 'больница'), cyrillic), 'больница: больница');
    assert.strictEqual(describeEntry(t, lookUp(trie, 'Больница'), cyrillic), 'больница: больница');
    assert.strictEqual(describeEntry(t, lookUp(trie, 'США'), cyrillic), 'США: США');
    assert.strictEqual(lookUp(trie, 'сша'), PLAIN);
    const text = 'Title line\n\nБольница и больница, новая больница в городе, и ещё одна больница.\n';
    assert.deepStrictEqual(segmentTopics(text, parseTranscript(text), cyrillic).map((s) => `${s.topic} ${s.keywords.join(',')}`), ['Healthcare больница']);
  });

  it('any word, in any case, gets the entry of the string look-up, with a trie cut back again and again (property)', () => {
    const letters = fc.constantFrom(...'hospitalecnmygsuwHOSPITALUWG20\u212aé'.split(''));
    const word = fc.array(letters, { minLength: 2, maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 200 }), (words) => {
        const trie = new WordTrie(table, 40);
        for (const w of [...words, ...words]) assert.strictEqual(lookUp(trie, w), table.entryOf(w), w);
        assert.ok(trie.nodes <= new WordTrie(table).nodes + 40 + MAX_TRIE_WORD, `${trie.nodes} nodes`);
      }),
      fuzzRuns(200, 1301),
    );
  });

  // Hostile texts: the work must stay bounded (nodes, memo words) and the results equal a cold lexicon's.
  const hostile: [string, () => string][] = [
    ['1 MB of one letter', () => 'a'.repeat(1 << 20)],
    ['1 MB of one letter after a key (`us…`: off the trie after a key, too long for it)', () => 'u' + 's'.repeat(1 << 20)],
    ['1 MB of distinct words that all pass a key (`hospital` + a number in letters)', () => distinctAfterKey(1 << 20)],
    ['2,048 words whose hashes all collide, past the trie (66 letters)', () => collidingLongWords(1 << 11)],
    ['1 MB of one non-Latin letter', () => 'ж'.repeat(1 << 20)],
  ];
  for (const [name, make] of hostile) {
    it(`hostile: ${name}`, () => {
      const text = make();
      const lex = small();
      const model = parseTranscript(text);
      const segments = segmentTopics(text, model, lex);
      const { trie } = tablesFor(lex);
      assert.ok(trie.nodes <= new WordTrie(trie.table).nodes + (1 << 15) + MAX_TRIE_WORD, `${trie.nodes} nodes`);
      assert.ok(trie.additions <= text.length, `${trie.additions} additions for ${text.length} characters`);
      assert.deepStrictEqual(segmentTopics(text, model, lex), segments, 'the same again with a warm trie');
    });
  }
});

/** Words `hospital` + a count in the letters a–j, as paragraphs, about `size` characters. */
function distinctAfterKey(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const w = 'hospital' + String(n).replace(/[0-9]/g, (d) => String.fromCharCode(97 + Number(d)));
    out.push(n % 16 === 15 ? w + '.\n\n' : w + ' ');
    length += w.length + 1;
  }
  return out.join('');
}

/** `count` distinct words of 66 characters (`hospital`, then blocks `Aa`/`BB`, whose 31-based hashes are equal), as paragraphs. */
function collidingLongWords(count: number): string {
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let w = 'hospital';
    for (let b = 28; b >= 0; b--) w += (n >> (b % 11)) & 1 ? 'Aa' : 'BB';
    out.push(n % 16 === 15 ? w + '.\n\n' : w + ' ');
  }
  return out.join('');
}

describe('topics: the scanner\'s character codes', () => {
  it('every code unit is a part of a word exactly when isWordCode says so', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(CODES[c] >= 0x100, isWordCode(c), `U+${c.toString(16)}`);
  });

  it('the code units marked TO_ASCII are those whose lower case is all ASCII (U+212A), and no code point above U+FFFF lower-cases into ASCII', () => {
    const toAscii: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (/^[\x00-\x7f]+$/.test(String.fromCharCode(c).toLowerCase())) toAscii.push(c);
    }
    assert.deepStrictEqual(toAscii, [0x212a]);
    for (let c = 0; c < 0x10000; c++) assert.strictEqual((CODES[c] & TO_ASCII) !== 0, c === 0x212a);
    assert.strictEqual(CODES[0x212a] & FOREIGN, FOREIGN);
    for (let cp = 0x10000; cp < 0x110000; cp++) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.charCodeAt(0) < 0x80) assert.fail(`U+${cp.toString(16)} lower-cases to ASCII`);
    }
  });
});

describe('topics: the scanner kept with the lexicon', () => {
  const text = 'Meeting on healthcare\n\nThe hospital and the clinic need doctors now and more doctors later.\n';

  it('a cancellation token that segments again (a scanner in use) gets its own, and both results are right', () => {
    const lexicon = defaultLexicon();
    const model = parseTranscript(text);
    const expected = segmentTopics(text, model, lexicon);
    let inner: unknown;
    const token = {
      get isCancellationRequested() {
        inner ??= segmentTopics(text, model, lexicon);
        return false;
      },
    };
    assert.deepStrictEqual(segmentTopics(text, model, lexicon, token), expected);
    assert.deepStrictEqual(inner, expected);
    assert.deepStrictEqual(classifyParagraphs(text, model, lexicon, token), classifyParagraphs(text, model, lexicon));
  });

  it('after a call, the kept scanner and run stay with the lexicon, the run\'s arrays let go', () => {
    const lexicon = small();
    const model = parseTranscript(text);
    segmentTopics(text, model, lexicon);
    const kept = tablesFor(lexicon).kept;
    assert.ok(kept, 'a scanner is kept');
    assert.strictEqual(kept.busy, false);
    assert.strictEqual(kept.run.index.length, 0);
    segmentTopics(text, model, lexicon);
    assert.strictEqual(tablesFor(lexicon).kept, kept, 'the same one is lent again');
  });
});
