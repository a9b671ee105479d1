/**
 * What a transcript says about regions: every mention (one scan per document
 * version, kept in the cache), how often each region is named, and which
 * speakers' roles name it. A hover is then a lookup.
 */
import type { CancellationLike, Position, Transcript } from '../model';
import { lowerBound } from '../text';
import type { Gazetteer, RegionMention } from './gazetteer';

/** The regions of one version of a document. */
export interface RegionAnalysis {
  /** Every mention, in text order. */
  readonly mentions: readonly RegionMention[];
  /** Mentions per record id. */
  readonly counts: ReadonlyMap<string, number>;
  /** Speakers whose role names a region, per record id (`Mikhail Kotyukov — Krasnoyarsk Territory Governor`). */
  readonly speakers: ReadonlyMap<string, readonly { readonly name: string; readonly role: string }[]>;
}

/** Scans a text for regions and relates them to the speakers' roles. */
export function analyseRegions(gaz: Gazetteer, text: string, model: Transcript, token?: CancellationLike): RegionAnalysis {
  const mentions = gaz.scan(text, token);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const speakers = new Map<string, { name: string; role: string }[]>();
  for (const s of model.speakers) {
    if (!s.role) continue;
    for (const id of new Set(gaz.scan(s.role).map((m) => m.id))) {
      const list = speakers.get(id) ?? [];
      list.push({ name: s.name, role: s.role });
      speakers.set(id, list);
    }
  }
  return { mentions, counts, speakers };
}

/** The mention at a position, if any (binary search over the mentions in text order). */
export function mentionAt(analysis: RegionAnalysis, p: Position): RegionMention | undefined {
  const list = analysis.mentions;
  // The first mention that does not end before p: the one at p, if any (mentions do not overlap).
  const m = list[lowerBound(0, list.length, (i) => isBefore(list[i].span.end, p))];
  return m && !isBefore(p, m.span.start) ? m : undefined;
}

/** True when position a comes strictly before position b. */
function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
