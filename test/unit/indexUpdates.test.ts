import * as assert from 'assert';
import {
  DEFAULT_INDEX_WORK, indexEntriesOf, IndexScheduler, IndexSource, IndexUpdater, IndexWork, parseTranscript, StoredFile, TopicSegment,
  TopicSegmenter, Transcript, WorkspaceIndex,
} from './service';
import { SLICE_CHARS } from '../../src/core/topics';
import { readRepoFile, SEED_MEETING, SEED_SUMMARY } from './helpers';

/** A scheduler that counts the yields and fires the quiet-window timers when told. */
class FakeScheduler implements IndexScheduler {
  yields = 0;
  private timers: { run: () => void; live: boolean }[] = [];

  yieldNow(): Promise<void> {
    this.yields++;
    return Promise.resolve();
  }

  after(_ms: number, run: () => void): () => void {
    const timer = { run, live: true };
    this.timers.push(timer);
    return () => (timer.live = false);
  }

  /** Timers not cancelled. */
  get pending(): number {
    return this.timers.filter((t) => t.live).length;
  }

  /** The quiet window passes: the live timers fire. */
  fire(): void {
    const live = this.timers.filter((t) => t.live);
    this.timers = [];
    for (const t of live) t.run();
  }
}

/** The core's work on files that are not open, counted. */
function countedWork(): IndexWork & { parses: number; segmentations: number; slices: number } {
  const work = {
    parses: 0,
    segmentations: 0,
    slices: 0,
    parse: (text: string, token: { isCancellationRequested: boolean }) => {
      work.parses++;
      return DEFAULT_INDEX_WORK.parse(text, token);
    },
    *segment(...args: Parameters<IndexWork['segment']>): Generator<void, TopicSegment[], void> {
      work.segmentations++;
      const steps = DEFAULT_INDEX_WORK.segment(...args);
      for (let step = steps.next(); ; step = steps.next()) {
        work.slices++;
        if (step.done) return step.value;
        yield;
      }
    },
  };
  return work;
}

/** Files by uri: open documents (a model and segments already made, as the editor keeps them) and stored texts. */
function fakeSource(open: Map<string, { model: Transcript; segments: TopicSegment[] }>, stored: Map<string, StoredFile>): IndexSource & { reads: number } {
  const source = {
    reads: 0,
    open: (uri: string) => {
      const doc = open.get(uri);
      return doc && { declared: true, looksLikeTranscript: () => true, model: () => doc.model, segments: async () => doc.segments };
    },
    read: async (uri: string) => {
      source.reads++;
      return stored.get(uri);
    },
    lexicon: () => new TopicSegmenter().lexicon,
  };
  return source;
}

/** Waits for the updater, with a generous guard against a hang. */
async function settled(updater: IndexUpdater): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the updater did not settle within 60 s')), 60_000)));
  try {
    await Promise.race([updater.idle(), hang]);
  } finally {
    clearTimeout(timer);
  }
}

const MEETING = 'file:///w/meeting.transcript';
const SUMMARY = 'file:///w/summary.txt';

describe('workspace index updates (IndexUpdater)', function () {
  this.timeout(120_000);
  const meeting = readRepoFile(SEED_MEETING);
  const meetingModel = parseTranscript(meeting);
  const meetingSegments = new TopicSegmenter().segments(meetingModel, (l) => meeting.split('\n')[l] ?? '');

  it('a save of an open document costs no parse and no segmentation: the index takes the editor’s model and segments', async () => {
    const scheduler = new FakeScheduler();
    const work = countedWork();
    const source = fakeSource(new Map([[MEETING, { model: meetingModel, segments: meetingSegments }]]), new Map());
    const index = new WorkspaceIndex();
    const updater = new IndexUpdater(index, { source, scheduler, work });
    updater.touch(MEETING); // onDidSaveTextDocument
    scheduler.fire();
    await settled(updater);
    assert.deepStrictEqual({ parses: work.parses, segmentations: work.segmentations, reads: source.reads }, { parses: 0, segmentations: 0, reads: 0 });
    const hit = index.search('Pushilin').find((h) => h.entry.kind === 'speaker');
    assert.deepStrictEqual(hit && { name: hit.entry.name, detail: hit.entry.detail, line: hit.entry.line }, { name: 'Denis Pushilin', detail: 'Head of the Donetsk People’s Republic', line: 76 });
    // Saved again with nothing changed: the same model and segments, nothing rebuilt.
    updater.touch(MEETING);
    scheduler.fire();
    await settled(updater);
    assert.deepStrictEqual({ parses: work.parses, segmentations: work.segmentations, unchanged: updater.stats.unchanged }, { parses: 0, segmentations: 0, unchanged: 1 });
  });

  const bursts: [string, string[]][] = [
    ['a save, then the watcher’s change', ['save', 'change']],
    ['a create, a change and a save (a new file written twice)', ['create', 'change', 'save']],
    ['five saves in a row (auto-save while typing)', ['save', 'save', 'save', 'save', 'save']],
  ];
  for (const [what, events] of bursts) {
    it(`events within the quiet window give one update: ${what}`, async () => {
      const scheduler = new FakeScheduler();
      const work = countedWork();
      const source = fakeSource(new Map(), new Map([[MEETING, { text: meeting, declared: true }]]));
      const updater = new IndexUpdater(new WorkspaceIndex(), { source, scheduler, work });
      for (const _ of events) updater.touch(MEETING);
      assert.strictEqual(scheduler.pending, 1, 'one quiet-window timer is live');
      scheduler.fire();
      await settled(updater);
      assert.deepStrictEqual({ updates: updater.stats.updates, reads: source.reads, parses: work.parses, segmentations: work.segmentations }, { updates: 1, reads: 1, parses: 1, segmentations: 1 });
    });
  }

  it('a file that is not open is segmented in slices, yielding to the event loop between them, with the same entries as in one piece', async () => {
    const body = meeting.slice(meeting.indexOf('President of'));
    const big = 'A long transcript\n\n' + body.repeat(Math.ceil((5 * SLICE_CHARS) / body.length));
    const scheduler = new FakeScheduler();
    const work = countedWork();
    const index = new WorkspaceIndex();
    const updater = new IndexUpdater(index, { source: fakeSource(new Map(), new Map([[MEETING, { text: big, declared: true }]])), scheduler, work });
    updater.enqueue([MEETING]);
    await settled(updater);
    assert.ok(work.slices > 3, `the segmentation ran in ${work.slices} slices`);
    assert.ok(scheduler.yields > work.slices, `${scheduler.yields} yields for ${work.slices} slices`);
    assert.deepStrictEqual(index.all()[0].entries, indexEntriesOf(big));
  });

  it('an event for the file being segmented cancels that update; the next one indexes the new text', async () => {
    const summary = readRepoFile(SEED_SUMMARY);
    const body = meeting.slice(meeting.indexOf('President of'));
    const big = 'A long transcript\n\n' + body.repeat(Math.ceil((5 * SLICE_CHARS) / body.length));
    const stored = new Map<string, StoredFile>([[SUMMARY, { text: big, declared: true }]]);
    const scheduler = new FakeScheduler();
    const work = countedWork();
    const index = new WorkspaceIndex();
    const source = fakeSource(new Map(), stored);
    let updated = 0;
    const updater = new IndexUpdater(index, { source, scheduler, work, updated: () => updated++ });
    // The second slice of the first update: the file changes on disk, an event arrives.
    const yieldNow = scheduler.yieldNow.bind(scheduler);
    scheduler.yieldNow = () => {
      if (work.slices === 2 && stored.get(SUMMARY) !== undefined && (stored.get(SUMMARY) as { text: string }).text === big) {
        stored.set(SUMMARY, { text: summary, declared: true });
        updater.touch(SUMMARY);
      }
      return yieldNow();
    };
    updater.enqueue([SUMMARY]);
    while (scheduler.pending === 0) await yieldNow();
    scheduler.fire();
    await settled(updater);
    assert.deepStrictEqual({ reads: source.reads, segmentations: work.segmentations, completed: updated }, { reads: 2, segmentations: 2, completed: 1 });
    assert.deepStrictEqual(index.all()[0].entries, indexEntriesOf(summary));
  });

  it('a file the source leaves out (over the size bound) is reported and not indexed', async () => {
    const scheduler = new FakeScheduler();
    const logged: string[] = [];
    const index = new WorkspaceIndex();
    index.put(SUMMARY, meetingModel, meetingSegments);
    const source = fakeSource(new Map(), new Map([[SUMMARY, { skipped: '60 MB, over the 50 MB bound' }]]));
    const updater = new IndexUpdater(index, { source, scheduler, log: (m) => logged.push(m) });
    updater.touch(SUMMARY);
    scheduler.fire();
    await settled(updater);
    assert.deepStrictEqual({ logged, size: index.size }, { logged: [`not indexed: ${SUMMARY}: 60 MB, over the 50 MB bound`], size: 0 });
  });
});

describe('TopicSegmenter.steps', function () {
  this.timeout(60_000);
  const meeting = readRepoFile(SEED_MEETING);
  const body = meeting.slice(meeting.indexOf('President of'));
  const big = 'A long transcript\n\n' + body.repeat(Math.ceil((5 * SLICE_CHARS) / body.length));
  const model = parseTranscript(big);

  it('pauses on a long text and gives what segments() gives; a run on the same model started while it is paused reuses the turns done', () => {
    const lines = big.split('\n');
    const expected = new TopicSegmenter().segments(model, (l) => lines[l] ?? '');
    const segmenter = new TopicSegmenter();
    const steps = segmenter.steps(model, big);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses >= 3, `${pauses} pauses`);
    assert.deepStrictEqual(step.value, expected);

    const fresh = new TopicSegmenter();
    const paused = fresh.steps(model, big);
    paused.next(); // one slice done, then paused
    let read = 0;
    const again = fresh.segments(model, (l) => {
      read++;
      return lines[l] ?? '';
    });
    assert.deepStrictEqual(again, expected);
    const all = model.paragraphs.length;
    assert.ok(read < all * 0.9, `the second run read ${read} of ${all} paragraph lines`);
  });
});
