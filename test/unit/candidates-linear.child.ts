/**
 * Child process of the linear-time test in candidates.test.ts: runs one
 * hostile case (its name is the argument) through its scanner and through the
 * whole parse (and `--explain`), and prints what they found. Run apart, as
 * labels-linear.child.ts is, so that a scan that is not linear can be killed.
 */
import { readColonCandidate, readQuestion, readStamp, readVoice } from '../../src/core/parse/candidates';
import { trailingParenthesesStart } from '../../src/core/parse/evidence';
import { HEADER } from './labels-linear.child';
import { testParser } from './service';

/** A megabyte of characters. */
const MB = 1 << 20;

/** What a case found: its scanner's result (a label, a reason, an offset, or null), and the turns of the whole parse. */
export interface CandidateLinearResult {
  readonly scanner: string | number | null;
  readonly turns: number;
  readonly verdicts: number;
}

/** One hostile text, and the scanner to run on its first body line. */
interface HostileCase {
  readonly text: string;
  readonly scan: (line: string) => string | number | null;
}

const words = testParser.labels.words;
const label = (shape: { match: { label: string } } | string | undefined): string | null => (shape === undefined ? null : typeof shape === 'string' ? shape : shape.match.label);

/** The hostile cases by name: lines of a megabyte, and documents of many hostile lines. */
export const CASES: Readonly<Record<string, () => HostileCase>> = {
  'voice span without its `>`': () => ({ text: `<v ${'a'.repeat(MB)}\n`, scan: (l) => label(readVoice(l, 0, l.length, testParser.labels.maxLabelLength, words)) }),
  'many voice spans without their `>` (each line searched to the text end)': () => ({
    text: '<v a\n'.repeat(MB + MB / 4),
    scan: (l) => label(readVoice(l, 0, l.length, testParser.labels.maxLabelLength, words)),
  }),
  '`Q` and a megabyte of U+00A0': () => ({ text: `Q${'\u00a0'.repeat(MB)}Why?\n`, scan: (l) => label(readQuestion(l, 0, l.length, words)) }),
  'a megabyte of capitalised words, then `[00:00`': () => ({ text: `${'Name '.repeat(MB / 5)}[00:00\n`, scan: (l) => label(readStamp(l, 0, l.length, words)) }),
  'a name word of a megabyte, then a time': () => ({ text: `N${'a'.repeat(MB)} [00:00] Hi\n`, scan: (l) => label(readStamp(l, 0, l.length, words)) }),
  'nested parentheses': () => ({ text: `${'('.repeat(MB / 2)}${')'.repeat(MB / 2)}: x\n`, scan: (l) => trailingParenthesesStart(l.slice(0, l.lastIndexOf(':'))) }),
  'closing parentheses only': () => ({ text: `A${')'.repeat(MB)}: x\n`, scan: (l) => trailingParenthesesStart(l.slice(0, l.lastIndexOf(':'))) }),
  'parenthesised groups one after another': () => ({ text: `A${' (b)'.repeat(MB / 4)}: x\n`, scan: (l) => trailingParenthesesStart(l.slice(0, l.lastIndexOf(':'))) }),
  'a head of a megabyte before a colon (one word)': () => ({ text: `A${'b'.repeat(MB)}: x\n`, scan: (l) => label(readColonCandidate(l.slice(0, l.lastIndexOf(':')), words)) }),
  'a head of a megabyte before a colon (words)': () => ({ text: `${'Ab '.repeat(MB / 3)}: x\n`, scan: (l) => label(readColonCandidate(l.slice(0, l.lastIndexOf(':')), words)) }),
  'many labels alone on their lines (`COOPER:` repeated)': () => ({ text: 'COOPER:\n'.repeat(MB / 8), scan: (l) => label(readColonCandidate(l.slice(0, l.indexOf(':')), words)) }),
};

function run(name: string): CandidateLinearResult {
  const c = CASES[name]();
  const text = HEADER + c.text;
  const line = c.text.slice(0, c.text.indexOf('\n'));
  return { scanner: c.scan(line), turns: testParser.parse(text).turns.length, verdicts: testParser.explain(text).filter((v) => v.accepted).length };
}

if (require.main === module) process.stdout.write(JSON.stringify(run(process.argv[2])));
