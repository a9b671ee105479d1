/**
 * The hash of pieces of text that {@link TextTable} keys are looked up by. Callers hash a
 * piece while they read it (no substring): `h = hashStep(h, code)` per code unit from
 * `h = 0`, then `tableHash(h)` for the table. Small functions on purpose: V8 inlines them,
 * so the loops cost what the hand-written `Math.imul(h, 31)` loops they replace did.
 */

/** The hash after one more code unit `c` (a 32-bit polynomial hash, base 31). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** A {@link hashStep} hash as a {@link TextTable} takes it: 0 ≤ hash < 2^30, a small integer (no heap number per word). */
export function tableHash(h: number): number {
  return h & 0x3fffffff;
}

/** The table hash of the text from `start` to `end`, code units as they are. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return tableHash(h);
}
