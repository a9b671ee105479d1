import * as assert from 'assert';
import { analyseRegions, countTurnWords, findSpeakerMentions, parseTranscript, segmentTopics, WorkspaceIndex } from './service';
import { readRepoFile, SEED_MEETING } from './helpers';

/** A token that is cancelled after it has been asked `allowed` times: cancellation "mid-way". */
function cancelAfter(allowed: number): { readonly isCancellationRequested: boolean; asked: number } {
  const token = {
    asked: 0,
    get isCancellationRequested() {
      token.asked++;
      return token.asked > allowed;
    },
  };
  return token;
}

describe('cancellation: work stops mid-way on a large document and returns an empty result', function () {
  this.timeout(60_000);
  const seed = readRepoFile(SEED_MEETING);
  const body = seed.slice(seed.indexOf('President of'));
  const big = 'A long transcript\n\n' + body.repeat(Math.ceil((5 * 1024 * 1024) / body.length));
  const model = parseTranscript(big);

  it('the parser', () => {
    const token = cancelAfter(2);
    const cancelled = parseTranscript(big, { token });
    assert.strictEqual(cancelled.turns.length, 0);
    assert.ok(token.asked >= 3, 'the parser asked the token');
    assert.ok(model.turns.length > 1000, 'the same text without cancellation has turns');
  });

  it('the region scan', () => {
    assert.ok(analyseRegions(big, model).mentions.length > 100);
    assert.strictEqual(analyseRegions(big, model, cancelAfter(1)).mentions.length, 0);
  });

  it('topic segmentation', () => {
    assert.deepStrictEqual(segmentTopics(big, model, undefined, cancelAfter(1)), []);
  });

  it('speaker mentions', () => {
    assert.ok(findSpeakerMentions(big, model).length > 0);
    assert.deepStrictEqual(findSpeakerMentions(big, model, cancelAfter(0)), []);
  });

  it('workspace search', () => {
    const index = new WorkspaceIndex();
    index.set('file:///a.transcript', seed);
    assert.ok(index.search('Pushilin').length > 0);
    assert.deepStrictEqual(index.search('Pushilin', 10, cancelAfter(0)), []);
  });

  it('word counts are not part of the parse (computed on demand)', () => {
    assert.ok(countTurnWords(big, model).total > 100_000);
  });
});
