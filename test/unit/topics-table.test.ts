import * as assert from 'assert';
import { formatTopics, TopicSegment } from './service';

/** `count` one-line segments, the last with the longest topic name. */
function segments(count: number): TopicSegment[] {
  return Array.from({ length: count }, (_, i) => ({
    topic: i === count - 1 ? 'Science and innovation' : 'General',
    span: { start: { line: i, character: 0 }, end: { line: i, character: 2 } },
    turn: i,
    keywords: [],
    weights: [],
    words: 1,
  } as TopicSegment));
}

describe('topics table (transcript-nav topics)', () => {
  it('prints 200,000 segments without overflowing the stack (no spread of a big array into Math.max)', () => {
    const table = formatTopics(segments(200_000), false);
    const lines = table.split('\n');
    assert.strictEqual(lines[0], `line   end    turn  words  topic${' '.repeat(19)}keywords`);
    assert.strictEqual(lines[200_000], '200000 200000 200000 1      Science and innovation');
    assert.strictEqual(lines[200_002], '200000 segments; topics by words: General 199999, Science and innovation 1');
  });

  it('sizes the topic column by the longest topic, at least 5 and at most 32 characters', () => {
    const short = segments(2).map((s) => ({ ...s, topic: 'Arts' }));
    assert.strictEqual(formatTopics(short, false).split('\n')[0], 'line   end    turn  words  topic  keywords');
    const long = segments(2).map((s) => ({ ...s, topic: 'x'.repeat(40) }));
    assert.strictEqual(formatTopics(long, false).split('\n')[0], `line   end    turn  words  topic${' '.repeat(29)}keywords`);
  });
});
