import * as assert from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { ROOT } from './helpers';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('src/core imports nothing from vscode', () => {
    const files = tsFiles(path.join(ROOT, 'src', 'core'));
    assert.ok(files.length > 3, 'src/core has files');
    const offenders = files.filter((f) => /(?:from\s+|require\()\s*['"]vscode['"]/.test(readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders.map((f) => path.relative(ROOT, f)), []);
  });

  it('src/core imports nothing outside src/core except Node built-ins', () => {
    const offenders: string[] = [];
    for (const f of tsFiles(path.join(ROOT, 'src', 'core'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(f), spec);
          if (!target.startsWith(path.join(ROOT, 'src', 'core'))) offenders.push(`${path.relative(ROOT, f)} -> ${spec}`);
        }
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the check above would catch an import of vscode', () => {
    assert.ok(/(?:from\s+|require\()\s*['"]vscode['"]/.test(`import * as vscode from 'vscode';`));
  });
});
