import * as assert from 'assert';
import { analyseRegions, countTurnWords, mentionAt, parseTranscript, regionCardById, speakerCard } from './service';
import { readRepoFile, SEED_MEETING } from './helpers';

describe('hover cards (what the hover provider shows)', () => {
  const text = readRepoFile(SEED_MEETING);
  const model = parseTranscript(text);

  it('the region at "Krasnoyarsk Territory" (line 127) names the speaker whose role names it', () => {
    const analysis = analyseRegions(text, model);
    const mention = mentionAt(analysis, { line: 126, character: 3 });
    assert.strictEqual(mention?.id, 'RU-KYA');
    assert.deepStrictEqual(analysis.speakers.get('RU-KYA'), [{ name: 'Mikhail Kotyukov', role: 'Krasnoyarsk Territory Governor' }]);
    const card = regionCardById('RU-KYA', { mentions: analysis.counts.get('RU-KYA') ?? 0, speakers: analysis.speakers.get('RU-KYA') ?? [] }, { locale: 'en' });
    assert.ok(card);
    for (const want of ['Красноярский край', 'Siberian Federal District', 'RU-KYA', '2,856,971', 'Mikhail Kotyukov']) assert.ok(card.includes(want), want);
  });

  it('no region between mentions', () => {
    assert.strictEqual(mentionAt(analyseRegions(text, model), { line: 16, character: 40 }), undefined);
  });

  it('the speaker card: role, turns, words and share, first turn', () => {
    const card = speakerCard(model, countTurnWords(text, model), 'Denis Pushilin', 'en') ?? '';
    assert.match(card, /\*\*Denis Pushilin\*\*/);
    assert.match(card, /Head of the Donetsk People’s Republic/);
    assert.match(card, /\| turns \| 2 of 17 \|/);
    assert.match(card, /\| words \| [\d,]+ \(\d+% of all words spoken\) \|/);
    assert.match(card, /\| first turn \| line 77 \|/);
  });

  it('transcript text in a speaker card is escaped: links, HTML and backticks stay inert', () => {
    const evil = 'Title\n\nHead of [x](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` Region Ivan Petrov: Hello.\n\nIvan Petrov: Again.\n';
    const m = parseTranscript(evil);
    const key = m.speakers[0]?.key;
    assert.ok(key, 'the label is a turn');
    const card = speakerCard(m, countTurnWords(evil, m), key, 'en') ?? '';
    assert.ok(!/(^|[^\\])\[x\]\(command:/.test(card), card);
    assert.ok(!/<img/.test(card), card);
    assert.ok(!/(^|[^\\])`/.test(card), card);
  });
});
