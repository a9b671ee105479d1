// Where the scripts find the Kremlin.ru development corpus (dev/, dev-news/, taxonomy.json):
// the repository's own copy in test/fixtures/corpus (see test/fixtures/README.md), or the
// folder named by $TRANSCRIPT_CORPUS (same layout). A script's --corpus argument wins over both.
'use strict';

const path = require('path');

/** The repository's copy of the development corpus. */
const FIXTURE_CORPUS = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'corpus');

/** The corpus a script reads when no argument names one: $TRANSCRIPT_CORPUS, else the repository's copy. */
const DEFAULT_CORPUS = process.env.TRANSCRIPT_CORPUS || FIXTURE_CORPUS;

module.exports = { DEFAULT_CORPUS, FIXTURE_CORPUS };
