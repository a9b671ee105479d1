import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { countTurnWords, parseTranscript, regionCardById, speakerCard } from './service';
import { markdownText } from '../../src/core/text/markdownText';
import { normalizeSpace } from '../../src/core/text/text';

/**
 * The Markdown engines a card is rendered with here. VS Code renders hovers with `marked`
 * (GFM on, which autolinks `www.`, `http://`, `name@host`); it is used when installed.
 * markdown-it with linkify (a devDependency) links what GFM links and more (`//host`).
 */
function engines(): [string, (markdown: string) => string][] {
  const linkify = new MarkdownIt({ html: false, linkify: true });
  const out: [string, (markdown: string) => string][] = [['markdown-it (linkify)', (md) => linkify.render(md)]];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { marked } = require('marked') as { marked: { parse(md: string, options: object): string } };
    out.push(['marked (GFM, as VS Code)', (md) => marked.parse(md, { gfm: true, async: false })]);
  } catch {
    // not installed: markdown-it only
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text a browser shows for rendered HTML: tags dropped, character references decoded. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? all;
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    })
    .trim();
}

/** Hostile label and speech text: every form that could become a link, HTML or formatting. */
const HOSTILE: [string, string][] = [
  ['a www link in brackets', 'Director [www.evil.example/x] Ivan Petrov'],
  ['a www link in capitals', 'Director WWW.EVIL.EXAMPLE Ivan Petrov'],
  ['a bare http link', 'Director http://evil.example/x Ivan Petrov'],
  ['a bare https link with a query', 'see https://evil.example/a?b=c&d=e now'],
  ['an ftp link', 'ftp://evil.example/file'],
  ['a protocol-relative link', 'Director //evil.example/x Ivan Petrov'],
  ['an e-mail address', 'write to name@evil.example today'],
  ['a mailto link', 'mailto:name@evil.example'],
  ['an xmpp address', 'xmpp:name@evil.example'],
  ['a Markdown link', 'Director [text](https://evil.example) Ivan Petrov'],
  ['a Markdown image', '![img](https://evil.example/x.png)'],
  ['a link reference definition', '[x]: https://evil.example'],
  ['an angle-bracket autolink', 'Director <http://evil.example> Ivan Petrov'],
  ['an angle-bracket e-mail', '<name@evil.example>'],
  ['an HTML link', '<a href="https://evil.example">x</a>'],
  ['a script tag', 'Director <script>alert(1)</script> Ivan Petrov'],
  ['a command link', '[x](command:workbench.action.quit)'],
  ['Cyrillic with a www link', 'Директор www.зло.рф Иван Петров: Спасибо.'],
  ['backticks, stars, underscores, pipes', 'Director `code` *x* _y_ __z__ |a|b| Ivan Petrov'],
  ['a character reference typed in the text', 'https&#58;//evil.example &amp; &lt;b&gt;'],
  ['a heading and a list after a line break', 'Thank you.\n# heading\n- item\n1. item'],
  ['a backslash before an at sign', 'a\\@evil.example'],
];

describe('markdownText: hostile text renders as typed, with no link', () => {
  for (const [engine, render] of engines()) {
    for (const [what, text] of HOSTILE) {
      it(`${engine}: ${what}`, () => {
        const html = render(markdownText(text));
        assert.ok(!/<a[\s>]/i.test(html), html);
        assert.ok(!/<(img|script|code|em|strong|h\d|li|del)[\s>]/i.test(html), html);
        assert.strictEqual(shownText(html), normalizeSpace(text));
      });
    }
  }
});

describe('markdownText: what each character becomes', () => {
  const rows: [string, string][] = [
    ['plain words', 'plain words'],
    ['[x](command:workbench.action.quit)', '\\[x\\]\\(command&#58;workbench.action.quit\\)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['`code`', '\\`code\\`'],
    ['*a* _b_ #c +d !e |f ~g {h}', '\\*a\\* \\_b\\_ \\#c \\+d \\!e \\|f \\~g \\{h\\}'],
    ['back\\slash & amp', 'back\\\\slash &amp; amp'],
    ['- item\n1. item', '\\- item 1\\. item'],
    ['RU-KYA, Rostov-on-Don, 2.5, 2,856,971', 'RU-KYA, Rostov-on-Don, 2.5, 2,856,971'],
    ['ends with a dot.', 'ends with a dot\\.'],
    ['www.evil.example/x', 'www&#46;evil.example/x'],
    ['https://evil.example', 'https&#58;/&#47;evil.example'],
    ['name@evil.example', 'name&#64;evil.example'],
    ['Иван Петров', 'Иван Петров'],
  ];
  for (const [input, output] of rows) it(JSON.stringify(input), () => assert.strictEqual(markdownText(input), output));
});

describe('hover cards: a hostile label shows as typed, with no link', () => {
  const text = [
    'Meeting with Government members',
    '',
    'June 10, 2024',
    '',
    'Director [www.evil.example/x] Ivan Petrov: Good afternoon, colleagues.',
    '',
    'Директор [www.зло.рф] Иван Петров: Спасибо.',
    '',
    'Ivan Petrov: Write to name@evil.example or see https://evil.example.',
    '',
    'Иван Петров: Thank you.',
    '',
  ].join('\n');
  const model = parseTranscript(text);

  for (const [engine, render] of engines()) {
    it(`${engine}: the speaker cards`, () => {
      const roles: [string, string][] = [
        ['Ivan Petrov', 'Director [www.evil.example/x]'],
        ['Иван Петров', 'Директор [www.зло.рф]'],
      ];
      for (const [key, role] of roles) {
        const html = render(speakerCard(model, countTurnWords(text, model), key, 'en') ?? '');
        assert.ok(!/<a[\s>]/i.test(html), html);
        assert.ok(shownText(html).includes(role), html);
      }
    });

    it(`${engine}: the region card, with hostile roles in the transcript`, () => {
      const speakers = HOSTILE.map(([, t]) => ({ name: 'Ivan Petrov', role: t }));
      const html = render(regionCardById('RU-KYA', { mentions: 1, speakers }, { locale: 'en' }) ?? '');
      assert.ok(!/<a[\s>]/i.test(html), 'no link without linkFor');
      for (const [, t] of HOSTILE) assert.ok(shownText(html).includes(`Ivan Petrov — ${normalizeSpace(t)}`), t);
    });
  }
});
