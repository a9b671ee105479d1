/**
 * The one binary search of the core: the first index in [lo, hi) at which `before` is false,
 * for a `before` that is true up to some index and false from there (the items sorted by
 * what it tests); `hi` when it is true everywhere. Small, so V8 inlines it with the caller's
 * closure.
 */
export function lowerBound(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
