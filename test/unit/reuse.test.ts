/**
 * The reuse contract of incremental updates (src/core/model/reuse.ts), checked on random edits
 * of real pages: what the edit did not touch is the previous version's object (reuse), and an
 * object carried over covers the same lines with the same text (safety). What "untouched" means
 * is read from a full parse of the new text, not from the incremental code under test.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { applyChange, ParseState, parseState, parseTranscript, Transcript } from './service';
import { Paragraph, sameTurn } from '../../src/core/model';
import { fuzzRuns } from './fuzz';
import { changeOf, ROOT, safeOffset } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'kremlin');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(DIR, f), 'utf8'));

/** Pieces an editor may type or paste: letters, labels, line breaks, separators. */
const INSERTS = ['a', ' ', ':', '\n', '\n\n', '', 'Vladimir Putin: ', 'Question: ', 'Denis Pushilin: Thank you.\n', '* * *\n', '(Applause.)\n', 'Mr President, '];

const editArb = fc.record({
  page: fc.nat(PAGES.length - 1),
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  length: fc.oneof(fc.constant(0), fc.nat(8), fc.nat(200)),
  insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 12 })),
});

/** The last line of turn `i`'s lines: the line before the next label, or the end of the text for the last turn. */
function linesEnd(model: Transcript, i: number): number {
  return i + 1 < model.turns.length ? model.turns[i + 1].span.start.line - 1 : Infinity;
}

/** The speaker's key and name of turn `i` (a turn is kept only when both stay). */
function speakerOf(model: Transcript, i: number): string {
  const key = model.turns[i].speaker;
  return `${key}\u0000${model.speakers.find((s) => s.key === key)?.name}`;
}

/** The text of lines `from..to` of a text split into lines. */
function linesOf(lines: readonly string[], from: number, to: number): string {
  return lines.slice(from, to + 1).join('\n');
}

interface Edited {
  readonly before: Transcript;
  readonly after: Transcript;
  /** A full parse of the new text: what is expected is read from it. */
  readonly fresh: Transcript;
  readonly oldLines: readonly string[];
  readonly newLines: readonly string[];
  readonly start: number;
  readonly endOld: number;
  readonly endNew: number;
}

/** Applies a random edit incrementally; undefined when it needs a full parse (the contract then promises nothing). */
function edit(e: { page: number; at: number; length: number; insert: string }): Edited | undefined {
  const text = PAGES[e.page];
  const from = safeOffset(text, Math.floor(e.at * text.length));
  const to = safeOffset(text, Math.min(text.length, from + e.length));
  const newText = text.slice(0, from) + e.insert + text.slice(to);
  const state = parseState(text) as ParseState;
  const change = changeOf(text, from, to, e.insert);
  const next = applyChange(state, change);
  if (!next) return undefined;
  const fresh = parseTranscript(newText);
  const delta = fresh.lineCount - state.model.lineCount;
  const { start, end } = change.range;
  return {
    before: state.model, after: next.model, fresh, oldLines: text.split('\n'), newLines: newText.split('\n'),
    start: start.line, endOld: end.line, endNew: end.line + delta,
  };
}

/** The indexes of the turns the contract says are kept, from the previous model and the full parse. */
function turnsToKeep(x: Edited): number[] {
  const { before, fresh, start, endOld, endNew } = x;
  const sameLines = endNew === endOld;
  const out: number[] = [];
  for (let i = 0; i < Math.min(before.turns.length, fresh.turns.length); i++) {
    const line = before.turns[i].span.start.line;
    if (fresh.turns[i].span.start.line !== line || speakerOf(before, i) !== speakerOf(fresh, i)) continue;
    const ahead = linesEnd(before, i) < start && linesEnd(fresh, i) < start;
    const behind = sameLines && line > endOld;
    if (ahead || behind) out.push(i);
  }
  return out;
}

/** The indexes (in the previous model) of the paragraphs the contract says are kept. */
function paragraphsToKeep(x: Edited): number[] {
  const kindAt = new Map(x.fresh.paragraphs.map((p) => [p.line, p.kind]));
  const sameLines = x.endNew === x.endOld;
  return x.before.paragraphs.flatMap((p, j) => ((p.line < x.start || (sameLines && p.line > x.endOld)) && kindAt.get(p.line) === p.kind ? [j] : []));
}

describe('reuse contract of incremental updates (property test on real pages)', function () {
  this.timeout(120_000);

  it('property: turns and paragraphs outside the edited lines are the previous objects', () => {
    let checked = 0;
    let paragraphs = 0;
    fc.assert(
      fc.property(editArb, (e) => {
        const x = edit(e);
        if (!x) return;
        for (const i of turnsToKeep(x)) {
          assert.ok(sameTurn(x.before.turns[i], x.after.turns[i]), `turn ${i} (line ${x.before.turns[i].span.start.line}) after an edit of lines ${x.start}..${x.endOld}`);
          checked++;
        }
        const byLine = new Map(x.after.paragraphs.map((p) => [p.line, p]));
        for (const j of paragraphsToKeep(x)) {
          const p: Paragraph = x.before.paragraphs[j];
          assert.strictEqual(byLine.get(p.line), p, `paragraph on line ${p.line} after an edit of lines ${x.start}..${x.endOld}`);
          paragraphs++;
        }
        const labels = (m: Transcript) => m.turns.map((t) => t.label);
        if (JSON.stringify(labels(x.before)) === JSON.stringify(labels(x.fresh))) assert.strictEqual(x.after.speakers, x.before.speakers);
      }),
      fuzzRuns(200, 20260601),
    );
    assert.ok(checked > 2000 && paragraphs > 5000, `${checked} turns and ${paragraphs} paragraphs checked`);
  });

  it('property: a turn or paragraph carried over covers the same lines with the same text, at the same index', () => {
    let carried = 0;
    fc.assert(
      fc.property(editArb, (e) => {
        const x = edit(e);
        if (!x) return;
        const oldIndex = new Map(x.before.turns.map((t, i) => [t, i]));
        x.after.turns.forEach((t, i) => {
          if (!oldIndex.has(t)) return;
          carried++;
          assert.strictEqual(oldIndex.get(t), i);
          assert.deepStrictEqual(t, x.fresh.turns[i]);
          assert.strictEqual(linesOf(x.newLines, t.span.start.line, t.span.end.line), linesOf(x.oldLines, t.span.start.line, t.span.end.line));
        });
        const oldParagraphs = new Set(x.before.paragraphs);
        for (const p of x.after.paragraphs) {
          if (oldParagraphs.has(p)) assert.strictEqual(x.newLines[p.line], x.oldLines[p.line], `paragraph on line ${p.line}`);
        }
      }),
      fuzzRuns(200, 20260602),
    );
    assert.ok(carried > 2000, `${carried} turns carried over`);
  });
});
