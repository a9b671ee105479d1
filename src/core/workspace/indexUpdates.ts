/**
 * Keeps the workspace index current as files change, without freezing the editor on big
 * files. Plain TypeScript: the editor side supplies the documents, the file reads and the
 * timers.
 *
 * Decisions:
 * - Events are coalesced: every event for a file (a save, the file watcher's change, a
 *   create) marks it dirty and restarts a short quiet window; when the window passes, each
 *   dirty file is updated once, however many events named it.
 * - An open document is indexed from what the editor already keeps for it (the document
 *   cache's model of its current version and the topic segments the outline keeps): no second
 *   parse, and a segmentation only of the turns an edit touched. An update that finds the
 *   same model and segments as last time changes nothing.
 * - A file that is not open is read, parsed in one piece (a parse of 20 MB is a fraction of a
 *   second) and segmented in slices of about `SLICE_CHARS` characters; the work yields to the
 *   event loop between files, between the parse and the segmentation, and between slices.
 *   A newer event for the file being updated cancels its update, which starts again later.
 * - Files the source will not read (too big, binary, gone) leave the index; the source says why.
 */
import { DETECT_PREFIX_CHARS, looksLikeTranscript, MIN_TURNS_FOR_TRANSCRIPT } from '../parse';
import type { CancellationLike, Transcript } from '../model';
import { parseTranscript } from '../parse';
import { TopicLexicon, TopicSegment, TopicSegmenter } from '../topics';
import { WorkspaceIndex } from './workspaceIndex';

/** How long after the last event the dirty files are updated, in milliseconds. */
export const QUIET_WINDOW_MS = 300;

/** How the updater waits: the extension uses setImmediate and setTimeout; tests count and fire. */
export interface IndexScheduler {
  /** Resolves on a later turn of the event loop, after the events already waiting. */
  yieldNow(): Promise<void>;
  /** Calls `run` after `ms` milliseconds; returns a function that cancels the call. */
  after(ms: number, run: () => void): () => void;
}

/** An open document, as the editor keeps it. */
export interface OpenTranscript {
  /** A `.transcript` file, or a document in the transcript language: indexed even without turns. */
  readonly declared: boolean;
  /** For a document not declared: whether its start holds speaker turns (judged without a whole parse). */
  looksLikeTranscript(): boolean;
  /** The model of its current version, shared with the other features. */
  model(): Transcript;
  /** The topic segments of that model, shared with the outline; computed in slices when missing, undefined when cancelled. */
  segments(scheduler: IndexScheduler, token: CancellationLike): Promise<readonly TopicSegment[] | undefined>;
}

/** A file read from storage, or why it is not indexed. */
export type StoredFile = { readonly text: string; readonly declared: boolean } | { readonly skipped: string };

/** Where the updater reads files. */
export interface IndexSource {
  /** The open document with this uri, if any. */
  open(uri: string): OpenTranscript | undefined;
  /** Reads a file that is not open; undefined when it no longer exists. */
  read(uri: string): Promise<StoredFile | undefined>;
  /** The lexicon for files that are not open. */
  lexicon(): TopicLexicon;
}

/** The work done on files that are not open; tests count the calls. */
export interface IndexWork {
  parse(text: string, token: CancellationLike): Transcript;
  /** Topic segmentation in steps (see TopicSegmenter.steps). */
  segment(text: string, model: Transcript, lexicon: TopicLexicon, token: CancellationLike): Generator<void, TopicSegment[], void>;
}

/** The core's own parse and segmentation. */
export const DEFAULT_INDEX_WORK: IndexWork = {
  parse: (text, token) => parseTranscript(text, { token }),
  segment: (text, model, lexicon, token) => new TopicSegmenter(lexicon).steps(model, text, token),
};

/** What the updater needs. */
export interface IndexUpdaterOptions {
  readonly source: IndexSource;
  readonly scheduler: IndexScheduler;
  readonly work?: IndexWork;
  /** Reports a file left out (too big, unreadable) and failures. */
  readonly log?: (message: string) => void;
  /** Called after each file is updated (progress of the first build). */
  readonly updated?: (uri: string) => void;
  readonly quietMs?: number;
}

/** Counts of what the updater did (tests and diagnostics). */
export interface IndexUpdateStats {
  /** Files updated (each dirty file once per quiet window). */
  updates: number;
  /** Parses and segmentations of files that were not open. */
  parses: number;
  segmentations: number;
  /** Updates that found an open document's model and segments as they were. */
  unchanged: number;
}

interface Running {
  readonly uri: string;
  readonly token: { isCancellationRequested: boolean };
}

/** Keeps a {@link WorkspaceIndex} current from coalesced file events (see the module comment). */
export class IndexUpdater {
  readonly stats: IndexUpdateStats = { updates: 0, parses: 0, segmentations: 0, unchanged: 0 };
  /** Files named by events in the current quiet window, and files due for an update. */
  private readonly waiting = new Set<string>();
  private readonly due = new Set<string>();
  private cancelTimer: (() => void) | undefined;
  private running: Running | undefined;
  private draining: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  /** The segments each open document's model was last indexed with. */
  private indexedWith = new WeakMap<Transcript, readonly TopicSegment[]>();
  private readonly work: IndexWork;

  constructor(private readonly index: WorkspaceIndex, private readonly options: IndexUpdaterOptions) {
    this.work = options.work ?? DEFAULT_INDEX_WORK;
  }

  /** An event for a file (saved, changed, created): it is updated once the events stop for a moment. */
  touch(uri: string): void {
    this.waiting.add(uri);
    this.due.delete(uri);
    if (this.running?.uri === uri) this.running.token.isCancellationRequested = true;
    this.cancelTimer?.();
    this.cancelTimer = this.options.scheduler.after(this.options.quietMs ?? QUIET_WINDOW_MS, () => {
      this.cancelTimer = undefined;
      for (const u of this.waiting) this.due.add(u);
      this.waiting.clear();
      this.drain();
    });
  }

  /** Files to update now, without waiting for a quiet window (the first build). */
  enqueue(uris: readonly string[]): void {
    for (const uri of uris) if (!this.waiting.has(uri)) this.due.add(uri);
    this.drain();
  }

  /** A file deleted: it leaves the index at once. */
  remove(uri: string): void {
    this.waiting.delete(uri);
    this.due.delete(uri);
    if (this.running?.uri === uri) this.running.token.isCancellationRequested = true;
    this.index.delete(uri);
  }

  /** Stops all work and forgets what was indexed with what (the lexicon changed, or the folders). */
  clear(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.waiting.clear();
    this.due.clear();
    if (this.running) this.running.token.isCancellationRequested = true;
    this.indexedWith = new WeakMap();
    this.settle();
  }

  /** Resolves when no file is waiting or being updated. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.waiting.size === 0 && this.due.size === 0 && this.draining === undefined;
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Updates the due files one by one, yielding between them. */
  private drain(): void {
    if (this.draining) return;
    const run = async () => {
      for (let uri = first(this.due); uri !== undefined; uri = first(this.due)) {
        this.due.delete(uri);
        const running: Running = { uri, token: { isCancellationRequested: false } };
        this.running = running;
        try {
          if (await this.update(uri, running.token)) this.options.updated?.(uri);
        } catch (e) {
          this.options.log?.(`indexing ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.running = undefined;
        await this.options.scheduler.yieldNow();
      }
    };
    this.draining = run().finally(() => {
      this.draining = undefined;
      if (this.due.size > 0) this.drain();
      else this.settle();
    });
  }

  /** Updates one file; false when cancelled. */
  private async update(uri: string, token: CancellationLike): Promise<boolean> {
    this.stats.updates++;
    const open = this.options.source.open(uri);
    if (open) return this.updateOpen(uri, open, token);
    const file = await this.options.source.read(uri);
    if (token.isCancellationRequested) return false;
    if (file === undefined || 'skipped' in file) {
      if (file) this.options.log?.(`not indexed: ${uri}: ${file.skipped}`);
      this.index.delete(uri);
      return true;
    }
    return this.updateStored(uri, file, token);
  }

  /** An open document: from its shared model and segments. */
  private async updateOpen(uri: string, open: OpenTranscript, token: CancellationLike): Promise<boolean> {
    const model = open.declared || open.looksLikeTranscript() ? open.model() : undefined;
    if (!model || (!open.declared && model.turns.length < MIN_TURNS_FOR_TRANSCRIPT)) {
      this.index.delete(uri);
      return true;
    }
    const segments = await open.segments(this.options.scheduler, token);
    if (segments === undefined || token.isCancellationRequested) return false;
    if (this.indexedWith.get(model) === segments && this.index.has(uri)) {
      this.stats.unchanged++;
      return true;
    }
    this.put(uri, model, segments, true);
    return true;
  }

  /** A file read from storage: parsed, then segmented in slices. */
  private async updateStored(uri: string, file: { readonly text: string; readonly declared: boolean }, token: CancellationLike): Promise<boolean> {
    const { text, declared } = file;
    // A long file not declared a transcript is first judged by its start, so a big log is not parsed whole.
    if (!declared && text.length > DETECT_PREFIX_CHARS && !looksLikeTranscript(text, token)) {
      this.index.delete(uri);
      return true;
    }
    await this.options.scheduler.yieldNow();
    if (token.isCancellationRequested) return false;
    this.stats.parses++;
    const model = this.work.parse(text, token);
    if (token.isCancellationRequested) return false;
    if (!declared && model.turns.length < MIN_TURNS_FOR_TRANSCRIPT) {
      this.index.delete(uri);
      return true;
    }
    await this.options.scheduler.yieldNow();
    this.stats.segmentations++;
    const steps = this.work.segment(text, model, this.options.source.lexicon(), token);
    for (let step = steps.next(); ; step = steps.next()) {
      if (token.isCancellationRequested) return false;
      if (step.done) {
        this.put(uri, model, step.value);
        return true;
      }
      await this.options.scheduler.yieldNow();
    }
  }

  private put(uri: string, model: Transcript, segments: readonly TopicSegment[], open = false): void {
    this.index.put(uri, model, segments, open);
    this.indexedWith.set(model, segments);
  }
}

function first(set: ReadonlySet<string>): string | undefined {
  for (const item of set) return item;
  return undefined;
}
