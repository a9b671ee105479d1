// Without a file system: an untitled transcript (no file behind it) gets every feature,
// as a document in a virtual workspace does; the filter-by-speaker document is itself virtual.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, poll } from './util';

const TEXT = [
  'Meeting with the Governor of Smolensk Region',
  '',
  'September 10, 2025, The Kremlin, Moscow',
  '',
  'President of Russia Vladimir Putin: Good afternoon. How is Roslavl doing?',
  '',
  'Smolensk Region Governor Vasily Anokhin: Good afternoon, Mr President. Roslavl is doing well.',
  '',
  'Vladimir Putin: Good. Thank you, Mr Anokhin.',
  '',
  'Vasily Anokhin: Thank you.',
  '',
].join('\n');

suiteSetup(async () => {
  await activateExtension();
});

suite('no file system (untitled documents, virtual workspaces)', () => {
  test('outline, hover, navigation and rename work on an untitled transcript', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content: TEXT });
    assert.strictEqual(doc.uri.scheme, 'untitled');
    const editor = await vscode.window.showTextDocument(doc);
    try {
      const symbols = await poll(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri), (s) => !!s && s.length === 5);
      assert.deepStrictEqual(symbols.map((s) => s.name), ['Meeting with the Governor of Smolensk Region', 'Vladimir Putin', 'Vasily Anokhin', 'Vladimir Putin', 'Vasily Anokhin']);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(4, 62));
      const md = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c)))).join('\n');
      assert.match(md, /Roslavl/);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('transcript.nextTurn');
      assert.strictEqual(editor.selection.active.line, 4);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(10, 3), 'Vasily A. Anokhin');
      assert.strictEqual(edit.get(doc.uri).length, 2);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('binary-looking text as a transcript: nothing shown, no error, the editor answers', async () => {
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content: junk });
    await vscode.window.showTextDocument(doc);
    const version = doc.version;
    try {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(Array.isArray(symbols));
      await vscode.commands.executeCommand('transcript.nextTurn');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 5));
      assert.ok(Array.isArray(hovers));
      // An untitled document with content is dirty from the start: its version tells whether anything edited it.
      assert.strictEqual(doc.version, version, 'nothing edited the document');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('package.json declares support for untrusted and virtual workspaces', () => {
    const ext = vscode.extensions.getExtension('transcript-navigator.transcript-navigator');
    const capabilities = ext?.packageJSON.capabilities;
    assert.strictEqual(capabilities?.untrustedWorkspaces?.supported, true);
    assert.strictEqual(capabilities?.virtualWorkspaces, true);
  });
});
