import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { LABEL_STYLES } from '../../src/core/profile';
import { ModelCache, TranscriptParser } from '../../src/core/parse';
import { englishProfile } from '../../src/core/profile';
import { ROOT } from './helpers';

/**
 * The label-style setting (`transcript.labels.style`): package.json offers exactly the core's
 * styles, and the document cache reads again with a style when the setting changes.
 */
describe('label style setting', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const setting = pkg.contributes.configuration.properties?.['transcript.labels.style'] ?? pkg.contributes.configuration[0]?.properties['transcript.labels.style'];

  it('package.json offers the core\'s styles, auto first and the default, each with a description', () => {
    assert.deepStrictEqual(setting.enum, LABEL_STYLES.map((s) => s.id));
    assert.strictEqual(setting.default, 'auto');
    assert.strictEqual(setting.markdownEnumDescriptions.length, LABEL_STYLES.length);
    for (const d of setting.markdownEnumDescriptions) assert.ok(d.length > 20, d);
  });

  // Lines of test/fixtures/formats/briefings/wh-2022-03-07-psaki.txt.
  const briefing = 'MS. PSAKI:  Hi, everyone.\nQ\u00a0\u00a0\u00a0 Thanks, Jen.\nMS. PSAKI:  Sure.\nQ\u00a0\u00a0\u00a0 And on Russia?\nMS. PSAKI:  Well.\n';
  const doc = (version: number) => ({ uri: { toString: () => 'file:///b.txt' }, version, getText: () => briefing });

  it('a cache set to another style parses its documents again with it; the same style changes nothing', () => {
    const cache = new ModelCache(new TranscriptParser(englishProfile()));
    assert.strictEqual(cache.labelStyle, 'auto');
    assert.deepStrictEqual(cache.get(doc(1)).turns.map((t) => t.label), ['MS. PSAKI', 'Q', 'MS. PSAKI', 'Q', 'MS. PSAKI']);
    assert.strictEqual(cache.setLabelStyle('auto'), false);
    assert.strictEqual(cache.setLabelStyle('dialogue'), true);
    assert.strictEqual(cache.labelStyle, 'dialogue');
    assert.deepStrictEqual(cache.get(doc(1)).turns.map((t) => t.label), ['MS. PSAKI', 'MS. PSAKI', 'MS. PSAKI']);
    assert.strictEqual(cache.parseCount, 2);
    // An unknown id reads as auto.
    assert.strictEqual(cache.setLabelStyle('poetry'), true);
    assert.strictEqual(cache.labelStyle, 'auto');
  });
});
