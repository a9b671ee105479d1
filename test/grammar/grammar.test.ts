/**
 * The TextMate grammar (`syntaxes/transcript.tmLanguage.json`) on real lines,
 * tokenised by the real `vscode-textmate` + `vscode-oniguruma` (onig.wasm), as
 * VS Code does it.
 *
 * Every line below is copied unchanged from a real page: the seeds in `seeds/`
 * or the repository's copy of the development corpus, `test/fixtures/corpus/dev`
 * (file and line given).
 * U+00A0 no-break spaces are written `\u00a0` so that they can be seen.
 */
import * as assert from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar } from 'vscode-textmate';
import * as patterns from '../../src/core/profile/patterns';
import { CORPUS_DEV as DEV } from '../unit/corpusFixture';
import {
  extentOf, extentRange, isLabelToken, loadGrammar, onigLib, ROOT, ROOT_SCOPE, scopesOf, splitLines, Token, tokenizeLine, tokenizeLines,
} from './tokenize';

const META = 'meta.speaker-label.transcript';
const GENERIC_META = 'meta.speaker-label.generic.transcript';
const ROLE = 'entity.other.attribute-name.role.transcript';
const NAME = 'entity.name.type.speaker.transcript';
const REMARK = 'comment.other.remark.transcript';
const COLON = 'punctuation.separator.speaker.transcript';
const GENERIC = 'keyword.other.generic-label.transcript';
const DATE_META = 'meta.header.date.transcript';
const DATE = 'constant.other.date.transcript';
const TIME = 'constant.numeric.time.transcript';
const PLACE = 'entity.name.section.place.transcript';
const SEPARATOR = 'meta.separator.transcript';
const SEPARATOR_PUNCT = 'punctuation.definition.separator.transcript';
const STAGE = 'comment.block.stage-direction.transcript';

const SEED_MEETING = 'seeds/2023-09-28-meeting-with-newly-elected-regional-heads.txt';
const SEED_SUMMARY = 'seeds/2025-09-10-meeting-with-smolensk-region-governor-vasily-anokhin.txt';

/**
 * A line and what the grammar must give it: each `[text, scope]` pair says that
 * the scope covers exactly `text` (its first occurrence in the line: the run of
 * adjacent tokens with that scope begins and ends there); with a third element
 * `'within'`, only that all of `text` carries the scope. `plain` is a part of
 * the line that must carry no scope but the root.
 */
interface Row {
  readonly what: string;
  readonly from: string;
  readonly line: string;
  readonly scopes: readonly (readonly [string, string] | readonly [string, string, 'within'])[];
  readonly plain?: string;
}

const LABELS: readonly Row[] = [
  {
    what: 'role, name and colon',
    from: `${SEED_MEETING}:127`,
    line: 'Krasnoyarsk Territory Governor Mikhail Kotyukov: May I, Mr President? Kotyukov, Krasnoyarsk.',
    scopes: [
      ['Krasnoyarsk Territory Governor Mikhail Kotyukov:', META],
      ['Krasnoyarsk Territory Governor', ROLE],
      ['Mikhail Kotyukov', NAME],
      [':', COLON],
    ],
    plain: ' May I, Mr President? Kotyukov, Krasnoyarsk.',
  },
  {
    what: 'a bare name',
    from: `${SEED_MEETING}:73`,
    line: 'Vladimir Putin: Thank you.',
    scopes: [['Vladimir Putin:', META], ['Vladimir Putin', NAME], [':', COLON]],
    plain: ' Thank you.',
  },
  {
    what: 'a role with a no-break space',
    from: '54499.txt:15',
    line: 'President of\u00a0Russia Vladimir Putin: Good afternoon.',
    scopes: [
      ['President of\u00a0Russia Vladimir Putin:', META],
      ['President of\u00a0Russia', ROLE],
      ['Vladimir Putin', NAME],
      [':', COLON],
    ],
    plain: ' Good afternoon.',
  },
  {
    what: 'a generic label',
    from: '17173.txt:209',
    line: 'Question: When?',
    scopes: [['Question:', GENERIC_META], ['Question', GENERIC], [':', COLON]],
    plain: ' When?',
  },
  {
    what: 'a generic label followed by a no-break space',
    from: '60857.txt:26',
    line: 'Question:\u00a0Good afternoon.',
    scopes: [['Question:', GENERIC_META], ['Question', GENERIC], [':', COLON]],
    plain: '\u00a0Good afternoon.',
  },
  {
    what: 'a generic label whose speech begins with a parenthesis (not a remark)',
    from: '17173.txt:965',
    line: 'Remark: (no microphone).',
    scopes: [['Remark:', GENERIC_META], ['Remark', GENERIC], [':', COLON]],
    plain: ' (no microphone).',
  },
  {
    what: 'a remark in parentheses',
    from: '52816.txt:17',
    line: 'President of\u00a0Turkey Recep Tayyip Erdogan (retranslated): First, I\u00a0would like to\u00a0thank you. Indeed, the\u00a0charter flights have resumed, and\u00a0the\u00a0first flight arrived yesterday.',
    // After a role the pattern takes a two-word name, so `Recep` falls to the
    // role here (the parser gets the name from the bare label `Recep Tayyip
    // Erdogan` elsewhere on the page; a grammar sees one line only).
    scopes: [
      ['President of\u00a0Turkey Recep Tayyip Erdogan (retranslated):', META],
      ['President of\u00a0Turkey', ROLE, 'within'],
      ['Tayyip Erdogan', NAME, 'within'],
      ['(retranslated)', REMARK],
      [':', COLON],
    ],
    plain: ' First, I\u00a0would like to\u00a0thank you.',
  },
  {
    what: 'an all-capitals label',
    from: '17173.txt:65',
    line: 'DEPUTY CHIEF OF\u00a0STAFF OF\u00a0THE\u00a0PRESIDENTIAL EXECUTIVE OFFICE AND\u00a0PRESIDENTIAL PRESS SECRETARY DMITRY PESKOV: Mr President, we could start with questions and\u00a0answers, if you don’t mind.',
    scopes: [
      ['DEPUTY CHIEF OF\u00a0STAFF OF\u00a0THE\u00a0PRESIDENTIAL EXECUTIVE OFFICE AND\u00a0PRESIDENTIAL PRESS SECRETARY DMITRY PESKOV:', META],
      ['DEPUTY CHIEF OF\u00a0STAFF OF\u00a0THE\u00a0PRESIDENTIAL EXECUTIVE OFFICE AND\u00a0PRESIDENTIAL PRESS SECRETARY', ROLE],
      ['DMITRY PESKOV', NAME],
      [':', COLON],
    ],
    plain: ' Mr President, we could start',
  },
  {
    what: 'a role after the name (`of …`)',
    from: '56271.txt:41',
    line: 'Patriarch Kirill of\u00a0Moscow and\u00a0All Russia: Your Excellency Mr President,',
    scopes: [
      ['Patriarch Kirill of\u00a0Moscow and\u00a0All Russia:', META],
      ['Patriarch', ROLE],
      ['Kirill', NAME],
      [' of\u00a0Moscow and\u00a0All Russia', ROLE],
      [':', COLON],
    ],
    plain: ' Your Excellency Mr President,',
  },
  {
    what: 'a title before a one-word name',
    from: '62106.txt:13',
    line: 'Metropolitan Korniliy: Mr President,',
    scopes: [['Metropolitan Korniliy:', META], ['Metropolitan', ROLE], ['Korniliy', NAME], [':', COLON]],
    plain: ' Mr President,',
  },
  {
    what: 'a role with a comma inside',
    from: '56919.txt:57',
    line: 'Commander of\u00a0the\u00a0Southern Military District forces, Colonel General Aleksandr Dvornikov: Commander-in-Chief of\u00a0the\u00a0Armed Forces of\u00a0the\u00a0Russian Federation,',
    scopes: [
      ['Commander of\u00a0the\u00a0Southern Military District forces, Colonel General Aleksandr Dvornikov:', META],
      ['Commander of\u00a0the\u00a0Southern Military District forces, Colonel General', ROLE],
      ['Aleksandr Dvornikov', NAME],
      [':', COLON],
    ],
    plain: ' Commander-in-Chief of\u00a0the\u00a0Armed Forces',
  },
  {
    what: 'no space after the colon',
    from: '52898.txt:28',
    line: 'Transport Minister Maxim Sokolov:Mr President, Mr Prime Minister, colleagues,',
    scopes: [['Transport Minister Maxim Sokolov:', META], ['Transport Minister', ROLE], ['Maxim Sokolov', NAME], [':', COLON]],
    plain: 'Mr President, Mr Prime Minister, colleagues,',
  },
  {
    what: 'words glued by the site, with a remark',
    from: '54483.txt:23',
    line: 'PresidentofPalestineMahmoudAbbas (retranslated): Thank you very much.',
    scopes: [
      ['PresidentofPalestineMahmoudAbbas (retranslated):', META],
      ['PresidentofPalestineMahmoudAbbas', NAME],
      ['(retranslated)', REMARK],
      [':', COLON],
    ],
    plain: ' Thank you very much.',
  },
  {
    what: 'a long label with an abbreviation in parentheses, alone on its line',
    from: '55714.txt:39',
    line: 'Deputy Director General of\u00a0the\u00a0Technical Secretariat of\u00a0the\u00a0Organisation for\u00a0the\u00a0Prohibition of\u00a0Chemical Weapons (OPCW) Hamid Ali Rao:',
    scopes: [
      ['Deputy Director General of\u00a0the\u00a0Technical Secretariat of\u00a0the\u00a0Organisation for\u00a0the\u00a0Prohibition of\u00a0Chemical Weapons (OPCW) Hamid Ali Rao:', META],
      // A three-word name after a role: as above, the first word falls to the role.
      ['Deputy Director General of\u00a0the\u00a0Technical Secretariat of\u00a0the\u00a0Organisation for\u00a0the\u00a0Prohibition of\u00a0Chemical Weapons (OPCW)', ROLE, 'within'],
      ['Ali Rao', NAME, 'within'],
      [':', COLON],
    ],
  },
];

const HEADER_AND_LAYOUT: readonly Row[] = [
  {
    what: 'a date line with place',
    from: `${SEED_MEETING}:13`,
    line: 'September 28, 2023, The\u00a0Kremlin, Moscow',
    scopes: [
      ['September 28, 2023, The\u00a0Kremlin, Moscow', DATE_META],
      ['September 28, 2023', DATE],
      ['The\u00a0Kremlin, Moscow', PLACE],
    ],
  },
  {
    what: 'a date line alone',
    from: `${SEED_SUMMARY}:4`,
    line: 'September 10, 2025',
    scopes: [['September 10, 2025', DATE_META], ['September 10, 2025', DATE]],
  },
  {
    what: 'a date line with a time',
    from: '17528.txt:2',
    line: 'February 18, 2013, 12:30',
    scopes: [['February 18, 2013, 12:30', DATE_META], ['February 18, 2013', DATE], ['12:30', TIME]],
  },
  {
    what: 'a time line',
    from: `${SEED_SUMMARY}:5`,
    line: '14:10',
    scopes: [['14:10', TIME]],
  },
  {
    what: 'a separator',
    from: '17173.txt:19',
    line: '* * *',
    scopes: [['* * *', SEPARATOR], ['* * *', SEPARATOR_PUNCT]],
  },
  {
    what: 'a stage direction',
    from: '54790.txt:211',
    line: '(Applause.)',
    scopes: [['(Applause.)', STAGE]],
  },
  {
    what: 'a stage direction with no-break spaces',
    from: '56741.txt:18',
    line: '(The\u00a0parties sign the\u00a0General Agreement.)',
    scopes: [['(The\u00a0parties sign the\u00a0General Agreement.)', STAGE]],
  },
];

/** Lines that are not speaker turns (truth or site chrome): no label scope at all. */
const NOT_LABELS: readonly { what: string; from: string; line: string }[] = [
  { what: 'site chrome with a colon', from: `${SEED_MEETING}:3`, line: 'Font size:' },
  { what: 'site chrome with a colon', from: `${SEED_MEETING}:4`, line: 'Site colours:' },
  {
    what: 'prose with a colon',
    from: `${SEED_MEETING}:44`,
    line: 'Regarding the\u00a0social sphere, I\u00a0would like to\u00a0highlight one critically important issue: supporting our military personnel, including wounded soldiers, and\u00a0their families. I\u00a0believe that for\u00a0all of\u00a0us, primarily government officials at\u00a0all levels, caring for\u00a0our heroes and\u00a0those that lost their loved ones is not just a\u00a0professional duty, but a\u00a0civil, humane, and\u00a0moral obligation, a\u00a0duty of\u00a0gratitude and\u00a0respect for\u00a0the\u00a0defenders of\u00a0the\u00a0Fatherland.',
  },
  {
    what: 'an ordinal word and a colon',
    from: '17173.txt:165',
    line: 'Second: I\u00a0did not throw anybody out. I\u00a0must tell you that the\u00a0minister who resigned, after working for\u00a0just a\u00a0few weeks (and\u00a0I\u00a0do not want to\u00a0reveal any state secrets, there is nothing special here) had begun to\u00a0ask questions about whether he was in\u00a0the\u00a0right place. He expected it to\u00a0be a\u00a0little bit different. Incidentally, there is nothing special here, this is no crime. This person was previously engaged in\u00a0internal politics, and\u00a0basically it seemed to\u00a0him that the\u00a0Regional Development Ministry would be something similar. But it’s completely different, it’s domestic work. There we need to\u00a0deal with roads and\u00a0roofs, figuratively speaking; it is quite another matter.',
  },
  {
    what: '“here is my question:”',
    from: '56028.txt:55',
    line: 'Here is my\u00a0question: Can punishment for\u00a0the\u00a0plants that do not use air filters be increased? Maybe something can be done to\u00a0make filters cheaper than fines? Or\u00a0to\u00a0toughen regulation over such enterprises, possibly by\u00a0measuring emissions not at\u00a0the\u00a0plant but in\u00a0the\u00a0neighbourhoods where we spend so much time?',
  },
  {
    what: 'a one-word imperative and a colon',
    from: '60675.txt:83',
    line: 'Listen: you and\u00a0your readers, your audience should open the\u00a0INF Treaty and\u00a0read it. Its articles clearly stipulate that short- and\u00a0medium-range missile launchers cannot be deployed on\u00a0land. The\u00a0treaty says so outright. However, they went ahead and\u00a0deployed them in\u00a0Romania and\u00a0Poland which is a\u00a0direct violation.',
  },
  {
    what: 'two capitalised words and a colon',
    from: '58537.txt:38',
    line: 'Just look: companies from Kazakhstan, India, Vietnam, Australia, New Zealand, as\u00a0well as\u00a0many other countries, which are quite different in\u00a0terms of\u00a0their interests, traditions, culture, political systems, international obligations and\u00a0priorities, already operate in\u00a0this Russian region. But I\u00a0repeat, we are providing all entrepreneurs with equal conditions for\u00a0successful and\u00a0effective work.',
  },
  {
    what: 'a request with a comma and a colon',
    from: '57675.txt:187',
    line: 'Tell me, please: is this the\u00a0best way to\u00a0ensure the\u00a0objectivity of\u00a0what happened there? I\u00a0do not think so. I\u00a0think it was an\u00a0attempt to\u00a0create conditions that would make it impossible to\u00a0investigate thoroughly. That is what it was.',
  },
  { what: 'a time line', from: `${SEED_SUMMARY}:5`, line: '14:10' },
  { what: 'a date line with a time', from: '17528.txt:2', line: 'February 18, 2013, 12:30' },
];

/** Reads line `n` (1-based) of a seed or dev-corpus file, for checking that a row is a real line. */
function realLine(from: string): string {
  const [file, n] = [from.slice(0, from.lastIndexOf(':')), Number(from.slice(from.lastIndexOf(':') + 1))];
  const full = file.startsWith('seeds/') ? path.join(ROOT, file) : path.join(DEV, file);
  return splitLines(readFileSync(full, 'utf8'))[n - 1];
}

function describeTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => `  ${JSON.stringify(t.text)} ${t.scopes.filter((s) => s !== ROOT_SCOPE).join(' ')}`).join('\n');
}

function checkRow(grammar: IGrammar, row: Row): void {
  const tokens = tokenizeLine(grammar, row.line);
  for (const [text, scope, within] of row.scopes) {
    const at = row.line.indexOf(text);
    assert.ok(at >= 0, `${JSON.stringify(text)} is not in the line`);
    if (within) {
      const r = extentRange(tokens, scope, at);
      assert.ok(r !== undefined && r.end >= at + text.length,
        `${scope} should cover all of ${JSON.stringify(text)}; tokens:\n${describeTokens(tokens)}`);
    } else {
      assert.strictEqual(extentOf(tokens, row.line, scope, at), text, `${scope} should cover exactly ${JSON.stringify(text)}; tokens:\n${describeTokens(tokens)}`);
    }
  }
  if (row.plain !== undefined) {
    const at = row.line.indexOf(row.plain);
    assert.ok(at >= 0, `${JSON.stringify(row.plain)} is not in the line`);
    for (const t of tokens.filter((t) => t.end > at && t.start < at + row.plain!.length)) {
      assert.deepStrictEqual(t.scopes, [ROOT_SCOPE], `${JSON.stringify(t.text)} should be plain text; tokens:\n${describeTokens(tokens)}`);
    }
  }
}

describe('grammar: TextMate tokenisation (vscode-textmate + onig.wasm)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('every row is a real line of the seeds or the dev corpus', () => {
    assert.ok(existsSync(DEV), `the development corpus is missing: ${DEV}`);
    for (const row of [...LABELS, ...HEADER_AND_LAYOUT, ...NOT_LABELS]) {
      assert.strictEqual(realLine(row.from), row.line, `${row.from} does not hold this line`);
    }
  });

  describe('speaker labels', () => {
    for (const row of LABELS) {
      it(`${row.what} (${row.from})`, () => checkRow(grammar, row));
    }
  });

  describe('header and layout lines', () => {
    for (const row of HEADER_AND_LAYOUT) {
      it(`${row.what} (${row.from})`, () => checkRow(grammar, row));
    }
  });

  describe('lines that are not speaker labels get no label scope', () => {
    for (const row of NOT_LABELS) {
      it(`${row.what} (${row.from}): ${row.line.slice(0, 40)}`, () => {
        const tokens = tokenizeLine(grammar, row.line);
        const found = [...scopesOf(tokens)].filter((s) => s.startsWith('meta.speaker-label') || s === NAME || s === ROLE || s === COLON || s === GENERIC);
        assert.deepStrictEqual(found, [], `tokens:\n${describeTokens(tokens)}`);
      });
    }
    it('plain prose gets no scope at all', () => {
      const line = NOT_LABELS.find((r) => r.from === `${SEED_MEETING}:44`)!.line;
      assert.deepStrictEqual([...scopesOf(tokenizeLine(grammar, line))], []);
    });
  });

  describe('long lines tokenise in bounded time (no catastrophic backtracking)', () => {
    // Measured (vscode-textmate 9.3.2, Node 20): about 0.1-0.25 s per 1 MB line.
    // No time is asserted here; the suite's timeout is the only limit.
    it('1 MB of "A " and a colon', () => {
      const line = 'A '.repeat(500000) + ':';
      const tokens = tokenizeLine(grammar, line);
      assert.ok(tokens.length >= 1);
      assert.ok(!tokens.some(isLabelToken));
    });
    it('1 MB of "Aa Bb " without a colon', () => {
      const line = 'Aa Bb '.repeat(Math.ceil(1000000 / 6));
      const tokens = tokenizeLine(grammar, line);
      assert.ok(tokens.length >= 1);
      assert.ok(!tokens.some(isLabelToken));
    });
  });
});

describe('grammar: agreement with the dev corpus truth', () => {
  // The lines the grammar scopes as a speaker label (named or generic) against
  // the truth turns (`turns[].line`) of the 120 dev files. Measured when this
  // test was written: 2443 truth turns, 2443 labelled lines, 2443 in common:
  // precision 1.0000, recall 1.0000, and the label text (up to the colon) equal
  // to the truth label on all 2443.
  it('the grammar labels the truth turns of test/fixtures/corpus/dev (recall ≥ 0.98, precision ≥ 0.99)', async () => {
    assert.ok(existsSync(DEV), `the development corpus is missing: ${DEV}`);
    const grammar = await loadGrammar();
    const files = readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort();
    assert.strictEqual(files.length, 120, `expected 120 .txt files in ${DEV}`);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let labelDiffers = 0;
    const misses: string[] = [];
    for (const file of files) {
      const lines = splitLines(readFileSync(path.join(DEV, file), 'utf8'));
      const truth = JSON.parse(readFileSync(path.join(DEV, file.replace(/\.txt$/, '.json')), 'utf8')) as { turns: { line: number; label: string }[] };
      const labelOf = new Map(truth.turns.map((t) => [t.line, t.label]));
      tokenizeLines(grammar, lines).forEach((tokens, i) => {
        const labelTokens = tokens.filter(isLabelToken);
        const label = labelOf.get(i + 1);
        if (labelTokens.length > 0 && label !== undefined) {
          tp++;
          const end = labelTokens[labelTokens.length - 1].end; // just after the colon
          if (lines[i].slice(0, end - 1).replace(/[\s\u200b]+$/u, '') !== label) labelDiffers++;
        } else if (labelTokens.length > 0) {
          fp++;
          misses.push(`false positive ${file}:${i + 1} ${lines[i].slice(0, 80)}`);
        } else if (label !== undefined) {
          fn++;
          misses.push(`missed ${file}:${i + 1} ${lines[i].slice(0, 80)}`);
        }
      });
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const summary = `tp=${tp} fp=${fp} fn=${fn} precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} labelDiffers=${labelDiffers}\n${misses.slice(0, 30).join('\n')}`;
    assert.ok(tp + fn > 2000, `too few truth turns: ${summary}`);
    assert.ok(recall >= 0.98, summary);
    assert.ok(precision >= 0.99, summary);
    assert.ok(labelDiffers <= 0.01 * tp, summary);
  });
});

describe('grammar: the sources mean the same in JavaScript and Oniguruma', () => {
  // The grammar uses the sources of src/core/patterns.ts as they are; the parser
  // compiles them with `new RegExp(source, 'u')`. On every line of the seeds and
  // the dev corpus, and on probes for known differences between the engines
  // (Unicode digits for `\d`, letters for `\w`), both must match the same text
  // with the same groups.
  const SOURCES = [
    'SPEAKER_LABEL_SOURCE', 'GENERIC_LABEL_SOURCE', 'SEPARATOR_SOURCE', 'STAGE_DIRECTION_SOURCE', 'DATE_LINE_SOURCE', 'TIME_LINE_SOURCE',
  ] as const;
  const PROBES = [
    '١٤:١٠', '１４:１０', 'May ٢, ٢٠١٣', 'May 2, 2013, ١٢:٣٠', 'Governor ٣rd Ivan Petrov: Yes.', 'Ivan Petrov: Yes.',
    'Élodie Durand: Oui.', 'ÉLODIE DURAND: OUI.', 'Ivan\u00a0Petrov\u200b: Yes.', 'Ivan Petrov (retranslated: Yes.', '***', '- - -',
    '[Inaudible]', 'Question (retranslated): Yes?', 'Voice from the audience: Yes.', '\tIvan Petrov: Yes.',
  ];

  it('on every line of the seeds and the dev corpus, and on probes', async () => {
    await onigLib();
    const lines: string[] = [...PROBES];
    const dirs = [path.join(ROOT, 'seeds'), DEV];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) lines.push(...splitLines(readFileSync(path.join(dir, f), 'utf8')));
    }
    const differences: string[] = [];
    for (const name of SOURCES) {
      const source = (patterns as unknown as Record<string, string>)[name];
      const js = new RegExp(source, 'du');
      const scanner = new oniguruma.OnigScanner([source]);
      for (const line of lines) {
        const m = js.exec(line);
        const a = m ? m.indices!.map((r) => (r && r[1] > r[0] ? `${r[0]}-${r[1]}` : '')).join(' ') : 'none';
        // vscode-textmate gives Oniguruma each line with a final newline.
        const onigString = new oniguruma.OnigString(line + '\n');
        const r = scanner.findNextMatchSync(onigString, 0);
        onigString.dispose();
        const b = r && r.captureIndices[0].start === 0 ? r.captureIndices.map((c) => (c.length > 0 ? `${c.start}-${c.end}` : '')).join(' ') : 'none';
        if (a !== b && differences.length < 20) differences.push(`${name} on ${JSON.stringify(line.slice(0, 80))}: JavaScript ${a}, Oniguruma ${b}`);
      }
      scanner.dispose();
    }
    assert.deepStrictEqual(differences, []);
  });
});
