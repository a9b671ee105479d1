/**
 * Website chrome: the furniture a copied web page brings along (menus, view
 * settings, newsletter footers). It is recognised, never treated as content.
 */
import { normalizeSpace } from '../text';

/** Lines that a copied Kremlin.ru page may start with. */
const TOP_CHROME = new Set([
  'View settings', 'Font size:', 'Site colours:', 'Images:', 'Official website of the President of Russia',
  'Events', 'President of Russia', 'Structure', 'Videos and Photos', 'Documents', 'Contacts', 'Search',
  'Text version', 'Version for the visually impaired', 'News', 'Transcripts', 'Русская версия', 'Русский',
]);

/** Lines that a copied page may end with (GlobalSecurity.org footers among them). */
const FOOTER_CHROME = new Set(['NEWSLETTER', '|', 'Join the GlobalSecurity.org mailing list |', 'Join the GlobalSecurity.org mailing list']);

/** True when a (trimmed) line at the top of a page is website chrome. */
export function isChromeLine(line: string): boolean {
  const t = normalizeSpace(line);
  return TOP_CHROME.has(t) || /^Документ\s*\/?$/u.test(t) || /^[|/]+$/.test(t);
}

/** True when a (trimmed) line at the end of a page is website chrome. */
export function isFooterChromeLine(line: string): boolean {
  const t = normalizeSpace(line);
  return FOOTER_CHROME.has(t) || /^[|/]+$/.test(t);
}
