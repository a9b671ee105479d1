/**
 * A cache of parsed models keyed by document (uri) and version, so that every
 * feature reads one model and no version is parsed twice. Plain TypeScript:
 * the editor side (`features/documentCache.ts`) feeds it documents.
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

interface Entry {
  readonly version: number;
  readonly model: Transcript;
  /** The parse's per-line results, from which an edit is applied. */
  readonly state: ParseState;
  /** Things computed from this version on first request (region mentions, speaker mentions, …). */
  readonly derived: Map<string, unknown>;
}

/** How many closed documents' models are kept, in case they reopen (a language switch reopens them). */
const KEEP_CLOSED = 4;

/** Parsed models by uri and version. */
export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  private readonly closed: string[] = [];
  private parses = 0;
  private updates = 0;

  constructor(private readonly parser: TranscriptParser) {}

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
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit.model;
    this.parses++;
    const text = doc.getText();
    const state = this.parser.parseState(text, token);
    if (!state) return emptyTranscript(indexLines(text).count);
    this.store(key, doc.version, state);
    return state.model;
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

  private store(key: string, version: number, state: ParseState): void {
    this.entries.set(key, { version, model: state.model, state, derived: new Map() });
    this.reopened(key);
  }

  /**
   * Something computed from this version of the document (and its model),
   * computed on first request and kept with the model: a hover is then a
   * lookup, not a scan. A cancelled computation is not kept.
   */
  derive<T>(doc: VersionedText, name: string, compute: (text: string, model: Transcript) => T, token?: CancellationLike): T {
    return this.deriveFromModel(doc, name, (model) => compute(doc.getText(), model), token);
  }

  /**
   * Like {@link derive}, for what is computed from the model alone (or from a few lines the
   * caller reads itself): the document's whole text is not asked for, which for a long
   * document joins all its lines.
   */
  deriveFromModel<T>(doc: VersionedText, name: string, compute: (model: Transcript) => T, token?: CancellationLike): T {
    const model = this.get(doc, token);
    const entry = this.entries.get(doc.uri.toString());
    if (!entry || entry.model !== model) return compute(model);
    if (entry.derived.has(name)) return entry.derived.get(name) as T;
    const value = compute(model);
    if (!token?.isCancellationRequested) entry.derived.set(name, value);
    return value;
  }

  /** The cached model of exactly this version, without parsing. */
  peek(doc: VersionedText): Transcript | undefined {
    const hit = this.entries.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit.model : undefined;
  }

  /** Called when a document closes: its model is kept a little while, then dropped. */
  markClosed(uri: { toString(): string }): void {
    const key = uri.toString();
    if (!this.entries.has(key)) return;
    this.reopened(key);
    this.closed.push(key);
    while (this.closed.length > KEEP_CLOSED) this.entries.delete(this.closed.shift() as string);
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.closed.length = 0;
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
