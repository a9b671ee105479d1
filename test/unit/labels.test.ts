import * as assert from 'assert';
import { parseTranscript } from './service';
import {
  FUNCTION_WORDS, GENERIC_LABELS, INSTITUTION_WORDS, LOWERCASE_ROLE_WORDS, NAME_PARTICLES, ROLE_WORD_READINGS, ROLE_WORDS, STOP_WORDS,
  TITLE_WORDS,
} from '../../src/core/profile/patterns';

/** Parses one body line under a fixed header, and returns the label, name and role it finds (or null). */
function labelOf(line: string): { label: string; name: string; role: string | null } | null {
  const text = `Title of the meeting\n\nJanuary 1, 2020, Moscow\n\n${line}\n\nVladimir Putin: Thank you.\n`;
  const model = parseTranscript(text);
  const turn = model.turns.find((t) => t.span.start.line === 4);
  if (!turn) return null;
  const s = model.speakers.find((x) => x.key === turn.speaker);
  return { label: turn.label, name: s?.name ?? '', role: s?.role ?? null };
}

describe('speaker labels (one row per case, taken from real pages)', () => {
  const turns: [string, string, string, string | null][] = [
    // [what it guards, line, name, role]
    ['role and name', 'Krasnoyarsk Territory Governor Mikhail Kotyukov: May I, Mr President? Kotyukov, Krasnoyarsk.', 'Mikhail Kotyukov', 'Krasnoyarsk Territory Governor'],
    ['name alone', 'Mikhail Kotyukov: Mr President,', 'Mikhail Kotyukov', null],
    ['NBSP inside the label', 'President of\u00a0Russia Vladimir Putin: Colleagues, good afternoon.', 'Vladimir Putin', 'President of Russia'],
    ['curly apostrophe in the role', 'Head of\u00a0the\u00a0Donetsk People’s Republic Denis Pushilin: May I, Mr President?', 'Denis Pushilin', 'Head of the Donetsk People’s Republic'],
    ['generic label', 'Question: Mr President, my question is about the economy.', 'Question', null],
    ['generic label with a remark', 'Question (retranslated): Good afternoon.', 'Question (retranslated)', null],
    ['remark after the name', 'President of\u00a0France Emmanuel Macron (retranslated): Thank you, Mr President.', 'Emmanuel Macron', 'President of France'],
    ['unclosed remark', 'President of\u00a0Turkey Recep Tayyip Erdogan (retranslated: Dear friends.', 'Tayyip Erdogan', 'President of Turkey Recep'],
    ['initials glued to the name', 'M.Papchenkova: Mr President, a question about the budget.', 'M.Papchenkova', null],
    ['initial and name', 'A. Voronin: Good afternoon.', 'A. Voronin', null],
    ['glued name', 'VladimirPutin: Good afternoon.', 'VladimirPutin', null],
    ['lower-case role', 'chairman of\u00a0the\u00a0Board of\u00a0Directors and\u00a0President of\u00a0Transneft Nikolai Tokarev: Mr President,', 'Nikolai Tokarev', 'chairman of the Board of Directors and President of Transneft'],
    ['label longer than 80 characters', 'Deputy Director General of\u00a0the\u00a0Technical Secretariat of\u00a0the\u00a0Organisation for\u00a0the\u00a0Prohibition of\u00a0Chemical Weapons (OPCW) Hamid Ali Rao: Thank you.', 'Ali Rao', 'Deputy Director General of the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons (OPCW) Hamid'],
    ['no space after the colon', 'Vladimir Putin:Good afternoon.', 'Vladimir Putin', null],
    ['white space before the colon', 'Vladimir Putin : Good afternoon.', 'Vladimir Putin', null],
    ['label alone on its line', 'Sergei Lavrov:', 'Sergei Lavrov', null],
    ['ALL CAPS', 'SECURITY COUNCIL SECRETARY NIKOLAI PATRUSHEV: Thank you.', 'NIKOLAI PATRUSHEV', 'SECURITY COUNCIL SECRETARY'],
    ['Name, role', 'Sergei Agafonov, Editor-in-Chief of\u00a0Ogonyok magazine: Mr President,', 'Sergei Agafonov', 'Editor-in-Chief of Ogonyok magazine'],
    ['title and one name', 'Patriarch Kirill: Your Excellency,', 'Patriarch Kirill', null],
    ['a role before a title', 'Russian Orthodox Church Patriarch Kirill: Your Excellency,', 'Patriarch Kirill', 'Russian Orthodox Church'],
    ['Cyrillic name', 'Владимир Путин: Добрый день.', 'Владимир Путин', null],
  ];
  for (const [what, line, name, role] of turns) {
    it(`turn: ${what}`, () => {
      const got = labelOf(line);
      assert.ok(got, `expected a turn in ${JSON.stringify(line)}`);
      assert.strictEqual(got.name.replace(/\u00a0/g, ' '), name);
      assert.strictEqual(got.role, role);
    });
  }

  const notTurns: [string, string][] = [
    ['prose with a colon', 'Regarding the\u00a0social sphere, I\u00a0would like to\u00a0highlight one critically important issue: supporting our military personnel.'],
    ['an enumeration', 'Second: I\u00a0did not throw anybody out.'],
    ['a question introduced with a colon', 'Here is my\u00a0question: the\u00a0issue of\u00a0resettling residents.'],
    ['an imperative', 'Listen: you and\u00a0your readers, your audience should know.'],
    ['chrome ending in a colon', 'Font size:'],
    ['a time', '16:40'],
    ['a date and time', 'February 18, 2013, 12:30'],
    ['a message introduction', 'The\u00a0message reads, in\u00a0part:'],
    ['a quotation', '“The\u00a0Nazis ravaged the\u00a0Ukrainian capital: hundreds of\u00a0thousands of\u00a0people were killed.'],
    ['a role without a name, as in a list', 'Minister of\u00a0Agriculture: Dmitry Patrushev.'],
    ['a place', 'Tula Region: “Dear Mr President…”'],
    ['a name addressed in prose', 'In\u00a0this case, I\u00a0would like to\u00a0ask Ms Uvarkina: how do you see it?'],
    ['a one-word name', 'Putin: Thank you.'],
    ['Mr President', 'Mr President: thank you.'],
    ['a label in the middle of a paragraph', 'He said, Vladimir Putin: this is not a turn.'],
  ];
  for (const [what, line] of notTurns) {
    it(`not a turn: ${what}`, () => assert.strictEqual(labelOf(line), null));
  }
});

describe('speaker-label grammar: one reading per word of a role (issue 11)', () => {
  // Two readings of one word (`OF` as a capitalised word and as a function word) made the
  // pattern try 2^n ways to read a role of n words; each word list must keep one.
  const lists: [string, readonly string[]][] = [
    ['ROLE_WORDS', ROLE_WORDS], ['INSTITUTION_WORDS', INSTITUTION_WORDS], ['LOWERCASE_ROLE_WORDS', LOWERCASE_ROLE_WORDS],
    ['FUNCTION_WORDS', FUNCTION_WORDS], ['NAME_PARTICLES', NAME_PARTICLES], ['STOP_WORDS', STOP_WORDS],
    ['TITLE_WORDS', TITLE_WORDS], ['GENERIC_LABELS', GENERIC_LABELS],
  ];
  const readings = ROLE_WORD_READINGS.map((r) => new RegExp(`^(?:${r})$`, 'u'));
  for (const [name, words] of lists) {
    it(`every word of ${name}, in every casing, has at most one reading as a word of a role`, () => {
      const casings = words.flatMap((w) => [w, w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
      const ambiguous = casings.filter((w) => readings.filter((r) => r.test(w)).length > 1);
      assert.deepStrictEqual(ambiguous, []);
    });
  }
  it('the readings: `OF` is a function word only, `Of` a capitalised word, `of` a function word', () => {
    const readingOf = (w: string) => readings.findIndex((r) => r.test(w));
    assert.deepStrictEqual(['OF', 'Of', 'of', 'OFFICE', 'OF.', 'deputy', '(OPCW)', '1st'].map(readingOf), [2, 0, 2, 0, 0, 1, 3, 4]);
  });
  it('a lower-case role of several words (`deputy head`) is read as its words: each is in the list', () => {
    const single = new Set(LOWERCASE_ROLE_WORDS.filter((w) => !w.includes(' ')));
    const phrases = LOWERCASE_ROLE_WORDS.filter((w) => w.includes(' '));
    assert.ok(phrases.length > 0);
    assert.deepStrictEqual(phrases.filter((p) => !p.split(' ').every((w) => single.has(w))), []);
  });
});
