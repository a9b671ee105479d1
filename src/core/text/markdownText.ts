/**
 * Text from a transcript or the region data, written into Markdown (a hover card) so that
 * it renders as the same characters and never as Markdown, HTML or a link.
 */
import { normalizeSpace } from './text';

/**
 * Characters that start Markdown syntax, HTML or an autolink, and what each becomes. A
 * backslash escape for Markdown punctuation; an HTML character reference for `<`, `>`, `&`
 * and for what GitHub-flavoured autolinks look for (`:` of `https://` and `mailto:`, `@` of
 * `name@host`): the renderer shows the character, the autolink rules never see it. VS Code
 * renders hovers with `marked` (GFM on); markdown-it's linkify also links `//host`, hence
 * the second `/` of `//` as a reference too.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  ':': '&#58;',
  '@': '&#64;',
};

/** What {@link markdownText} rewrites: Markdown punctuation, HTML, and the marks of an autolink. */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&:@/]/g;

/**
 * Escapes text for Markdown: backslash before \ ` * _ { } [ ] ( ) # + - . ! | ~; `<`, `>`,
 * `&`, `:`, `@`, the `.` of `www.` and the second `/` of `//` as character references; runs
 * of white space (line breaks included) as one space. A `-` or `.` between two letters or
 * digits is left alone (`RU-KYA`, `Rostov-on-Don`, `2.5`): there CommonMark gives it no
 * meaning.
 */
export function markdownText(text: string): string {
  return normalizeSpace(text).replace(SPECIAL, (ch: string, offset: number, s: string) => {
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) return replacement;
    if (ch === '.' && afterWww(s, offset)) return '&#46;';
    if (ch === '/') return s.charAt(offset - 1) === '/' ? '&#47;' : ch;
    if ((ch === '-' || ch === '.') && isAlnum(s.charAt(offset - 1)) && isAlnum(s.charAt(offset + 1))) return ch;
    return '\\' + ch;
  });
}

/** True when `www` (any case) stands right before `offset`. */
function afterWww(s: string, offset: number): boolean {
  return offset >= 3 && s.slice(offset - 3, offset).toLowerCase() === 'www';
}

function isAlnum(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}]/u.test(ch);
}
