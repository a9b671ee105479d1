import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { ALL_COMMANDS, ALL_SETTINGS, LabelTokenTypes, LANGUAGE_ID } from '../../src/ids';
import { SUBTITLE_EXTENSIONS, SUBTITLE_LANGUAGE_IDS } from '../../src/features/selector';
import { ROOT } from './helpers';

interface PackageJson {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
  contributes: {
    languages: { id: string }[];
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    keybindings: { command: string; when: string }[];
    menus: Record<string, { command: string; when: string }[]>;
    configurationDefaults: Record<string, Record<string, unknown>>;
  };
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** Every `Commands.x` used in a registerCommand call under src/features. */
function registeredCommandKeys(): string[] {
  const dir = path.join(ROOT, 'src', 'features');
  const keys: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/registerCommand\(\s*Commands\.(\w+)/g)) keys.push(m[1]);
  }
  return keys;
}

describe('package.json and src/ids.ts agree', () => {
  it('every contributed command is in ids, and every id is contributed', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepStrictEqual(contributed, [...ALL_COMMANDS].sort());
  });

  it('every command id has a handler registered in src/features', async () => {
    const { Commands } = await import('../../src/ids');
    const registered = registeredCommandKeys().map((k) => (Commands as Record<string, string>)[k]).sort();
    assert.deepStrictEqual(registered, [...ALL_COMMANDS].sort());
  });

  it('every contributed command has a title and the category "Transcript"', () => {
    for (const c of pkg.contributes.commands) {
      assert.ok(c.title, c.command);
      assert.strictEqual(c.category, 'Transcript', c.command);
    }
  });

  it('every setting is in ids and has a description', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(props).sort(), [...ALL_SETTINGS].sort());
    for (const [key, p] of Object.entries(props)) assert.ok(p.description || p.markdownDescription, key);
  });

  it('declares the language, its activation, and support for untrusted and virtual workspaces', () => {
    assert.ok(pkg.contributes.languages.some((l) => l.id === LANGUAGE_ID));
    assert.ok(pkg.activationEvents.includes(`onLanguage:${LANGUAGE_ID}`));
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces, true);
  });
});

describe('extension.ts only wires', () => {
  const source = readFileSync(path.join(ROOT, 'src', 'extension.ts'), 'utf8');
  it('is short', () => assert.ok(source.split('\n').length <= 80, `${source.split('\n').length} lines`));
  it('registers no provider or command itself', () => {
    assert.ok(!/registerCommand|register\w+Provider|onDid\w+\(/.test(source));
  });
});

/** The regular expressions `key =~ /…/` of a when clause, for a key. */
function whenRegexes(when: string, key: string): RegExp[] {
  return [...when.matchAll(new RegExp(`${key} =~ /((?:[^/\\\\]|\\\\.)+)/`, 'g'))].map((m) => new RegExp(m[1]));
}

describe('package.json serves WebVTT and SRT files as features/selector.ts does', () => {
  it('activates on the transcript, plain-text and subtitle languages, not at startup', () => {
    const expected = [LANGUAGE_ID, 'plaintext', ...SUBTITLE_LANGUAGE_IDS].map((id) => `onLanguage:${id}`);
    assert.deepStrictEqual([...pkg.activationEvents].sort(), expected.sort());
  });

  it('claims no subtitle extension for the transcript language', () => {
    const languages = pkg.contributes.languages as { id: string; extensions?: string[] }[];
    const claimed = languages.flatMap((l) => l.extensions ?? []).map((e) => e.toLowerCase());
    assert.deepStrictEqual(claimed.filter((e) => SUBTITLE_EXTENSIONS.includes(e)), []);
  });

  it('every keybinding and editor menu for transcripts also applies to subtitle languages and files', () => {
    const clauses = [...pkg.contributes.keybindings, ...pkg.contributes.menus['editor/context']].map((k) => k.when);
    assert.ok(clauses.length >= 10);
    for (const when of clauses) {
      assert.ok(when.includes(`editorLangId == ${LANGUAGE_ID}`), when);
      const languages = whenRegexes(when, 'editorLangId');
      const extensions = whenRegexes(when, 'resourceExtname');
      for (const id of SUBTITLE_LANGUAGE_IDS) assert.ok(languages.some((r) => r.test(id)), `${id} in ${when}`);
      for (const ext of SUBTITLE_EXTENSIONS) assert.ok(extensions.some((r) => r.test(ext)), `${ext} in ${when}`);
      assert.ok(!languages.some((r) => r.test('plaintext')) && !extensions.some((r) => r.test('.txt')), when);
    }
  });
});

describe('semantic tokens: package.json maps each label token type to the grammar scope of that part', () => {
  const grammar = readFileSync(path.join(ROOT, 'syntaxes', 'transcript.tmLanguage.json'), 'utf8');
  const scopesOf = (language: string) => pkg.contributes.semanticTokenScopes.find((s) => s.language === language)?.scopes;

  it('for the transcript language and every subtitle language, the same mapping', () => {
    const transcript = scopesOf(LANGUAGE_ID);
    assert.ok(transcript);
    for (const id of SUBTITLE_LANGUAGE_IDS) assert.deepStrictEqual(scopesOf(id), transcript, id);
  });

  const expected: [keyof typeof LabelTokenTypes, string][] = [
    ['name', 'entity.name.type.speaker.transcript'],
    ['role', 'entity.other.attribute-name.role.transcript'],
    ['generic', 'keyword.other.generic-label.transcript'],
    ['remark', 'comment.other.remark.transcript'],
    ['colon', 'punctuation.separator.speaker.transcript'],
  ];
  for (const [part, scope] of expected) {
    it(`${part} → ${LabelTokenTypes[part]} → ${scope}, a scope of the grammar`, () => {
      assert.deepStrictEqual(scopesOf(LANGUAGE_ID)?.[LabelTokenTypes[part]], [scope]);
      assert.ok(grammar.includes(`"name": "${scope}"`), scope);
    });
  }

  it('every token type of the legend is mapped, and only those', () => {
    assert.deepStrictEqual(Object.keys(scopesOf(LANGUAGE_ID) ?? {}).sort(), Object.values(LabelTokenTypes).sort());
  });

  it('semantic highlighting is on for transcripts whatever the theme says', () => {
    assert.strictEqual(pkg.contributes.configurationDefaults[`[${LANGUAGE_ID}]`]['editor.semanticHighlighting.enabled'], true);
  });
});
