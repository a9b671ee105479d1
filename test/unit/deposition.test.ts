import * as assert from 'assert';
import { parseTranscript } from './service';

/**
 * Issue 13: depositions mark turns with `Q.` and `A.` and no colon. They are turns only where
 * both marks recur (a question-and-answer document); an initial such as `A. Smith said` in prose
 * is not a turn. Texts written in the form of a deposition transcript.
 */
const CASES: readonly { name: string; text: string; turns: readonly string[] }[] = [
  {
    name: 'questions and answers, with a colon label between',
    text: 'DEPOSITION OF JOHN DOE\n\nQ. Please state your name.\nA. John Doe.\nQ. Where do you live?\nA. In Springfield.\nMR. SMITH: Objection.\nQ. Go on.\n',
    turns: ['2 Q 3', '3 A 3', '4 Q 3', '5 A 3', '6 MR. SMITH 11', '7 Q 3'],
  },
  { name: 'an initial in prose, twice', text: 'Notes\n\nA. Smith said hello.\nThen we left.\nA. Jones agreed.\n', turns: [] },
  { name: 'only questions: no pair', text: 'Quiz\n\nQ. What is two and two?\nQ. What is three and three?\n', turns: [] },
  { name: 'each mark once', text: 'Memo\n\nQ. Why?\nA. Because.\n', turns: [] },
];

describe('deposition marks Q. and A.', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const model = parseTranscript(c.text);
      assert.deepStrictEqual(model.turns.map((t) => `${t.span.start.line} ${t.label} ${t.speechStart.character}`), c.turns);
    });
  }
  it('the question is a generic voice, the answer is the witness; the style is briefing', () => {
    const model = parseTranscript(CASES[0].text);
    assert.deepStrictEqual(model.speakers.map((s) => [s.key, s.generic]), [['Q', true], ['A', false], ['MR. SMITH', false]]);
    assert.strictEqual(model.labelStyle, 'briefing');
  });
});
