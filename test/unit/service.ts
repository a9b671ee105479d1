/**
 * The core as the tests use it: one parser of the English profile for the test
 * run (the core itself keeps no state; the tests may), and the parse-level
 * functions bound to it under their former names.
 */
import type { CancellationLike, TextChange } from '../../src/core/model';
import { englishProfile } from '../../src/core/profile';
import { ModelCache as CoreModelCache, ParseState, TranscriptParser } from '../../src/core/parse';
import { applyChange as applyWith, updateState as updateWith } from '../../src/core/parse/incremental';
import type { LabelMatch } from '../../src/core/parse/labels';

/** The parser the tests share. */
export const testParser = new TranscriptParser(englishProfile());

/** The parse state of a text (undefined when cancelled). */
export function parseState(text: string, token?: CancellationLike): ParseState | undefined {
  return testParser.parseState(text, token);
}

/** {@link applyWith} with the test parser. */
export function applyChange(prev: ParseState, change: TextChange): ParseState | undefined {
  return applyWith(testParser, prev, change);
}

/** {@link updateWith} with the test parser. */
export function updateState(prev: ParseState, changes: readonly TextChange[], getText: () => string, token?: CancellationLike): ParseState | undefined {
  return updateWith(testParser, prev, changes, getText, token);
}

/** A label at the start of a line, read with the test parser. */
export function matchLabel(text: string, line: number, start: number): LabelMatch | undefined {
  return testParser.labels.match(text, line, start);
}

/** A model cache over the test parser. */
export class ModelCache extends CoreModelCache {
  constructor() {
    super(testParser);
  }
}
