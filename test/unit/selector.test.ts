import * as assert from 'assert';
import { servesDocument, SUBTITLE_PATTERN, TRANSCRIPT_SELECTOR } from '../../src/features/selector';

describe('which documents get the transcript features', () => {
  const cases: [string, string, string, boolean][] = [
    ['a transcript', 'transcript', '/docs/2023-09-28-meeting.transcript', true],
    ['a .txt file switched to transcript', 'transcript', '/docs/meeting.txt', true],
    ['an untitled transcript', 'transcript', 'Untitled-1', true],
    ['a WebVTT file no extension claims (plain text)', 'plaintext', '/media/talk.vtt', true],
    ['an SRT file no extension claims (plain text)', 'plaintext', '/media/talk.srt', true],
    ['a WebVTT file of a subtitle extension', 'subtitles', '/media/talk.vtt', true],
    ['a WebVTT file in capitals', 'plaintext', '/media/TALK.VTT', true],
    ['a caption file under another language id', 'webvtt', '/media/talk.vtt', true],
    ['an untitled document in the vtt language', 'vtt', 'Untitled-2', true],
    ['an untitled document in the srt language', 'srt', 'Untitled-3', true],
    ['a plain-text file', 'plaintext', '/docs/notes.txt', false],
    ['a Markdown file', 'markdown', '/docs/README.md', false],
    ['a name that only contains vtt', 'plaintext', '/docs/vtt.notes', false],
    ['a folder named like a caption file', 'plaintext', '/media/talk.vtt/readme.txt', false],
    ['a TypeScript file', 'typescript', '/src/vtt.ts', false],
  ];
  for (const [name, languageId, path, expected] of cases) {
    it(`${name}: ${expected ? 'served' : 'not served'}`, () => assert.strictEqual(servesDocument({ languageId, uri: { path } }), expected));
  }

  it('the selector has the same parts: the transcript language, the subtitle pattern, the subtitle languages', () => {
    const languages = TRANSCRIPT_SELECTOR.flatMap((f) => (f.language ? [f.language] : []));
    const patterns = TRANSCRIPT_SELECTOR.flatMap((f) => (typeof f.pattern === 'string' ? [f.pattern] : []));
    assert.deepStrictEqual(languages, ['transcript', 'vtt', 'webvtt', 'srt', 'subtitles']);
    assert.deepStrictEqual(patterns, [SUBTITLE_PATTERN]);
    assert.ok(TRANSCRIPT_SELECTOR.every((f) => f.scheme === undefined), 'every scheme: virtual and untitled documents too');
  });
});
