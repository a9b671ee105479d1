import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { parseTranscript, Transcript } from './service';
import { ROOT } from './helpers';

/** Ground truth of a corpus page (see test/fixtures/README.md). */
interface Truth {
  title: string;
  turns: { line: number; label: string; speaker: string }[];
}

const DIR = path.join(ROOT, 'test', 'fixtures', 'kremlin');
const ws = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

function load(id: string): { text: string; truth: Truth; model: Transcript } {
  const text = readFileSync(path.join(DIR, `${id}.txt`), 'utf8');
  const truth = JSON.parse(readFileSync(path.join(DIR, `${id}.json`), 'utf8')) as Truth;
  return { text, truth, model: parseTranscript(text) };
}

/** Pairs of turn indexes that share a speaker, as "i-j" strings. */
function samePairs(keys: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) if (keys[i] === keys[j]) out.push(`${i}-${j}`);
  return out;
}

describe('real pages: turns and speakers equal the ground truth', () => {
  const ids = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

  it('has the fixtures', () => assert.ok(ids.length >= 15, `found ${ids.length} fixture pages`));

  for (const id of ids) {
    it(`page ${id}`, () => {
      const { truth, model } = load(id);
      assert.deepStrictEqual(
        model.turns.map((t) => `${t.span.start.line + 1} ${ws(t.label)}`),
        truth.turns.map((t) => `${t.line} ${ws(t.label)}`),
      );
      assert.deepStrictEqual(samePairs(model.turns.map((t) => t.speaker)), samePairs(truth.turns.map((t) => t.speaker)));
    });
  }

  it('reads each page title', () => {
    for (const id of ids) {
      const { truth, model } = load(id);
      assert.strictEqual(model.header.title?.value, ws(truth.title), `page ${id}`);
    }
  });
});

describe('real pages: cases named in the corpus README', () => {
  const cases: [string, string, number, Partial<{ label: string; name: string; role: string }>][] = [
    ['an ALL-CAPS label with a long role', '17173', 65, { name: 'Dmitry Peskov' }],
    ['a lower-case role', '17916', 0, { role: 'chairman of the Eurasian Economic Commission Board', name: 'Viktor Khristenko' }],
    ['a title and one name', '62106', 13, { name: 'Metropolitan Korniliy' }],
    ['a role after the name introduced by "of"', '56271', 41, { role: 'of Moscow and All Russia' }],
    ['a capitalised stop word inside a role', '62949', 62, { name: 'Sergei Mironov' }],
  ];
  for (const [what, id, line, expected] of cases) {
    it(what, () => {
      const { model } = load(id);
      const turn = line > 0 ? model.turns.find((t) => t.span.start.line + 1 === line) : model.turns.find((t) => /^chairman/.test(t.label));
      assert.ok(turn, `a turn at line ${line} of ${id}`);
      const speaker = model.speakers.find((s) => s.key === turn.speaker);
      assert.ok(speaker);
      if (expected.name) assert.ok(speaker.name === expected.name || ws(speaker.key) === expected.name, `${speaker.name} / ${speaker.key}`);
      if (expected.role) assert.ok(ws(speaker.role ?? '').includes(ws(expected.role)), `role ${speaker.role}`);
    });
  }
});
