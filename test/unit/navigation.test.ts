import * as assert from 'assert';
import { findSpeakerMentions, nextTurn, parseTranscript, previousTurn, turnBySameSpeaker, turnIndexAt } from './service';
import { readRepoFile, SEED_MEETING } from './helpers';

describe('navigation on the first seed (1-based lines as the editor shows them)', () => {
  const text = readRepoFile(SEED_MEETING);
  const model = parseTranscript(text);
  const line1 = (t: { span: { start: { line: number } } } | undefined) => (t ? t.span.start.line + 1 : undefined);

  it('next turn from line 1, three times: 17, 55, 73', () => {
    const seen: (number | undefined)[] = [];
    let line = 0;
    for (let i = 0; i < 3; i++) {
      const t = nextTurn(model, line);
      seen.push(line1(t));
      line = t ? t.span.start.line : line;
    }
    assert.deepStrictEqual(seen, [17, 55, 73]);
  });

  const rows: [string, number, (l: number) => number | undefined, number | undefined][] = [
    ['previous turn from inside Putin’s opening turn goes to its label', 30, (l) => line1(previousTurn(model, l - 1)), 17],
    ['previous turn from a label goes to the turn before', 55, (l) => line1(previousTurn(model, l - 1)), 17],
    ['previous turn before the first turn: none', 5, (l) => line1(previousTurn(model, l - 1)), undefined],
    ['next turn after the last: none', 150, (l) => line1(nextTurn(model, l - 1)), undefined],
    ['next turn by the same speaker from 77 (Pushilin) is 81', 77, (l) => line1(turnBySameSpeaker(model, l - 1, 1)), 81],
    ['previous turn by the same speaker from 81 is 77', 81, (l) => line1(turnBySameSpeaker(model, l - 1, -1)), 77],
    ['next by the same speaker from inside a turn (line 90, Pushilin) has none after 81', 90, (l) => line1(turnBySameSpeaker(model, l - 1, 1)), undefined],
    ['next by the same speaker from Putin at 73 is 79', 73, (l) => line1(turnBySameSpeaker(model, l - 1, 1)), 79],
    ['the turn holding line 100 starts at 97', 100, (l) => turnIndexAt(model, l - 1) + 1, 7],
  ];
  for (const [what, line, f, want] of rows) it(what, () => assert.strictEqual(f(line), want));

  it('finds "Mr Pushilin" and other mentions in speech, not in labels', () => {
    const mentions = findSpeakerMentions(text, model);
    const lines = text.split('\n');
    const got = mentions.map((m) => `${m.span.start.line + 1} ${lines[m.span.start.line].slice(m.span.start.character, m.span.end.character)} -> ${m.speaker}`);
    assert.ok(got.includes('79 Mr Pushilin -> Denis Pushilin'), got.join('\n'));
    assert.ok(got.includes('55 Mr Sobyanin -> Moscow Mayor Sergei Sobyanin') || got.some((g) => g.startsWith('53 Mr Sobyanin')), got.join('\n'));
    for (const m of mentions) {
      const label = model.turns.find((t) => t.labelSpan.start.line === m.span.start.line);
      assert.ok(!label || m.span.start.character >= label.labelSpan.end.character);
      assert.strictEqual(lines[m.nameSpan.start.line].slice(m.nameSpan.start.character, m.nameSpan.end.character).split(' ').pop(), lines[m.span.start.line].slice(m.span.start.character, m.span.end.character).split(/[ \u00a0]/).pop());
    }
  });
});
