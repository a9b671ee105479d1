import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseTranscript, Transcript } from './service';
import { countWords, indexLines } from '../../src/core/text/text';
import { formatTopics, GENERAL_TOPIC, stem, TopicSegment, topicsJson } from '../../src/core/topics';
import { classifyParagraphs, segmentTopics } from './service';
import { readRepoFile, SEED_MEETING, SEED_SUMMARY } from './helpers';

function segment(text: string): { model: Transcript; segments: TopicSegment[] } {
  const model = parseTranscript(text);
  return { model, segments: segmentTopics(text, model) };
}

/** The topic of the segment that holds a 1-based line. */
function topicAtLine(segments: readonly TopicSegment[], line: number): string | undefined {
  return segments.find((s) => s.span.start.line + 1 <= line && line <= s.span.end.line + 1)?.topic;
}

describe('topics: the stemmer', () => {
  const rows: [string, string, string][] = [
    ['plural', 'hospitals', 'hospital'],
    ['-ies plural', 'industries', 'industry'],
    ['-ing meets the base form', 'producing', stem('produce')],
    ['-ed meets the base form', 'produced', stem('produce')],
    ['doubled consonant', 'planned', 'plan'],
    ['-eed is not a past tense', 'seeds', 'seed'],
    ['news is not the plural of new', 'news', 'news'],
    ['training is not trains', 'training', 'training'],
    ['general and generation stay apart', 'general', 'general'],
    ['generation', 'generation', 'generation'],
    ['short words unchanged', 'gas', 'gas'],
    ['Cyrillic unchanged', 'больницы', 'больницы'],
  ];
  for (const [name, word, expected] of rows) it(name, () => assert.strictEqual(stem(word), expected));
});

describe('topics: seed 2, summary of the meeting with the Smolensk Region governor', () => {
  const { segments } = segment(readRepoFile(SEED_SUMMARY));

  // [line (1-based), what a reader would call it, the nearest Topics tag, other tags a reader might pick]
  const rows: [number, string, string, string[]][] = [
    [7, 'SMO units, support for participants and families', 'Armed Forces', ['Social services']],
    [8, 'the state owes constant attention to SMO participants', 'Armed Forces', []],
    [9, 'hospitals, cancer centre, clinics, medical staff', 'Healthcare', []],
    [10, 'rural development, housing, then demography and birth rate', 'Regions', ['Demographics']],
    [11, 'education, cultural heritage, museum-reserve, pilgrims, airport', 'Culture', ['Tourism']],
    [12, 'industrial sector: aircraft, cars, shipbuilding, plants', 'Industry', []],
    [13, 'agriculture lags because of logistics; railways; exporters', 'Transport', ['Agriculture', 'Economy and finance', 'Support for business']],
    [14, 'investment climate ranking, investment projects', 'Investment', []],
    [15, 'meat, rabbit breeding, canned vegetables, dry milk', 'Agriculture', []],
    [16, 'flax growing and processing, seeds', 'Agriculture', []],
    [17, 'Belarus as trading partner, joint ventures, Union State', 'Foreign policy', []],
    [18, 'relations with Belarus in culture and sport, forum of regions', 'Foreign policy', ['Culture', 'Sport', 'Regions']],
  ];
  for (const [line, about, expected, alternatives] of rows) {
    const also = alternatives.length > 0 ? ` (also acceptable: ${alternatives.join(', ')})` : '';
    it(`line ${line}, ${about}: ${expected}${also}`, () => {
      const found = topicAtLine(segments, line);
      assert.ok(found === expected || alternatives.includes(found ?? ''), `line ${line}: got ${found}`);
    });
  }

  it('gives the 12 body paragraphs of lines 7-18 at most 12 segments, in order, outside any turn', () => {
    assert.strictEqual(segments[0].span.start.line + 1, 7);
    assert.strictEqual(segments[segments.length - 1].span.end.line + 1, 18);
    assert.ok(segments.every((s) => s.turn === undefined));
    for (let i = 1; i < segments.length; i++) assert.ok(segments[i].span.start.line > segments[i - 1].span.end.line);
  });

  it('lists the keywords that decided a segment, weightiest first', () => {
    const health = segments.find((s) => s.topic === 'Healthcare');
    assert.ok(health, 'a Healthcare segment');
    assert.ok(health.keywords.includes('hospital'), health.keywords.join(', '));
    const sorted = [...health.weights].sort((a, b) => b - a);
    assert.deepStrictEqual(health.weights, sorted);
  });
});

describe('topics: seed 1, meeting with newly elected regional heads', () => {
  const { model, segments } = segment(readRepoFile(SEED_MEETING));

  it("splits Putin's opening turn (lines 17-53) into at least three topic segments", () => {
    const opening = segments.filter((s) => s.turn === 0);
    assert.ok(opening.length >= 3, `got ${opening.length}: ${opening.map((s) => s.topic).join(', ')}`);
    assert.strictEqual(opening[0].span.start.line + 1, 17);
    assert.strictEqual(opening[opening.length - 1].span.end.line + 1, 53);
    assert.ok(new Set(opening.map((s) => s.topic)).size >= 3);
  });

  it('never lets a segment cross a turn boundary', () => {
    for (const s of segments) {
      if (s.turn === undefined) continue;
      const t = model.turns[s.turn];
      assert.ok(t.span.start.line <= s.span.start.line && s.span.end.line <= t.span.end.line, `segment at ${s.span.start.line + 1}`);
    }
  });

  it('covers every body paragraph exactly once', () => {
    const body = model.paragraphs.filter((p) => (p.kind === 'text' || p.kind === 'turn') && p.line >= model.bodyStart && p.line <= model.bodyEnd);
    const covered = body.filter((p) => segments.some((s) => s.span.start.line <= p.line && p.line <= s.span.end.line));
    assert.strictEqual(covered.length, body.length);
    for (let i = 1; i < segments.length; i++) assert.ok(segments[i].span.start.line > segments[i - 1].span.end.line);
  });

  it('gives a short reply ("Thank you.") no topic of its own', () => {
    const text = readRepoFile(SEED_MEETING);
    const paragraphs = classifyParagraphs(text, model);
    const short = paragraphs.filter((p) => p.words < 8);
    assert.ok(short.length > 0);
    assert.ok(short.every((p) => p.topic === undefined));
  });

  it('is deterministic: the same segments twice', () => {
    const text = readRepoFile(SEED_MEETING);
    assert.deepStrictEqual(segmentTopics(text, parseTranscript(text)), segments);
  });
});

describe('topics: structure of a text', () => {
  const text = [
    'Meeting on healthcare and energy',
    'January 10, 2020, The Kremlin, Moscow',
    'The President met with ministers.',
    'Beginning of the meeting on healthcare',
    'Vladimir Putin: Colleagues, the hospitals and clinics need doctors and nurses; patients wait too long for treatment in many regions.',
    'Thank you.',
    'The oil and gas industry, the pipelines and the power plants will get the fuel they need for the winter, and electricity prices stay.',
    '* * *',
    'The hospitals and clinics of the region need more doctors and nurses, and patients need more medical care this winter.',
    'Minister Ivan Petrov: The oil and gas companies built new pipelines and power plants, so electricity and fuel supplies are steady.',
  ].join('\n');
  const { segments } = segment(text);

  it('starts a segment at a heading, at a topic change inside a turn, at a separator and at each turn', () => {
    assert.deepStrictEqual(
      segments.map((s) => [s.span.start.line + 1, s.span.end.line + 1, s.topic, s.turn]),
      [
        [3, 3, GENERAL_TOPIC, undefined], // the lead: no keyword
        [4, 4, GENERAL_TOPIC, undefined], // the heading: too short for a topic, and the turn after it is another segment
        [5, 6, 'Healthcare', 0], // "Thank you." joins the paragraph before it
        [7, 7, 'Energy', 0],
        [9, 9, 'Healthcare', undefined], // after the separator: outside the turn
        [10, 10, 'Energy', 1],
      ],
    );
  });

  it('spans a segment from the first paragraph start to the last paragraph end', () => {
    const s = segments.find((x) => x.span.start.line === 4);
    assert.deepStrictEqual(s?.span, { start: { line: 4, character: 0 }, end: { line: 5, character: 'Thank you.'.length } });
  });

  it('counts the words of the speech, not of the label', () => {
    assert.strictEqual(segments.find((x) => x.span.start.line === 9)?.words, 18);
  });
});

describe('topics: odd input never crashes', () => {
  const megabyteLine = 'The hospital and the clinic. '.repeat(Math.ceil((1 << 20) / 29));
  // The first line of a text is its title (parseTranscript), so the texts below start with one.
  const rows: [string, string, (segments: TopicSegment[]) => void][] = [
    ['empty text', '', (s) => assert.deepStrictEqual(s, [])],
    ['only blank lines', '\n\n \n', (s) => assert.deepStrictEqual(s, [])],
    ['no turns', 'A farm\nFarmers harvested a record grain crop, and the wheat exports grew.\nThe livestock farms got new tractors.', (s) => assert.strictEqual(s[0]?.topic, 'Agriculture')],
    ['binary-ish text', '\u0000\u0001\u0002\uFFFD\uD800 PK\u0003\u0004 \u00ff\u00fe' + '\u0000'.repeat(500), (s) => assert.ok(s.every((x) => x.topic === GENERAL_TOPIC))],
    ['Russian text', 'Встреча с губернатором\nВладимир Путин: Добрый день! Как дела в больницах и школах области?\nГубернатор: Всё хорошо, строим новые больницы.', (s) => assert.ok(s.every((x) => x.topic === GENERAL_TOPIC))],
    ['a 1 MB line', 'A title\n' + megabyteLine, (s) => assert.deepStrictEqual(s.map((x) => x.topic), ['Healthcare'])],
    ['CRLF line ends', 'A title\r\nThe hospital and the clinic need doctors and nurses for the patients.\r\nThank you.\r\n', (s) => assert.deepStrictEqual(s.map((x) => [x.topic, x.span.end]), [['Healthcare', { line: 2, character: 10 }]])],
    ['only a separator', '* * *', (s) => assert.deepStrictEqual(s, [])],
  ];
  for (const [name, text, check] of rows) {
    it(name, () => {
      const { segments } = segment(text);
      check(segments);
      assert.deepStrictEqual(segmentTopics(text, parseTranscript(text)), segments, 'deterministic');
    });
  }
});

describe('topics: cancellation', () => {
  const text = readRepoFile(SEED_MEETING);
  const model = parseTranscript(text);

  it('returns [] when cancelled before it starts', () => {
    assert.deepStrictEqual(segmentTopics(text, model, undefined, { isCancellationRequested: true }), []);
  });

  it('returns [] when cancelled on the way', () => {
    let asked = 0;
    const token = {
      get isCancellationRequested() {
        return ++asked > 1;
      },
    };
    assert.deepStrictEqual(segmentTopics(text, model, undefined, token), []);
  });
});

describe('topics: CLI output', () => {
  const { segments } = segment(readRepoFile(SEED_SUMMARY));

  it('topicsJson gives exactly {segments: [{topic, line, endLine, keywords}]}, lines 1-based', () => {
    const json = topicsJson(segments);
    assert.deepStrictEqual(Object.keys(json), ['segments']);
    assert.deepStrictEqual(Object.keys(json.segments[0]), ['topic', 'line', 'endLine', 'keywords']);
    assert.deepStrictEqual([json.segments[0].line, json.segments[json.segments.length - 1].endLine], [7, 18]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(json)), json);
  });

  it('formatTopics prints one row per segment, and the weights with --explain', () => {
    const plain = formatTopics(segments, false);
    const explained = formatTopics(segments, true);
    assert.match(plain, /^line\s+end\s+turn\s+words\s+topic\s+keywords$/m);
    assert.match(plain, /^9\s+9\s+-\s+104\s+Healthcare\s+medical, /m);
    assert.match(explained, /^\s+medical [0-9.]+, /m);
    assert.match(explained, /segments; topics by words: /);
    assert.strictEqual(formatTopics([], true), 'No topic segments (the body is empty).\n');
  });
});

describe('topics: word counts agree with countWords', () => {
  it('for every paragraph of random texts', () => {
    const piece = fc.constantFrom('word', 'Hospital', '2,000', '—', '–', ' ', '\u00a0', '\n', 'Vladimir Putin: ', '* * *', '(Applause.)', 'é', '’s', '\u200b', '.', 'x', 'Губернатор', '\t', 'A. Voronin:');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = 'A title\n' + pieces.join('');
        const model = parseTranscript(text);
        const starts = indexLines(text).starts;
        for (const p of classifyParagraphs(text, model)) {
          const turn = p.turn === undefined ? undefined : model.turns[p.turn];
          const from = turn && turn.span.start.line === p.line ? turn.speechStart.character : p.span.start.character;
          assert.strictEqual(p.words, countWords(text, starts[p.line] + from, starts[p.line] + p.span.end.character), JSON.stringify(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
