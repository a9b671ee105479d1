/**
 * The object-identity rule of incremental updates, which the caches built over
 * the model rely on: `OutlineBuilder` (entries kept by turn), `TopicSegmenter`
 * (segments kept by turn, and by the first paragraph between turns), the
 * outline's speech details (a `WeakMap` keyed by turn) and the document
 * cache's derived values. A property test (test/unit/reuse.test.ts) checks it
 * on random edits of real pages.
 */
import type { Paragraph, Transcript, Turn } from './types';

/**
 * What an incremental update (`ModelCache.update`, `applyChange`) promises about
 * the objects of the new model, compared with those of the previous version of
 * the same document. The type names the parts of the model the rule covers;
 * the rule is in this comment.
 *
 * **Safety.** A turn or paragraph object of the new version that is `===` an
 * object of the previous one covers the same lines, at the same line numbers,
 * with the same text, and has the same index: whatever was computed from it (an
 * outline entry, a speech detail, topic segments) still holds. A turn or
 * paragraph moved by whole lines is a new object.
 *
 * **Reuse.** Let the edit change lines `start..endOld` of the previous text
 * (`start..endNew` of the new one). A turn's lines run from its label line to
 * the line before the next turn's label. Then:
 * - a turn whose lines end before `start`, in both versions, with the same
 *   index, and whose speaker keeps its key and name, is the same object;
 * - when the edit adds or removes no line, so is such a turn whose label comes
 *   after `endNew`, unless its {@link Turn.time} changed (a subtitle cue's
 *   timing line, up to `CUE_LOOKBACK` lines above the label, was edited);
 * - a paragraph on a line before `start`, of the same kind in both versions, is
 *   the same object; after `endNew` too, when the edit adds or removes no line;
 * - when no label changed, `speakers` is the same array.
 * A full parse (an edit in the header or footer, many changes at once) promises
 * nothing: every object is new, and the caches above simply recompute.
 */
export interface ReuseContract {
  readonly turns: readonly Turn[];
  readonly paragraphs: readonly Paragraph[];
  readonly speakers: Transcript['speakers'];
}

/**
 * True when `later` (a turn of a newer version) is `earlier` carried over by an
 * incremental update: by the {@link ReuseContract}, what was computed from
 * `earlier` holds for `later`. The one test the caches over turns make.
 */
export function sameTurn(earlier: Turn | undefined, later: Turn): boolean {
  return earlier === later;
}
