/**
 * language-configuration.json: pairs for prose and a word pattern that keeps
 * names with apostrophes and hyphens whole (double-click, word navigation).
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { ROOT } from './tokenize';

interface LanguageConfiguration {
  readonly comments?: unknown;
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly { readonly open: string; readonly close: string }[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly wordPattern: string;
}

const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words of a text as VS Code finds them: a string `wordPattern` is compiled without flags, then made global. */
function words(text: string): string[] {
  return text.match(new RegExp(config.wordPattern, 'g')) ?? [];
}

describe('language configuration', () => {
  it('has no comment syntax (toggling a comment must not touch prose)', () => {
    assert.strictEqual(config.comments, undefined);
  });

  it('pairs brackets and quotes used in transcripts', () => {
    const auto = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['()', '[]', '“”', '«»', '""', "''"]) assert.ok(auto.includes(pair), `autoClosingPairs lacks ${pair}`);
    const brackets = config.brackets.map((p) => p.join(''));
    for (const pair of ['()', '[]', '“”', '«»']) assert.ok(brackets.includes(pair), `brackets lack ${pair}`);
    const surrounding = config.surroundingPairs.map((p) => p.join(''));
    for (const pair of ['()', '[]', '“”', '«»', '""', "''"]) assert.ok(surrounding.includes(pair), `surroundingPairs lack ${pair}`);
  });

  it('keeps names with apostrophes and hyphens as one word', () => {
    assert.deepStrictEqual(words('Head of\u00a0the\u00a0Donetsk People’s Republic'), ['Head', 'of', 'the', 'Donetsk', 'People’s', 'Republic']);
    assert.deepStrictEqual(words('Lt-Gen Ivanov, Editor-in-Chief of\u00a0Ogonyok'), ['Lt-Gen', 'Ivanov', 'Editor-in-Chief', 'of', 'Ogonyok']);
    assert.deepStrictEqual(words("don't O'Neill"), ["don't", "O'Neill"]);
  });

  it('does not take punctuation, dashes or quotes into a word', () => {
    assert.deepStrictEqual(words('Vladimir Putin: Thank you.'), ['Vladimir', 'Putin', 'Thank', 'you']);
    assert.deepStrictEqual(words('(Applause.)'), ['Applause']);
    assert.deepStrictEqual(words('«Rossiya» “Vesti” ‘news’'), ['Rossiya', 'Vesti', 'news']);
    assert.deepStrictEqual(words('Kyzyl\u00a0— Kuragino, 2013–2014'), ['Kyzyl', 'Kuragino', '2013', '2014']);
    assert.deepStrictEqual(words('President\u200bof'), ['President', 'of']);
  });
});
