import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { ALL_COMMANDS, ALL_SETTINGS, LANGUAGE_ID } from '../../src/ids';
import { ROOT } from './helpers';

interface PackageJson {
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
  contributes: {
    languages: { id: string }[];
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
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
