import * as path from 'path';
import { ROOT } from './helpers';

/**
 * The Kremlin.ru development corpus the tests read: the repository's own copy in
 * `test/fixtures/corpus` (`dev/`, `dev-news/`, `taxonomy.json`; see test/fixtures/README.md),
 * or the folder named by `TRANSCRIPT_CORPUS` (same layout).
 */
export const CORPUS = process.env.TRANSCRIPT_CORPUS || path.join(ROOT, 'test', 'fixtures', 'corpus');

/** The 120 transcript pages of the corpus (`<id>.txt` + `<id>.json`). */
export const CORPUS_DEV = path.join(CORPUS, 'dev');
