/** Shared helpers for the unit tests: where the fixtures are, and reading them. */
import { readFileSync } from 'fs';
import * as path from 'path';

/** The repository root (tests run from out/test/unit). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Reads a file of the repository as UTF-8 text. */
export function readRepoFile(...parts: string[]): string {
  return readFileSync(path.join(ROOT, ...parts), 'utf8');
}

export const SEED_MEETING = 'seeds/2023-09-28-meeting-with-newly-elected-regional-heads.txt';
export const SEED_SUMMARY = 'seeds/2025-09-10-meeting-with-smolensk-region-governor-vasily-anokhin.txt';
