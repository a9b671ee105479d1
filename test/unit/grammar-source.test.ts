/**
 * The TextMate grammar is generated from src/core/profile/patterns.ts by
 * scripts/build-grammar.js: the committed file must be exactly what the
 * generator writes now, and the grammar's speaker-label pattern must be the
 * parser's pattern itself (one source, no copy).
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { labelSource } from '../../src/core/profile/labelGrammar';
import { GENERIC_LABEL_SOURCE, SPEAKER_LABEL, SPEAKER_LABEL_SOURCE } from '../../src/core/profile/patterns';
import { ROOT } from './helpers';

interface TmRule {
  readonly match?: string;
  readonly name?: string;
  readonly captures?: Record<string, { readonly name: string }>;
}
interface TmGrammar {
  readonly scopeName: string;
  readonly patterns: readonly { readonly include: string }[];
  readonly repository: Record<string, TmRule>;
}
interface Generator {
  generateGrammar(): TmGrammar;
  renderGrammar(grammar?: TmGrammar): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts', 'build-grammar.js')) as Generator;
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json');

function committed(): TmGrammar {
  return JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')) as TmGrammar;
}

/** The top-level rules in order, by their scope name. */
function rulesInOrder(grammar: TmGrammar): TmRule[] {
  return grammar.patterns.map((p) => grammar.repository[p.include.replace(/^#/, '')]);
}

describe('grammar source: syntaxes/transcript.tmLanguage.json is generated from src/core/profile/patterns.ts', () => {
  it('the committed grammar is exactly what scripts/build-grammar.js generates now (run `node scripts/build-grammar.js`)', () => {
    const expected = generator.renderGrammar(generator.generateGrammar());
    const actual = readFileSync(GRAMMAR_FILE, 'utf8');
    if (actual !== expected) {
      // Show where the two first differ rather than two long strings.
      let c = 0;
      while (c < actual.length && c < expected.length && actual[c] === expected[c]) c++;
      const line = actual.slice(0, c).split('\n').length;
      const around = (text: string) => JSON.stringify(text.slice(Math.max(0, c - 60), c + 80));
      assert.fail(
        `syntaxes/transcript.tmLanguage.json is not what scripts/build-grammar.js generates from src/core/profile/patterns.ts ` +
        `(first difference at line ${line}, character ${c}):\n  committed: ${around(actual)}\n  generated: ${around(expected)}\n` +
        'Run: node scripts/build-grammar.js',
      );
    }
  });

  it('the speaker-label match is literally SPEAKER_LABEL_SOURCE (one source for parser and grammar)', () => {
    const grammar = committed();
    const speaker = rulesInOrder(grammar).filter((r) => r.name === 'meta.speaker-label.transcript');
    assert.strictEqual(speaker.length, 1, 'exactly one speaker-label rule');
    assert.strictEqual(speaker[0].match, SPEAKER_LABEL_SOURCE);
    const generic = rulesInOrder(grammar).filter((r) => r.name === 'meta.speaker-label.generic.transcript');
    assert.strictEqual(generic.length, 1, 'exactly one generic-label rule');
    assert.strictEqual(generic[0].match, GENERIC_LABEL_SOURCE);
  });

  it('SPEAKER_LABEL_SOURCE is the SPEAKER_LABEL tree written out, the tree the parser’s matcher runs', () => {
    assert.strictEqual(SPEAKER_LABEL_SOURCE, `^${labelSource(SPEAKER_LABEL)}`);
  });

  it('the generic label comes before the speaker label, as in the parser', () => {
    const names = rulesInOrder(committed()).map((r) => r.name);
    assert.ok(names.indexOf('meta.speaker-label.generic.transcript') < names.indexOf('meta.speaker-label.transcript'));
    assert.strictEqual(committed().scopeName, 'text.transcript');
  });
});
