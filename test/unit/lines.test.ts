import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextChange } from './service';
import { TextLines } from '../../src/core/text/lines';
import { changeIn as changeOf, linesOf } from './eol';
import { fuzzRuns } from './fuzz';

function assertLines(lines: TextLines, text: string): void {
  assert.strictEqual(lines.text(), text);
  assert.strictEqual(lines.length, text.length);
  const expected = linesOf(text);
  assert.strictEqual(lines.count, expected.length);
  expected.forEach((content, l) => assert.strictEqual(lines.lineText(l), content, `line ${l}`));
}

/** Pieces of text with every kind of line break, including CR LF and a lone CR. */
const piece = fc.oneof(fc.constantFrom('', 'a', 'Moscow', '\n', '\r\n', '\n\n', 'x\r\ny', ' \u00a0', 'Тест', '\r', ':'), fc.string({ maxLength: 6 }));

/** Never split a CR LF pair (an editor cannot). */
function safe(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

describe('TextLines: a text kept line by line across edits', () => {
  it('reads the lines of a flat text (LF, CR LF, lone CR, empty last line)', () => {
    for (const text of ['', 'one', 'a\nb', 'a\r\nb\r\n', 'a\rb\n\n', '\n']) assertLines(TextLines.of(text), text);
  });

  it('after random edits equals the edited text, line for line (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(12), piece), { minLength: 1, maxLength: 10 }), (parts, edits) => {
        let text = parts.join('');
        let lines = TextLines.of(text);
        for (const [at, length, insert] of edits) {
          const from = safe(text, Math.floor(at * text.length));
          const to = Math.max(from, safe(text, Math.min(text.length, from + length)));
          const next = lines.apply(changeOf(text, from, to, insert));
          assert.ok(next, 'a change that fits the text is applied');
          text = text.slice(0, from) + insert + text.slice(to);
          lines = next;
          assertLines(lines, text);
        }
      }),
      fuzzRuns(400, 11),
    );
  });

  it('refuses changes that do not fit the text', () => {
    const text = 'ab\ncd\n';
    const lines = TextLines.of(text);
    const at = (line: number, character: number) => ({ line, character });
    const bad: TextChange[] = [
      { range: { start: at(5, 0), end: at(5, 0) }, rangeOffset: 0, rangeLength: 0, text: 'x' },
      { range: { start: at(0, 3), end: at(0, 3) }, rangeOffset: 3, rangeLength: 0, text: 'x' },
      { range: { start: at(1, 1), end: at(0, 1) }, rangeOffset: 1, rangeLength: 0, text: 'x' },
      { range: { start: at(0, 1), end: at(1, 1) }, rangeOffset: 1, rangeLength: 7, text: 'x' },
    ];
    for (const c of bad) assert.strictEqual(lines.apply(c), undefined, JSON.stringify(c.range));
    assert.strictEqual(lines.text(), text);
  });

  it('keeps a bounded number of characters of edited lines: typing in a 300 KB line', () => {
    let text = 'x'.repeat(300_000) + '\nend\n';
    let lines = TextLines.of(text);
    let most = 0;
    for (let i = 0; i < 40; i++) {
      const next = lines.apply(changeOf(text, 1000 + i, 1000 + i, 'y'));
      assert.ok(next);
      text = text.slice(0, 1000 + i) + 'y' + text.slice(1000 + i);
      lines = next;
      most = Math.max(most, lines.editedChars);
    }
    assert.ok(most <= (1 << 20) + 300_001, `${most} characters kept`);
    assertLines(lines, text);
  });

  it('joins the text again after many edits, and stays equal to it', () => {
    let text = 'line\n'.repeat(10);
    let lines = TextLines.of(text);
    for (let i = 0; i < 5000; i++) {
      const offset = (i % 10) * 5;
      const next = lines.apply(changeOf(text, offset, offset + 1, i % 2 ? 'l' : 'L'));
      assert.ok(next);
      text = text.slice(0, offset) + (i % 2 ? 'l' : 'L') + text.slice(offset + 1);
      lines = next;
    }
    assertLines(lines, text);
  });
});
