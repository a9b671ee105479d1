/**
 * The topic lexicon in force: the built-in one merged with the user's
 * `transcript.topics.lexicon` setting. An invalid setting gives a clear
 * warning and the built-in lexicon is used.
 */
import * as vscode from 'vscode';
import { CancellationLike, TopicLexicon, TopicSegment, TopicSegmenter, Transcript, TranscriptService } from '../core';
import { Settings } from '../ids';
import { readConfig } from './config';
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

/** The lexicon from the settings, re-read when they change; a version number names each one. */
export class TopicSettings implements vscode.Disposable {
  private current: { lexicon: TopicLexicon; version: number } | undefined;
  private version = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the lexicon setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: TranscriptService) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${Settings.section}.${Settings.topicsLexicon}`) && !e.affectsConfiguration(`${Settings.section}.${Settings.outlineShowTopics}`)) return;
      this.current = undefined;
      this.changed.fire();
    });
  }

  /** The lexicon in force (built once per setting value) and its version. */
  lexicon(): { lexicon: TopicLexicon; version: number } {
    if (!this.current) {
      const merged = this.service.topics.merge(readConfig().topicsLexicon);
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
  segments(cache: DocumentCache, document: vscode.TextDocument, token?: vscode.CancellationToken): TopicSegment[] {
    const kept = this.keptSegmenter(cache, document);
    return cache.deriveFromModel(document, `topics:${kept.version}`, (model) => remember(kept, model, kept.segmenter.segments(model, documentLines(document), token), token), token);
  }

  /**
   * The same segments, computed (when not yet known for this version) in slices with `pause`
   * between them, so that a long document's first segmentation does not hold up the editor.
   * Kept as {@link segments} keeps them, so the outline finds them. Undefined when cancelled.
   */
  async segmentsInSlices(cache: DocumentCache, document: vscode.TextDocument, pause: () => Promise<void>, token: CancellationLike): Promise<TopicSegment[] | undefined> {
    for (;;) {
      const kept = this.keptSegmenter(cache, document);
      const version = document.version;
      const model = cache.get(document);
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
      return cache.deriveFromModel(document, `topics:${kept.version}`, () => remember(kept, model, step.value));
    }
  }

  /** The document's segmenter for the lexicon in force: it keeps the last version's segments. */
  private keptSegmenter(cache: DocumentCache, document: vscode.TextDocument): KeptSegmenter {
    const { lexicon, version } = this.lexicon();
    const kept = cache.keep(document, 'topicSegmenter', (): KeptSegmenter => ({ segmenter: this.service.topics.segmenter(lexicon), version }));
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
