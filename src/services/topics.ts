/**
 * The topic lexicon in force: the built-in one merged with the user's
 * `transcript.topics.lexicon` setting. An invalid setting gives a clear
 * warning and the built-in lexicon is used.
 */
import * as vscode from 'vscode';
import { CachedValue, CancellationLike, TopicLexicon, TopicSegment, TopicSegmenter, Transcript, TranscriptService } from '../core';
import type { TranscriptConfig } from './config';
import { documentLines } from './convert';
import type { DocumentCache } from './documentCache';

/** A document's topic segmenter, the lexicon version it has, and the last model it segmented with the result. */
interface KeptSegmenter {
  segmenter: TopicSegmenter;
  version: number;
  last?: { readonly model: Transcript; readonly segments: TopicSegment[] };
}

/** Notes the segments of a model as the segmenter's last result (unless cancelled: then they are empty); returns them. */
function remember(kept: KeptSegmenter, model: Transcript, segments: TopicSegment[], token?: CancellationLike): TopicSegment[] {
  if (!token?.isCancellationRequested) kept.last = { model, segments };
  return segments;
}

/**
 * The lexicon from the settings, re-read when they change (a version number names each one),
 * and the topic segments of each document version under it.
 */
export class TopicSettings implements vscode.Disposable {
  private current: { lexicon: TopicLexicon; version: number } | undefined;
  private version = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the lexicon setting changes (after the new lexicon is in force). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** Each document's segmenter, kept across its versions. */
  private readonly segmenters: CachedValue<KeptSegmenter, vscode.TextDocument>;
  /** The segments of each document version under the current lexicon (made anew with each lexicon). */
  private segmentsByVersion: CachedValue<TopicSegment[], vscode.TextDocument>;

  constructor(private readonly service: TranscriptService, private readonly cache: DocumentCache, private readonly config: TranscriptConfig) {
    this.segmenters = cache.perDocument((): KeptSegmenter => {
      const { lexicon, version } = this.lexicon();
      return { segmenter: this.service.topics.segmenter(lexicon), version };
    });
    this.segmentsByVersion = this.segmentsCache();
    this.subscription = config.onDidChange('topics', () => {
      this.current = undefined;
      this.segmentsByVersion = this.segmentsCache();
      this.changed.fire();
    });
  }

  /** A cache of segments per version: the segmenter's last result when it is of that model, else a segmentation. */
  private segmentsCache(): CachedValue<TopicSegment[], vscode.TextDocument> {
    return this.cache.derived((document, model, token) => {
      const kept = this.keptSegmenter(document);
      if (kept.last?.model === model) return kept.last.segments;
      return remember(kept, model, kept.segmenter.segments(model, documentLines(document), token), token);
    });
  }

  /** The lexicon in force (built once per setting value) and its version. */
  lexicon(): { lexicon: TopicLexicon; version: number } {
    if (!this.current) {
      const merged = this.service.topics.merge(this.config.read().topics.lexicon);
      if (merged.warnings.length > 0) {
        void vscode.window.showWarningMessage(`Transcript Navigator: transcript.topics.lexicon: ${merged.warnings.join(' ')} The built-in topics are used where the setting is invalid.`);
      }
      this.current = { lexicon: merged.lexicon, version: ++this.version };
    }
    return this.current;
  }

  /**
   * The topic segments of a document's current version, computed once per version and
   * lexicon; after an edit, only the turns it touched are read again (from the document's lines).
   */
  segments(document: vscode.TextDocument, token?: vscode.CancellationToken): TopicSegment[] {
    return this.segmentsByVersion.get(document, token);
  }

  /**
   * The same segments, computed (when not yet known for this version) in slices with `pause`
   * between them, so that a long document's first segmentation does not hold up the editor.
   * Kept as {@link segments} keeps them, so the outline finds them. Undefined when cancelled.
   */
  async segmentsInSlices(document: vscode.TextDocument, pause: () => Promise<void>, token: CancellationLike): Promise<TopicSegment[] | undefined> {
    for (;;) {
      const kept = this.keptSegmenter(document);
      const version = document.version;
      const model = this.cache.get(document);
      if (kept.last?.model === model) return kept.last.segments;
      const steps = kept.segmenter.steps(model, documentLines(document), token);
      let step = steps.next();
      while (!step.done && !token.isCancellationRequested && document.version === version) {
        await pause();
        if (!token.isCancellationRequested && document.version === version) step = steps.next();
      }
      if (token.isCancellationRequested) return undefined;
      // An edit came between two slices (the lines read were of two versions): again, on the new
      // version; the segmenter kept the turns done, so only those the edit touched are read again.
      if (!step.done || document.version !== version) continue;
      remember(kept, model, step.value);
      return this.segments(document);
    }
  }

  /** The document's segmenter for the lexicon in force: it keeps the last version's segments. */
  private keptSegmenter(document: vscode.TextDocument): KeptSegmenter {
    const { lexicon, version } = this.lexicon();
    const kept = this.segmenters.get(document);
    if (kept.version !== version) {
      kept.segmenter = this.service.topics.segmenter(lexicon);
      kept.version = version;
      kept.last = undefined;
    }
    return kept;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
