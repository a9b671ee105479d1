/** Shared helpers for the unit tests: where the fixtures are, and reading them. */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { TextChange } from '../../src/core';

/** The repository root (tests run from out/test/unit). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Reads a file of the repository as UTF-8 text. */
export function readRepoFile(...parts: string[]): string {
  return readFileSync(path.join(ROOT, ...parts), 'utf8');
}

export const SEED_MEETING = 'seeds/2023-09-28-meeting-with-newly-elected-regional-heads.txt';
export const SEED_SUMMARY = 'seeds/2025-09-10-meeting-with-smolensk-region-governor-vasily-anokhin.txt';

/** The position of an offset, 0-based, as VS Code reports it (a CR before an LF belongs to the line break). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** An offset moved off the middle of a CR LF pair (an editor never splits one). */
export function safeOffset(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/** A change replacing [from, to) of `text` by `insert`, as VS Code reports it. */
export function changeOf(text: string, from: number, to: number, insert: string): TextChange {
  return { range: { start: positionAt(text, from), end: positionAt(text, to) }, rangeOffset: from, rangeLength: to - from, text: insert };
}
