// The shared document cache inside VS Code: one parse per document version for
// every feature, and edits applied incrementally (no new parse).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, poll, SEED_MEETING, TestApi, workspaceFile } from './util';

let api: TestApi;

suiteSetup(async () => {
  api = await activateExtension();
});

suite('document cache', () => {
  test('outline, folding, references and highlights of one version parse it once; an edit is applied without a new parse', async () => {
    // A copy no other test opens, so its version starts fresh.
    const copy = vscode.Uri.joinPath(workspaceFile(SEED_MEETING), '..', 'cache', SEED_MEETING);
    await vscode.workspace.fs.copy(workspaceFile(SEED_MEETING), copy, { overwrite: true });
    const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(copy), 'transcript');
    const editor = await vscode.window.showTextDocument(doc);
    await poll(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => !!s && s.length === 18);
    const before = api.cacheStats();
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', doc.uri);
      await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, new vscode.Position(72, 3));
      await vscode.commands.executeCommand('vscode.executeDocumentHighlights', doc.uri, new vscode.Position(80, 2));
    }
    assert.strictEqual(api.cacheStats().parses, before.parses, 'the same version was parsed again');

    // Insert a new turn in the middle: the outline shows it, through an incremental update.
    await editor.edit((b) => b.insert(new vscode.Position(99, 0), 'Denis Pushilin: One more word.\n\n'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.strictEqual(symbols.length, 19);
    assert.strictEqual(symbols.find((s) => s.range.start.line === 99)?.name, 'Denis Pushilin');
    const after = api.cacheStats();
    assert.strictEqual(after.parses, before.parses, 'the edit led to a full parse');
    assert.strictEqual(after.updates, before.updates + 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
