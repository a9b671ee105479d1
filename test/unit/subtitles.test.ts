import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';
import { parseTranscript } from './service';

/**
 * Subtitle files: the WebVTT header block (`WEBVTT`, `Kind:`, `Language:`) and a SubRip cue's
 * number or timing are the format's furniture, never the title; turns carry their cue's start.
 */
describe('subtitle files', () => {
  it('a WebVTT file (test/fixtures/formats/subtitles) has no title, and its voices are turns with their cue times', () => {
    const text = readFileSync(path.join(ROOT, 'test', 'fixtures', 'formats', 'subtitles', 'ableplayer-blocks4all-captions.txt'), 'utf8');
    const model = parseTranscript(text);
    assert.strictEqual(model.header.title, undefined);
    assert.deepStrictEqual(model.turns.slice(0, 3).map((t) => `${t.span.start.line} ${t.label} ${t.time?.text}`), [
      "8 Boon's Mom 00:00:07.360", "15 Boon's Dad 00:00:13.820", '22 Boon 00:00:21.680',
    ]);
    assert.strictEqual(model.labelStyle, 'subtitles');
  });

  it('a SubRip file with `- Name:` lines in a cue: no title, turns with the cue start', () => {
    const text = '1\n00:00:01,000 --> 00:00:03,000\n- Travis: When you first get here.\n- Anna: Yes.\n\n2\n00:00:04,000 --> 00:00:06,000\nTravis: It was cold.\n\n3\n00:00:07,000 --> 00:00:09,000\nAnna: Very cold.\n';
    const model = parseTranscript(text);
    assert.strictEqual(model.header.title, undefined);
    assert.deepStrictEqual(model.turns.map((t) => `${t.span.start.line} ${t.label} ${t.labelSpan.start.character} ${t.time?.text}`), [
      '2 Travis 2 00:00:01,000', '3 Anna 2 00:00:01,000', '7 Travis 0 00:00:04,000', '11 Anna 0 00:00:07,000',
    ]);
  });
});
