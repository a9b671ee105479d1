import * as assert from 'assert';
import { parseTranscript } from './service';

/**
 * Texts that look like dialogue line by line but are not transcripts: the document-level
 * evidence must not make their line openers speaker labels. Lines from files any machine has
 * (a git release note's shortlog, a Debian copyright file, a library's debug log, Node's docs).
 */
const CASES: readonly { name: string; text: string }[] = [
  {
    name: 'a shortlog: names with a count of commits',
    text: 'Git v2.39.5 Release Notes\n\nJeff King (5):\n      builtin/fetch: fix a typo\n\nJohannes Schindelin (6):\n      ci: fix the build\n\nJunio C Hamano (1):\n      Git 2.39.5\n',
  },
  {
    name: 'a Debian copyright file',
    text: 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: XZ Utils\n\nFiles: *\nCopyright: 2009-2022 Lasse Collin\nLicense: PD\n\nFiles: debian/*\nOther-Authors: Jonathan Nieder\n\nFiles: src/*\nOther-Authors: Igor Pavlov\n',
  },
  {
    name: 'a debug log: a tag and a process id',
    text: 'Debug\n\nUNDICI 16241: connecting to nodejs.org using https:h1\nUNDICI 16241: connected to nodejs.org (443)\nUNDICI 16241: sending request to GET https://nodejs.org/\nUNDICI 16241: received response to GET https://nodejs.org/ - HTTP 307\nFETCH 16241: trailers received\n',
  },
  {
    name: 'async hooks output: resource types with ids',
    text: 'Output\n\nTCPSERVERWRAP(5): trigger: 1 execution: 1\nTCPWRAP(7): trigger: 5 execution: 0\nTickObject(6): trigger: 5 execution: 1\nTCPSERVERWRAP(5): destroy\n',
  },
  {
    name: 'conventional commits in a changelog',
    text: 'Changelog\n\nCI: run the tests on Node 20\nFeatures: new outline\nCI: cache the modules\nBREAKING CHANGE: the API changed\nDocs: fix a link\nDocs: more examples\n',
  },
];

describe('line openers that are not speaker labels', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const model = parseTranscript(c.text);
      assert.deepStrictEqual(model.turns.map((t) => `${t.span.start.line} ${t.label}`), []);
    });
  }
});
