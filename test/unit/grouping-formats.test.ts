/**
 * Issue 13 §3: labels of one person grouped into one speaker in every common
 * transcript style, and two people never merged. Labels are copied from the
 * formats corpus (see test/fixtures/README.md for the sources):
 * - hansard: UK House of Commons, Prime Minister's Questions 2003-2007, quoted in
 *   miandai/blog_template_storm `_posts/2011-04-26-…` to `2011-05-26-…` (Hansard,
 *   Parliamentary copyright, Open Parliament Licence);
 * - meeting: QMSum `data/Committee/all/covid_3.json`, `covid_7.json`, `covid_10.json`
 *   (Parliament of Canada, Special Committee on the COVID-19 Pandemic; QMSum, MIT);
 * - debates: paxtonab/primary_debates_nltk `9_democratic_debate.txt` (Univision),
 *   `1_republican_debate.txt` (Fox News);
 * - subtitles: ableplayer/ableplayer `media/blocks4all_captions_en.vtt` (MIT);
 * - timestamped: ladybug-podcast/ladybug-website `transcripts/55-git-and-github`;
 * - briefings: brian14708/wh-briefings (CC0; US government work).
 * The negative cases put real labels of two different people side by side.
 */
import * as assert from 'assert';
import { englishProfile } from '../../src/core/profile';
import { buildModel } from '../../src/core/parse/build';
import type { LabelMatch } from '../../src/core/parse/labels';
import { LabelForms } from '../../src/core/parse/speakerGroups';
import { endBeforeRemarks, remarkAt, TextLines, withoutRemarks } from '../../src/core/text';
import { parseTranscript } from './service';

/** Labels the formats corpus treats as generic (the issue's list): the parser that finds them marks them so. */
const GENERIC = new Set(['Q', 'Question', 'MODERATOR', 'SENIOR ADMINISTRATION OFFICIAL', 'Audience member', 'Unidentified speaker', 'UNIDENTIFIED MALE', 'Unknown Speaker', 'Hon. Members', '(UNKNOWN)']);

/** A label as a parser that accepts it on the document's evidence hands it over: the whole label is the name. */
function wholeLabel(label: string, line = 0): LabelMatch {
  return { line, label, labelEnd: label.length, colon: label.length, nameStart: 0, nameEnd: label.length, generic: GENERIC.has(label), endsInName: true };
}

/** The groups LabelForms makes of distinct labels, each as its labels joined by ` = `, sorted. */
function groupsOf(labels: readonly string[]): string[] {
  const forms = new LabelForms(englishProfile().genericLabels);
  const { groups } = forms.group(labels.map((l) => wholeLabel(l)));
  return groups.map((g) => g.map((i) => labels[i]).join(' = ')).sort();
}

/** The model the builder makes of one turn per label (`Label: text.`), every label given as {@link wholeLabel}. */
function modelOf(labels: readonly string[]) {
  const text = labels.map((l) => `${l}: Text.`).join('\n');
  const source = TextLines.of(text);
  const r = {
    source, kinds: labels.map(() => 'turn' as const), header: {}, matches: labels.map((l, i) => wholeLabel(l, i)), bodyStart: 0, bodyEnd: labels.length - 1,
  };
  return buildModel(new LabelForms(englishProfile().genericLabels), r);
}

/** The speakers a text parses into, as `name [role]: label = label`. */
function speakersOf(lines: readonly string[]): string[] {
  const model = parseTranscript(`Prime Minister's Questions\n\n${lines.join('\n')}\n`);
  return model.speakers.map((s) => `${s.name}${s.role ? ` [${s.role}]` : ''}: ${s.labels.join(' = ')}`);
}

describe('speaker grouping in every transcript style (issue 13 §3)', () => {
  describe('labels of one person are one speaker', () => {
    const cases: [string, string[], string[]][] = [
      // [what it guards, labels in order of use, expected groups (sorted)]
      ['hansard: honorific and surname = the one full name with constituency (pmqs-2003-04-09)',
        ['Mr. Iain Duncan Smith (Chingford and Woodford Green)', 'The Prime Minister', 'Mr. Duncan Smith'],
        ['Mr. Iain Duncan Smith (Chingford and Woodford Green) = Mr. Duncan Smith', 'The Prime Minister']],
      ['hansard: two remarks, constituency and party (pmqs-2004-10-13)',
        ['Mr. Michael Howard (Folkestone and Hythe) (Con)', 'The Prime Minister', 'Mr. Howard'],
        ['Mr. Michael Howard (Folkestone and Hythe) (Con) = Mr. Howard', 'The Prime Minister']],
      ['hansard: Mr. Cameron (pmqs-2006-03-01)',
        ['Mr. David Cameron (Witney) (Con)', 'The Prime Minister', 'Mr. Cameron'],
        ['Mr. David Cameron (Witney) (Con) = Mr. Cameron', 'The Prime Minister']],
      ['hansard: the role alone = the one label that names its holder (pmqs-2007-06-27)',
        ['The Prime Minister (Mr. Tony Blair)', 'Mr. Cameron', 'The Prime Minister', 'Hon. Members'],
        ['Hon. Members', 'Mr. Cameron', 'The Prime Minister (Mr. Tony Blair) = The Prime Minister']],
      ['canada: office in parentheses or not (covid-10)',
        ['Hon. Bill Blair (Minister of Public Safety and Emergency Preparedness)', 'Hon. Bill Blair', 'Right Hon. Justin Trudeau (Prime Minister)', 'Right Hon. Justin Trudeau'],
        ['Hon. Bill Blair (Minister of Public Safety and Emergency Preparedness) = Hon. Bill Blair', 'Right Hon. Justin Trudeau (Prime Minister) = Right Hon. Justin Trudeau']],
      ['canada: The Honourable = Hon. (covid-3)',
        ['The Honourable Pablo Rodriguez (Leader of the Government in the House of Commons)', 'Hon. Pablo Rodriguez'],
        ['The Honourable Pablo Rodriguez (Leader of the Government in the House of Commons) = Hon. Pablo Rodriguez']],
      ['canada: nested parentheses, the chair named once (covid-10)',
        ['The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', 'Mr. Garnett Genuis (Sherwood ParkFort Saskatchewan, CPC)', 'The Chair'],
        ['Mr. Garnett Genuis (Sherwood ParkFort Saskatchewan, CPC)', 'The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.)) = The Chair']],
      ['canada: the acting chair with and without riding (covid-10)',
        ['The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', 'The Acting Chair (Mrs. Alexandra Mends (BrossardSaint-Lambert, Lib.))', 'The Acting Chair (Mrs. Alexandra Mends)'],
        ['The Acting Chair (Mrs. Alexandra Mends (BrossardSaint-Lambert, Lib.)) = The Acting Chair (Mrs. Alexandra Mends)', 'The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))']],
      ['debates: bare surname in capitals, with and without a remark (univision)',
        ['JORGE RAMOS', 'MARÍA ELENA SALINAS (through translator)', 'CLINTON', 'SALINAS', 'RAMOS (through translator)', 'SALINAS (through translator)', 'RAMOS'],
        ['CLINTON', 'JORGE RAMOS = RAMOS (through translator) = RAMOS', 'MARÍA ELENA SALINAS (through translator) = SALINAS = SALINAS (through translator)']],
      ['briefings: SMITH = MR. SMITH (the press secretary as both)', ['MR. KIRBY', 'Q', 'KIRBY'], ['MR. KIRBY = KIRBY', 'Q']],
      ['subtitles: case, first name = the one full name (blocks4all)',
        ["Boon's Mom", "Boon's Dad", 'Boon', 'Richard Ladner', "Boon's mom", 'Richard', 'Lauren Milne', 'Lauren'],
        ['Boon', "Boon's Dad", "Boon's Mom = Boon's mom", 'Lauren Milne = Lauren', 'Richard Ladner = Richard']],
      ['timestamped: first name = full name (ladybug-55)', ['Ali', 'Kelly', 'Monica Powell', 'Monica'], ['Ali', 'Kelly', 'Monica Powell = Monica']],
      ['kremlin: role and name = name (unchanged)',
        ['Head of the Donetsk People’s Republic Denis Pushilin', 'Vladimir Putin', 'Denis Pushilin'],
        ['Head of the Donetsk People’s Republic Denis Pushilin = Denis Pushilin', 'Vladimir Putin']],
    ];
    for (const [what, labels, expected] of cases) it(what, () => assert.deepStrictEqual(groupsOf(labels), expected));
  });

  describe('two people are never one speaker', () => {
    const cases: [string, string[], string[]][] = [
      ['two Smiths: Mr. Smith stays apart',
        ['Mr. Iain Duncan Smith (Chingford and Woodford Green)', 'Mr. Andrew Smith (Oxford, East)', 'Mr. Smith'],
        ['Mr. Andrew Smith (Oxford, East)', 'Mr. Iain Duncan Smith (Chingford and Woodford Green)', 'Mr. Smith']],
      ['two Browns: Mr. Brown stays apart',
        ['Mr. Gordon Brown (Kirkcaldy and Cowdenbeath)', 'Mr. Nicholas Brown (Newcastle upon Tyne, East and Wallsend)', 'Mr. Brown'],
        ['Mr. Brown', 'Mr. Gordon Brown (Kirkcaldy and Cowdenbeath)', 'Mr. Nicholas Brown (Newcastle upon Tyne, East and Wallsend)']],
      ['SMITH with MR. SMITH and MS. SMITH stays apart; Mr. and Ms. never join',
        ['MR. SMITH', 'MS. SMITH', 'SMITH'], ['MR. SMITH', 'MS. SMITH', 'SMITH']],
      ['Mr. Howard is not Mrs. Jane Howard', ['Mrs. Jane Howard', 'Mr. Howard'], ['Mr. Howard', 'Mrs. Jane Howard']],
      ['a first name shared by two full names', ['Richard Ladner', 'Richard Bragdon', 'Richard'], ['Richard', 'Richard Bragdon', 'Richard Ladner']],
      ['two acting chairs: each their own, the bare role neither',
        ['The Acting Chair (Mr. Bruce Stanton)', 'The Acting Chair (Mrs. Alexandra Mends)', 'The Acting Chair'],
        ['The Acting Chair', 'The Acting Chair (Mr. Bruce Stanton)', 'The Acting Chair (Mrs. Alexandra Mends)']],
      ['an office is no surname: Mr. Speaker, Mr. Deputy Speaker', ['Mr. Speaker', 'Mr. Deputy Speaker'], ['Mr. Deputy Speaker', 'Mr. Speaker']],
      ['generic labels join no name', ['MODERATOR', 'CHRIS WALLACE', 'Q', 'SENIOR ADMINISTRATION OFFICIAL', 'UNIDENTIFIED MALE', '(UNKNOWN)', 'Unknown Speaker', 'Emma'],
        ['(UNKNOWN)', 'CHRIS WALLACE', 'Emma', 'MODERATOR', 'Q', 'SENIOR ADMINISTRATION OFFICIAL', 'UNIDENTIFIED MALE', 'Unknown Speaker']],
      ['a misspelt surname stays apart (KAISCH, rep-2016-03-10)', ['KASICH', 'KAISCH'], ['KAISCH', 'KASICH']],
      ['Boon is not Boon’s Mom', ["Boon's Mom", 'Boon'], ['Boon', "Boon's Mom"]],
    ];
    for (const [what, labels, expected] of cases) it(what, () => assert.deepStrictEqual(groupsOf(labels), expected));
  });

  describe('through the parser (labels it finds today)', () => {
    it('Mr. Duncan Smith and Mr. Iain Duncan Smith (Chingford and Woodford Green) are one speaker, named in full, the constituency no role', () => {
      assert.deepStrictEqual(speakersOf([
        'Mr. Iain Duncan Smith (Chingford and Woodford Green): Will the Prime Minister confirm …',
        'Mr. Duncan Smith: The Prime Minister did not answer.',
      ]), ['Mr. Iain Duncan Smith: Mr. Iain Duncan Smith (Chingford and Woodford Green) = Mr. Duncan Smith']);
    });

    it('Mr. Hague is Mr. William Hague (Richmond, Yorks) whichever comes first', () => {
      assert.deepStrictEqual(speakersOf(['Mr. Hague: Yes.', 'Mr. William Hague (Richmond, Yorks): No.']),
        ['Mr. William Hague: Mr. Hague = Mr. William Hague (Richmond, Yorks)']);
    });

    it('with two Smiths and two Browns, Mr. Smith and Mr. Brown stay speakers of their own', () => {
      assert.deepStrictEqual(speakersOf([
        'Mr. Iain Duncan Smith (Chingford and Woodford Green): a', 'Mr. Andrew Smith (Oxford, East): b', 'Mr. Smith: c',
        'Mr. Gordon Brown (Kirkcaldy and Cowdenbeath): d', 'Mr. Nicholas Brown (Newcastle upon Tyne, East and Wallsend): e', 'Mr. Brown: f',
      ]).length, 6);
    });

    it('The Honourable Pablo Rodriguez = Hon. Pablo Rodriguez, with the office in parentheses as role', () => {
      assert.deepStrictEqual(speakersOf([
        'The Honourable Pablo Rodriguez (Leader of the Government in the House of Commons): Mr. Chair, …',
        'Hon. Pablo Rodriguez: Thank you.',
      ]), ['The Honourable Pablo Rodriguez [Leader of the Government in the House of Commons]: The Honourable Pablo Rodriguez (Leader of the Government in the House of Commons) = Hon. Pablo Rodriguez']);
    });
  });

  describe('speaker name and role from whole-label matches (the builder)', () => {
    const cases: [string, string[], { key: string; name: string; role?: string }[]][] = [
      ['the person in parentheses is the name, the role before them the role',
        ['The Acting Chair (Mr. Bruce Stanton)', 'Mr. Garnett Genuis (Sherwood ParkFort Saskatchewan, CPC)'],
        [{ key: 'The Acting Chair (Mr. Bruce Stanton)', name: 'Bruce Stanton', role: 'Acting Chair' },
          { key: 'Mr. Garnett Genuis (Sherwood ParkFort Saskatchewan, CPC)', name: 'Mr. Garnett Genuis' }]],
      ['the role alone joins its holder',
        ['The Prime Minister (Mr. Tony Blair)', 'The Prime Minister'],
        [{ key: 'The Prime Minister', name: 'Tony Blair', role: 'Prime Minister' }]],
      ['nested parentheses',
        ['The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', 'The Chair'],
        [{ key: 'The Chair', name: 'Anthony Rota', role: 'Chair' }]],
      ['the fullest name, a constituency no role',
        ['Mr. Duncan Smith', 'Mr. Iain Duncan Smith (Chingford and Woodford Green)'],
        [{ key: 'Mr. Duncan Smith', name: 'Mr. Iain Duncan Smith' }]],
      ['an office in parentheses is the role',
        ['Hon. Bill Blair', 'Hon. Bill Blair (Minister of Public Safety and Emergency Preparedness)'],
        [{ key: 'Hon. Bill Blair', name: 'Hon. Bill Blair', role: 'Minister of Public Safety and Emergency Preparedness' }]],
      ['a bare surname takes the full name',
        ['SALINAS (through translator)', 'MARÍA ELENA SALINAS (through translator)', 'SALINAS'],
        [{ key: 'SALINAS', name: 'MARÍA ELENA SALINAS' }]],
    ];
    for (const [what, labels, expected] of cases) {
      it(what, () => {
        const model = modelOf(labels);
        assert.deepStrictEqual(model.speakers.map((s) => ({ key: s.key, name: s.name, ...(s.role ? { role: s.role } : {}) })), expected);
        assert.deepStrictEqual(model.turns.map((t) => t.speaker), labels.map((l) => model.speakers.find((s) => s.labels.includes(l))?.key));
      });
    }
  });
});

describe('core/text: trailing remarks in parentheses, in linear time', () => {
  it('endBeforeRemarks / withoutRemarks', () => {
    const cases: [string, string][] = [
      ['Vladimir Putin (retranslated)', 'Vladimir Putin'],
      ['Mr. Michael Howard (Folkestone and Hythe) (Con)', 'Mr. Michael Howard'],
      ['The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))', 'The Chair'],
      ['Recep Tayyip Erdogan (retranslated', 'Recep Tayyip Erdogan'],
      ['Name (a) tail', 'Name (a) tail'],
      ['(UNKNOWN)', '(UNKNOWN)'],
      ['Name (a))', 'Name (a))'],
      ['Name\u00a0(remark)\u00a0', 'Name'],
      ['', ''],
    ];
    for (const [label, core] of cases) {
      assert.strictEqual(withoutRemarks(label), core, label);
      assert.strictEqual(endBeforeRemarks(`xx${label}yy`, 2, 2 + label.length), 2 + core.length, `range of ${label}`);
    }
  });

  it('remarkAt: the first parenthesised part after a point, nested ones whole', () => {
    const label = 'The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.)) (x)';
    const r = remarkAt(label, 'The Chair'.length);
    assert.ok(r);
    assert.strictEqual(label.slice(r.contentStart, r.contentEnd), 'Hon. Anthony Rota (NipissingTimiskaming, Lib.)');
    assert.strictEqual(remarkAt(label, 3), undefined);
    const open = remarkAt('A (unclosed', 1);
    assert.ok(open);
    assert.strictEqual('A (unclosed'.slice(open.contentStart, open.contentEnd), 'unclosed');
  });

  // The regex these replace, /\s*\([^()]*\)?\s*$/u, backtracks quadratically on `A (` + spaces + `x)y`:
  // 1.4 s for 20,000 spaces, minutes for the 200,000 below.
  it('hostile parentheses of up to 800,000 characters: one scan each', () => {
    const n = 200_000;
    const cases: [string, number][] = [
      ['A' + '('.repeat(n), 1],
      ['A' + ')'.repeat(n), 1 + n],
      ['A' + ' ('.repeat(n), 1],
      ['A' + ' (x)'.repeat(n), 1],
      ['A' + '(('.repeat(n) + '))'.repeat(n), 1],
      ['A' + ' ('.repeat(n) + 'x', 1],
      ['A' + ' )'.repeat(n) + ' (x', 1 + 2 * n],
      ['A (' + ' '.repeat(n) + 'x)y', n + 6],
      ['A (' + ' '.repeat(n) + 'x) ', 1],
    ];
    for (const [s, end] of cases) assert.strictEqual(endBeforeRemarks(s), end, s.slice(0, 12));
    assert.ok(groupsOf(['The Chair (' + '('.repeat(n), 'The Chair']).length >= 1);
  });
});
