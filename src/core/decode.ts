/**
 * Bytes to text for files read outside an editor (the CLI, the workspace
 * index): UTF-8 with or without a BOM; binary data is refused.
 */

/** The result of decoding: text, or the reason it is not text. */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** How many leading bytes are inspected for signs of binary data. */
const SNIFF_BYTES = 8192;

/** Decodes UTF-8 (stripping a BOM), refusing data with NUL bytes or many invalid sequences. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: 'it is binary data, not text (it contains NUL bytes)' };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const sample = text.slice(0, SNIFF_BYTES);
  let bad = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (sample.length > 0 && (bad + control) / sample.length > 0.05) {
    return { ok: false, reason: 'it is not UTF-8 text (too many invalid or control characters)' };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
