/**
 * A cache of parsed models keyed by document (uri) and version, so that every
 * feature reads one model and no version is parsed twice, with typed values
 * derived from each version ({@link ModelCache.derived}) and typed state kept
 * per document ({@link ModelCache.perDocument}): one handle per value, no names.
 * Plain TypeScript: the editor side (`services/documentCache.ts`) feeds it documents.
 */
import { updateState } from './incremental';
import type { CancellationLike, TextChange, Transcript } from '../model';
import { emptyTranscript, ParseState, TranscriptParser } from './parse';
import { indexLines } from '../text';

/** What the cache needs of a document. VS Code's TextDocument fits. */
export interface VersionedText {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

/** One version of one document in the cache. Derived values are keyed by this object, so they go when it goes. */
interface Entry {
  readonly version: number;
  readonly model: Transcript;
  /** The parse's per-line results, from which an edit is applied. */
  readonly state: ParseState;
}

/**
 * A value the cache keeps for a document: {@link ModelCache.derived} (one per version) or
 * {@link ModelCache.perDocument} (one per open document). `D` is the caller's document type.
 */
export interface CachedValue<T, D extends VersionedText = VersionedText> {
  /** The value for the document's current version, computed or made on first request. */
  get(doc: D, token?: CancellationLike): T;
}

/** A value computed once per document version (and kept with it), typed by its compute function. */
class DerivedValue<T, D extends VersionedText> implements CachedValue<T, D> {
  /** Boxed, so that a value that is itself `undefined` is told from a missing one without a cast. */
  private readonly values = new WeakMap<Entry, { readonly value: T }>();

  constructor(
    private readonly resolve: (doc: D, token?: CancellationLike) => { model: Transcript; entry?: Entry },
    private readonly compute: (doc: D, model: Transcript, token?: CancellationLike) => T,
  ) {}

  get(doc: D, token?: CancellationLike): T {
    const { model, entry } = this.resolve(doc, token);
    if (!entry) return this.compute(doc, model, token);
    const hit = this.values.get(entry);
    if (hit) return hit.value;
    const value = this.compute(doc, model, token);
    // A cancelled computation may be partial: it is not kept.
    if (!token?.isCancellationRequested) this.values.set(entry, { value });
    return value;
  }
}

/** State (an object) kept for a document across its versions (by uri), made on first request, dropped when the document closes. */
class PerDocumentValue<T extends object, D extends VersionedText> implements CachedValue<T, D> {
  private readonly values = new Map<string, T>();

  constructor(private readonly create: (doc: D) => T) {}

  get(doc: D): T {
    const key = doc.uri.toString();
    const hit = this.values.get(key);
    if (hit !== undefined) return hit;
    const value = this.create(doc);
    this.values.set(key, value);
    return value;
  }

  forget(key: string): void {
    this.values.delete(key);
  }

  clear(): void {
    this.values.clear();
  }
}

/** How many closed documents' models are kept, in case they reopen (a language switch reopens them). */
const KEEP_CLOSED = 4;

/** Parsed models by uri and version. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  private readonly closed: string[] = [];
  private readonly kept: { forget(key: string): void; clear(): void }[] = [];
  private parses = 0;
  private updates = 0;

  constructor(private parser: TranscriptParser) {}

  /** The label style the cache's parser reads (`auto` unless forced). */
  get labelStyle(): string {
    return this.parser.style.id;
  }

  /**
   * Reads with another label style from now on (a setting changed): every model is parsed again
   * when next asked, and what was derived from the old models goes with them. False when the
   * style is the one in use.
   */
  setLabelStyle(style: string): boolean {
    const parser = new TranscriptParser(this.parser.profile, style);
    if (parser.style.id === this.parser.style.id) return false;
    this.parser = parser;
    this.entries.clear();
    this.closed.length = 0;
    return true;
  }

  /** Number of full parses done so far (for tests and diagnostics). */
  get parseCount(): number {
    return this.parses;
  }

  /** Number of edits applied incrementally so far. */
  get updateCount(): number {
    return this.updates;
  }

  /**
   * The model of this version of the document, parsed at most once. When the
   * token is cancelled during a parse, the (empty) result is not kept.
   */
  get(doc: VersionedText, token?: CancellationLike): Transcript {
    return this.resolve(doc, token).model;
  }

  /** The model of the document's current version and the entry that holds it; no entry when a cancelled parse gave an empty model. */
  private resolve(doc: VersionedText, token?: CancellationLike): { model: Transcript; entry?: Entry } {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return { model: hit.model, entry: hit };
    this.parses++;
    const text = doc.getText();
    const state = this.parser.parseState(text, token);
    if (!state) return { model: emptyTranscript(indexLines(text).count) };
    const entry = this.store(key, doc.version, state);
    return { model: entry.model, entry };
  }

  /**
   * Applies the content changes of one edit (as `onDidChangeTextDocument`
   * reports them) to the cached model of the previous version, re-reading only
   * the lines they touch. Documents not in the cache are left alone: they are
   * parsed when a feature first asks.
   */
  update(doc: VersionedText, changes: readonly TextChange[], token?: CancellationLike): Transcript | undefined {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version === doc.version) return hit.model;
    if (hit.version !== doc.version - 1 || changes.length === 0) {
      this.entries.delete(key);
      return undefined;
    }
    // The changes are applied to the lines kept from the previous version: asking the editor for
    // the whole text again would join every line of the document on each keystroke.
    const state = updateState(this.parser, hit.state, changes, () => doc.getText(), token);
    if (!state) {
      this.entries.delete(key);
      return undefined;
    }
    if (state.model !== hit.model) this.updates++;
    this.store(key, doc.version, state);
    return state.model;
  }

  private store(key: string, version: number, state: ParseState): Entry {
    const entry: Entry = { version, model: state.model, state };
    this.entries.set(key, entry);
    this.reopened(key);
    return entry;
  }

  /**
   * A value computed from a document version (and its model) on first request and kept with
   * that version: a hover is then a lookup, not a scan. `compute` reads what it needs of the
   * document (its whole text, or a few lines); a cancelled computation is not kept.
   */
  derived<T, D extends VersionedText = VersionedText>(compute: (doc: D, model: Transcript, token?: CancellationLike) => T): CachedValue<T, D> {
    return new DerivedValue<T, D>((doc, token) => this.resolve(doc, token), compute);
  }

  /**
   * State a caller keeps for a document across its versions (the last outline, the topic
   * segmenter, to reuse what an edit left alone): made by `create` on first request, dropped
   * when the document closes.
   */
  perDocument<T extends object, D extends VersionedText = VersionedText>(create: (doc: D) => T): CachedValue<T, D> {
    const kept = new PerDocumentValue<T, D>(create);
    this.kept.push(kept);
    return kept;
  }

  /** True when the cache holds a model of some version of the document. */
  holds(uri: { toString(): string }): boolean {
    return this.entries.has(uri.toString());
  }

  /** The cached model of exactly this version, without parsing. */
  peek(doc: VersionedText): Transcript | undefined {
    const hit = this.entries.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit.model : undefined;
  }

  /** Called when a document closes: its per-document state goes; its model is kept a little while, then dropped. */
  markClosed(uri: { toString(): string }): void {
    const key = uri.toString();
    for (const kept of this.kept) kept.forget(key);
    if (!this.entries.has(key)) return;
    this.reopened(key);
    this.closed.push(key);
    while (this.closed.length > KEEP_CLOSED) this.entries.delete(this.closed.shift() as string);
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.closed.length = 0;
    for (const kept of this.kept) kept.clear();
  }

  /** Number of documents with a cached model. */
  get size(): number {
    return this.entries.size;
  }

  private reopened(key: string): void {
    const i = this.closed.indexOf(key);
    if (i !== -1) this.closed.splice(i, 1);
  }
}
