/**
 * Website chrome: the furniture a copied web page brings along (menus, view
 * settings, newsletter footers). It is recognised, never treated as content.
 * The lists are a profile's ({@link Profile.topChrome}); these are Kremlin.ru's.
 */
import { normalizeSpace } from '../text';

/** Lines that a copied Kremlin.ru page may start with. */
export const TOP_CHROME: readonly string[] = [
  'View settings', 'Font size:', 'Site colours:', 'Images:', 'Official website of the President of Russia',
  'Events', 'President of Russia', 'Structure', 'Videos and Photos', 'Documents', 'Contacts', 'Search',
  'Text version', 'Version for the visually impaired', 'News', 'Transcripts', 'Русская версия', 'Русский',
];

/** Lines that a copied page may end with (GlobalSecurity.org footers among them). */
export const FOOTER_CHROME: readonly string[] = ['NEWSLETTER', '|', 'Join the GlobalSecurity.org mailing list |', 'Join the GlobalSecurity.org mailing list'];

/** The chrome lists of a profile. */
export interface ChromeRules {
  readonly topChrome: ReadonlySet<string>;
  readonly footerChrome: ReadonlySet<string>;
}

/** True when a (trimmed) line at the top of a page is website chrome. */
export function isChromeLine(rules: ChromeRules, line: string): boolean {
  const t = normalizeSpace(line);
  return rules.topChrome.has(t) || /^Документ\s*\/?$/u.test(t) || /^[|/]+$/.test(t) || isSubtitleHeaderLine(t);
}

/**
 * The header block of a WebVTT file (`WEBVTT`, `Kind: captions`, `Language: en`, `NOTE …`): the
 * format's furniture, not a title. Only lines of the top of the file are asked.
 */
function isSubtitleHeaderLine(t: string): boolean {
  return /^WEBVTT(?:$|[ \t])/.test(t) || /^(?:Kind|kind|Language|language|lang|Lang|Region|Style):[ \t]*[^ \t:]{1,40}$/.test(t);
}

/** True when a (trimmed) line at the end of a page is website chrome. */
export function isFooterChromeLine(rules: ChromeRules, line: string): boolean {
  const t = normalizeSpace(line);
  return rules.footerChrome.has(t) || /^[|/]+$/.test(t);
}
