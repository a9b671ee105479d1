import * as assert from 'assert';
import { regionCard, regionCardById, RegionRecord, testService } from './service';

function record(nameOrId: string): RegionRecord {
  const r = testService.regions.findRecord(nameOrId);
  assert.ok(r, nameOrId);
  return r;
}

/** Characters that start Markdown or HTML when not escaped: `[`, `<`, a backtick. */
function unescaped(card: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < card.length; i++) {
    const ch = card[i];
    if (ch !== '[' && ch !== '<' && ch !== '`') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && card[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) out.push(`${ch} at ${i}: ${card.slice(Math.max(0, i - 20), i + 20)}`);
  }
  return out;
}

describe('regions: the Markdown card', () => {
  const kotyukov = { name: 'Mikhail Kotyukov', role: 'Krasnoyarsk Territory Governor' };

  it('a subject: names, type, district, capital, census, area, code, time zone, transcript, source', () => {
    const card = regionCard(record('RU-KYA'), { mentions: 7, speakers: [kotyukov] }, { locale: 'en' });
    for (const part of [
      '**Krasnoyarsk Krai** (Красноярский край)',
      'Siberian Federal District',
      '**Capital:** Krasnoyarsk',
      '2,856,971 (2021 census, as of October 1, 2021)',
      '2,366,797 km²',
      'RU-KYA',
      'UTC\\+7',
      '7 mentions',
      'Mikhail Kotyukov — Krasnoyarsk Territory Governor',
      'CC BY-SA 4.0, see data/regions/SOURCES.md',
    ]) {
      assert.ok(card.includes(part), `${part} in\n${card}`);
    }
    assert.deepStrictEqual(unescaped(card), []);
    assert.ok(!/<[a-z/]/i.test(card), 'no HTML');
  });

  it('the district becomes a link only when linkFor gives one', () => {
    const plain = regionCard(record('RU-KYA'), { mentions: 1, speakers: [] });
    assert.ok(!plain.includes('[Siberian Federal District]'));
    const linked = regionCard(record('RU-KYA'), { mentions: 1, speakers: [] }, { linkFor: (id) => (id === 'siberian' ? 'command:x.showDistrict?["siberian"] (evil)' : undefined) });
    assert.ok(linked.includes('[Siberian Federal District](command:x.showDistrict?%5B%22siberian%22%5D%20%28evil%29)'), linked);
  });

  it('numbers follow the locale', () => {
    const de = regionCard(record('RU-KYA'), { mentions: 1, speakers: [] }, { locale: 'de' });
    assert.ok(de.includes('2.856.971'), de);
    const bad = regionCard(record('RU-KYA'), { mentions: 1, speakers: [] }, { locale: 'not a locale!' });
    assert.ok(bad.includes('2,856,971'), 'an invalid locale falls back to en');
  });

  it('an annexed territory carries its status; a missing census figure is left out', () => {
    const card = regionCard(record('UA-14'), { mentions: 2, speakers: [] });
    assert.ok(card.includes('_Status: Annexed by Russia in 2022; internationally recognised as part of Ukraine'));
    assert.ok(!card.includes('Population'));
  });

  it('a city: subject, population, founding year; alternatives when ambiguous', () => {
    const card = regionCard(record('Donetsk'), { mentions: 1, speakers: [], alternatives: ['RU-ROS-donetsk'] });
    assert.ok(card.includes('**Administrative centre of:** Donetsk People\'s Republic'), card);
    assert.ok(card.includes('**Could also mean:** Donetsk (city in Rostov Oblast)'), card);
    const smolensk = regionCard(record('RU-SMO-smolensk'), { mentions: 2, speakers: [] });
    assert.ok(smolensk.includes('**Population:** 326,863'), smolensk);
    assert.ok(smolensk.includes('**Founded:** 863'), smolensk);
    const roslavl = regionCard(record('Roslavl'), { mentions: 1, speakers: [] });
    assert.ok(roslavl.includes('**City in:** Smolensk Oblast'), roslavl);
  });

  it('a district: centre, members, population', () => {
    const card = regionCard(record('Central Federal District'), { mentions: 1, speakers: [] });
    assert.ok(card.includes('**Centre:** Moscow'));
    assert.ok(card.includes('**Member subjects (18):**'));
    assert.ok(card.includes('Smolensk Oblast'));
    assert.ok(card.includes('40,334,532'));
  });

  it('a macro-region: description and related subjects', () => {
    const card = regionCard(record('Donbass'), { mentions: 3, speakers: [] });
    assert.ok(card.includes('**Donbas** (Донбасс)'));
    assert.ok(card.includes('**Related subjects:** Donetsk People\'s Republic, Luhansk People\'s Republic, Rostov Oblast'));
    assert.deepStrictEqual(unescaped(card), []);
  });

  it('text from the transcript cannot inject links, HTML or code', () => {
    const evil = [
      { name: '[x](command:workbench.action.quit)', role: '<img src=x onerror=alert(1)>' },
      { name: '`code` and ``more``', role: '<script>alert(1)</script>\n# heading\n---' },
      { name: '![img](https://example.com/x.png)', role: '<a href="command:x">y</a> &lt;b&gt;' },
    ];
    for (const r of ['RU-KYA', 'RU-SMO-smolensk', 'central', 'siberia']) {
      const card = regionCard(record(r), { mentions: 1, speakers: evil, alternatives: ['RU-ROS-donetsk', '[bad](command:x)'] });
      assert.deepStrictEqual(unescaped(card), [], card);
      assert.ok(!/<[a-z/!]/i.test(card), 'no HTML');
      assert.ok(!card.includes('](command:'), 'no command link');
      assert.ok(card.includes('\\[x\\]\\(command&#58;workbench.action.quit\\)'));
      assert.ok(card.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
      assert.ok(!/\n# heading/.test(card), 'line breaks in a role do not start blocks');
    }
  });

  it('regionCardById: undefined for an unknown id', () => {
    assert.strictEqual(regionCardById('XX-NONE', { mentions: 0, speakers: [] }), undefined);
    assert.ok(regionCardById('RU-SMO', { mentions: 0, speakers: [] })?.includes('Smolensk Oblast'));
  });
});
