import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyEdits, checkNewName, filterBySpeaker, findSpeakerMentions, parseTranscript, planRename, speakerAt } from '../../src/core';
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
