import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits, checkNewName, filterBySpeaker, findSpeakerMentions, parseTranscript, planRename, speakerAt } from './service';
import { normalizeSpace } from '../../src/core/text';
import { readRepoFile, ROOT, SEED_MEETING } from './helpers';

/** Renames the speaker with this key from its first label, as a user does with F2 there. */
function rename(text: string, key: string, newName: string, includeMentions: boolean): string {
  const model = parseTranscript(text);
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker) throw new Error(`no speaker ${key}`);
  const first = model.turns[speaker.turns[0]];
  const plan = planRename(text, model, findSpeakerMentions(text, model), { speaker: key, nameSpan: first.nameSpan, onLabel: true }, newName, includeMentions);
  if ('error' in plan) throw new Error(plan.error);
  return applyEdits(text, plan.edits);
}

describe('rename a speaker', () => {
  const text = readRepoFile(SEED_MEETING);

  it('Denis Pushilin -> Denis V. Pushilin changes exactly the two labels, keeping the role', () => {
    const renamed = rename(text, 'Denis Pushilin', 'Denis V. Pushilin', false);
    const before = text.split('\n');
    const after = renamed.split('\n');
    const changed = before.map((l, i) => (l !== after[i] ? i + 1 : 0)).filter(Boolean);
    assert.deepStrictEqual(changed, [77, 81]);
    assert.ok(after[76].startsWith('Head of\u00a0the\u00a0Donetsk People’s Republic Denis V. Pushilin: May I'));
    assert.ok(after[80].startsWith('Denis V. Pushilin: Mr President'));
  });

  it('renaming back restores the file byte for byte', () => {
    const renamed = rename(text, 'Denis Pushilin', 'Denis V. Pushilin', true);
    const model = parseTranscript(renamed);
    const key = model.speakers.find((s) => s.name === 'Denis V. Pushilin')?.key;
    assert.ok(key, 'the renamed speaker is still one speaker');
    assert.strictEqual(rename(renamed, key, 'Denis Pushilin', true), text);
  });

  it('with mentions on, "Mr Pushilin" follows a new surname', () => {
    const renamed = rename(text, 'Denis Pushilin', 'Denis Pushilinov', true);
    assert.match(renamed.split('\n')[78], /Mr Pushilinov\./);
    assert.doesNotMatch(rename(text, 'Denis Pushilin', 'Denis Pushilinov', false).split('\n')[78], /Pushilinov/);
  });

  const refusals: [string, string][] = [
    ['', 'empty'],
    ['Denis: Pushilin', 'colon'],
    ['denis pushilin', 'not be recognised'],
  ];
  for (const [name, why] of refusals) {
    it(`refuses the name ${JSON.stringify(name)} (${why})`, () => assert.match(checkNewName(name) ?? '', new RegExp(why)));
  }

  it('refuses a generic label', () => {
    const t = 'Title\n\nQuestion: Why?\n\nVladimir Putin: Because.\n\nQuestion: And?\n';
    const model = parseTranscript(t);
    const plan = planRename(t, model, [], { speaker: 'Question', nameSpan: model.turns[0].nameSpan, onLabel: true }, 'Ivan Petrov', false);
    assert.ok('error' in plan && /generic/.test(plan.error));
  });

  it('finds the speaker on a label (name or role) and on a mention, not in plain speech', () => {
    const model = parseTranscript(text);
    const mentions = findSpeakerMentions(text, model);
    assert.strictEqual(speakerAt(model, mentions, { line: 76, character: 5 })?.speaker, 'Denis Pushilin');
    assert.strictEqual(speakerAt(model, mentions, { line: 78, character: 33 })?.speaker, 'Denis Pushilin');
    assert.strictEqual(speakerAt(model, mentions, { line: 80, character: 30 }), undefined);
  });

  it('Vladimir Putin has 9 turns and no mention in speech (references: 9)', () => {
    const model = parseTranscript(text);
    assert.strictEqual(model.speakers[0].turns.length, 9);
    assert.strictEqual(findSpeakerMentions(text, model).filter((m) => m.speaker === 'Vladimir Putin').length, 0);
  });
});

describe('rename and rename back on real pages: no byte changes', () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'kremlin');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const model = parseTranscript(text);
      const lines = text.split('\n');
      for (const speaker of model.speakers.filter((s) => !s.generic).slice(0, 8)) {
        const span = model.turns[speaker.turns[0]].nameSpan;
        const original = lines[span.start.line].slice(span.start.character, span.end.character).replace(/\s+/g, ' ');
        const renamed = rename(text, speaker.key, 'Zinaida Testova', true);
        const back = parseTranscript(renamed).speakers.find((s) => s.labels.some((l) => l.includes('Zinaida Testova')));
        assert.ok(back, `${speaker.key} renamed is found again`);
        assert.strictEqual(rename(renamed, back.key, original, true), text, speaker.key);
      }
    });
  }
});

describe('filter by speaker', () => {
  it('lists only that speaker’s turns, each headed by its source line', () => {
    const text = readRepoFile(SEED_MEETING);
    const f = filterBySpeaker(text, parseTranscript(text), 'Denis Pushilin', 'seed.txt');
    assert.deepStrictEqual(f.headings.map((h) => h.sourceLine + 1), [77, 81]);
    const lines = f.text.split('\n');
    assert.strictEqual(lines[f.headings[0].line].slice(f.headings[0].start, f.headings[0].end), 'line 77');
    assert.ok(lines[0].startsWith('Turns of Denis Pushilin — Head of the Donetsk People’s Republic'));
    const model = parseTranscript(f.text);
    assert.deepStrictEqual(model.speakers.map((s) => s.name), ['Denis Pushilin']);
  });
});

/** Plans a rename of the speaker from its first label; the edits or the refusal. */
function tryRename(text: string, key: string, newName: string, includeMentions: boolean): { text: string } | { error: string } {
  const model = parseTranscript(text);
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker) throw new Error(`no speaker ${key}`);
  const first = model.turns[speaker.turns[0]];
  const plan = planRename(text, model, findSpeakerMentions(text, model), { speaker: key, nameSpan: first.nameSpan, onLabel: true }, newName, includeMentions);
  return 'error' in plan ? plan : { text: applyEdits(text, plan.edits) };
}

describe('rename round trips that used to lose data', () => {
  const cast = 'Meeting\n\nIvan Petrov: Good afternoon, Mr Sidorov.\n\nPavel Sidorov: Hello, Mr Petrov.\n\nIvan Petrov: Mr Petrov-Vodkin painted it; Mr Petrov agrees.\n';

  it('refuses a name another speaker has: the two speakers would merge for good', () => {
    for (const name of ['Pavel Sidorov', 'Pavel\u00a0Sidorov']) {
      const r = tryRename(cast, 'Ivan Petrov', name, false);
      assert.ok('error' in r, `${name} accepted`);
      assert.strictEqual(r.error, '"Pavel Sidorov" would make this speaker one with "Pavel Sidorov" (line 5), and renaming back could not separate them. Choose another name.');
    }
  });

  const spacings: [string, string, string, string][] = [
    // [label as written, new name, the label after the rename]
    ['NBSP, one word more', 'Ivan\u00a0Petrov', 'Ivan V. Petrov', 'Ivan\u00a0V.\u00a0Petrov'],
    ['double space, one word more', 'Ivan  Petrov', 'Ivan V. Petrov', 'Ivan  V.  Petrov'],
    ['NBSP before the surname, one word more (it repeats the last separator)', 'Ivan V.\u00a0Petrov', 'Ivan Sergeevich V. Petrov', 'Ivan Sergeevich\u00a0V.\u00a0Petrov'],
    ['NBSPs, one word fewer', 'Ivan\u00a0V.\u00a0Petrov', 'Oleg Orlov', 'Oleg\u00a0Orlov'],
    ['mixed, same number of words', 'Ivan\u00a0V. Petrov', 'Oleg K. Orlov', 'Oleg\u00a0K. Orlov'],
  ];
  for (const [why, written, newName, after] of spacings) {
    it(`keeps the separators: ${why}, and renaming back restores every byte`, () => {
      const text = `Meeting\n\n${written}: Good afternoon.\n\nAnna Orlova: Hello.\n\n${written}: Thank you.\n`;
      const key = parseTranscript(text).speakers[0].key;
      const renamed = tryRename(text, key, newName, true);
      assert.ok('text' in renamed, 'error' in renamed ? renamed.error : '');
      assert.strictEqual(renamed.text.split('\n')[2], `${after}: Good afternoon.`);
      const back = tryRename(renamed.text, parseTranscript(renamed.text).speakers[0].key, normalizeSpace(written), true);
      assert.ok('text' in back && back.text === text);
    });
  }

  it('from a mention with mentions off, the labels are renamed (and it round-trips)', () => {
    const model = parseTranscript(cast);
    const mention = findSpeakerMentions(cast, model).find((m) => m.speaker === 'Ivan Petrov');
    assert.ok(mention);
    const plan = planRename(cast, model, [mention], { speaker: 'Ivan Petrov', nameSpan: mention.nameSpan, onLabel: false }, 'Ivan Smirnov', false);
    assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
    assert.strictEqual(applyEdits(cast, plan.edits), cast.replace(/Ivan Petrov:/g, 'Ivan Smirnov:'));
  });

  it('refuses a shorter name that would drop a separator unlike the one kept', () => {
    const text = 'Meeting\n\nIvan V.\u00a0Petrov: Good afternoon.\n\nAnna Orlova: Hello.\n';
    const r = tryRename(text, 'Ivan V. Petrov', 'Ivan Petrov', false);
    assert.ok('error' in r && /space/.test(r.error), JSON.stringify(r));
  });

  it('with mentions on, "Mr Petrov-Vodkin" is not a mention of Ivan Petrov and stays', () => {
    const text = cast.replace(/Mr Sidorov/, 'Ms Orlova');
    const r = tryRename(text, 'Ivan Petrov', 'Ivan Smirnov', true);
    assert.ok('text' in r, 'error' in r ? r.error : '');
    assert.deepStrictEqual(r.text.split('\n')[6], 'Ivan Smirnov: Mr Petrov-Vodkin painted it; Mr Smirnov agrees.');
  });

  it('with mentions on, refuses a surname that an unrelated "Mr Orlov" has (renaming back would change it too)', () => {
    const text = 'Meeting\n\nIvan Petrov: Good afternoon, Mr Orlov.\n\nAnna Orlova: Hello, Mr Petrov.\n';
    const r = tryRename(text, 'Ivan Petrov', 'Ivan Orlov', true);
    assert.ok('error' in r, 'accepted');
    assert.match(r.error, /"Mr Orlov" on line 3/);
    const off = tryRename(text, 'Ivan Petrov', 'Ivan Orlov', false);
    assert.ok('text' in off && off.text === text.replace(/Ivan Petrov/g, 'Ivan Orlov'));
  });

  it('with mentions on, refuses the surname of another speaker ("Mr Sidorov" would become ambiguous)', () => {
    const r = tryRename(cast, 'Ivan Petrov', 'Ivan Sidorov', true);
    assert.ok('error' in r, 'accepted');
    assert.match(r.error, /Sidorov/);
  });
});

describe('rename with CR LF and lone CR line ends', () => {
  for (const [why, eol] of [['CR LF', '\r\n'], ['a lone CR', '\r']]) {
    it(`${why}: the labels change, and renaming back restores every byte`, () => {
      const text = ['Meeting', '', 'Ivan Petrov: Good afternoon, Ms Orlova.', '', 'Anna Orlova: Hello, Mr Petrov.', '', 'Ivan Petrov: Thank you.', ''].join(eol);
      const renamed = tryRename(text, 'Ivan Petrov', 'Ivan V. Smirnov', true);
      assert.ok('text' in renamed, 'error' in renamed ? renamed.error : '');
      assert.strictEqual(renamed.text, text.replace(/Ivan Petrov/g, 'Ivan V. Smirnov').replace('Mr Petrov', 'Mr Smirnov'));
      const back = tryRename(renamed.text, 'Ivan V. Smirnov', 'Ivan Petrov', true);
      assert.ok('text' in back && back.text === text);
    });
  }
});
