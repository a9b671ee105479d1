// Topics in the outline and workspace symbols across transcripts (issue 5), inside VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openAsTranscript, poll, restoreText, SEED_MEETING, SEED_SUMMARY, symbolsOf, TestApi } from './util';

let api: TestApi;

suiteSetup(async () => {
  api = await activateExtension();
});

suite('topics in the outline', () => {
  test('Putin’s opening turn (lines 17–53) has at least three topic children', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const symbols = await symbolsOf(doc);
    const opening = symbols.find((s) => s.range.start.line === 16);
    assert.ok(opening, 'the opening turn is in the outline');
    assert.ok(opening.children.length >= 3, `children: ${opening.children.map((c) => c.name).join(', ')}`);
    for (const c of opening.children) {
      assert.strictEqual(c.kind, vscode.SymbolKind.Namespace);
      assert.ok(opening.range.contains(c.range), `${c.name} lies inside the turn`);
      assert.ok(c.detail.length > 0, 'a topic has its first words as detail');
    }
    // A short turn covers one topic at most: no children.
    assert.strictEqual(symbols.find((s) => s.range.start.line === 72)?.children.length, 0);
  });

  test('a summary without turns lists its topic segments after the header', async () => {
    const doc = await openAsTranscript(SEED_SUMMARY);
    const symbols = await symbolsOf(doc);
    assert.strictEqual(symbols[0].name, 'Meeting with Smolensk Region Governor Vasily Anokhin');
    const topics = symbols.slice(1).map((s) => s.name);
    assert.ok(topics.length >= 5, topics.join(', '));
    assert.ok(topics.includes('Healthcare') && topics.includes('Agriculture') && topics.includes('Investment'), topics.join(', '));
  });

  test('after edits (a word typed, a line split), the outline with topics is that of the same text opened afresh', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const original = doc.getText();
    await symbolsOf(doc);
    /** Names, kinds, ranges and details of the symbols and their children, for comparison. */
    const shape = (symbols: vscode.DocumentSymbol[]): unknown[] =>
      symbols.map((s) => [s.name, s.kind, s.detail, s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character, shape(s.children)]);
    try {
      const edit = new vscode.WorkspaceEdit();
      // Line 20 is in Putin's opening speech (lines 17–53); a word about hospitals, then a line break in line 30.
      edit.insert(doc.uri, new vscode.Position(19, 0), 'Hospitals and doctors first. ');
      edit.insert(doc.uri, new vscode.Position(29, 10), '\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const edited = shape(await symbolsOf(doc));
      const fresh = await vscode.workspace.openTextDocument({ language: 'transcript', content: doc.getText() });
      assert.deepStrictEqual(edited, shape(await symbolsOf(fresh)));
      const opening = (await symbolsOf(doc)).find((s) => s.range.start.line === 16);
      assert.ok(opening && opening.children.length >= 3, 'the opening turn keeps its topic children');
    } finally {
      await restoreText(doc, original);
    }
  });

  test('transcript.outline.showTopics off: no topic children', async () => {
    const config = vscode.workspace.getConfiguration('transcript');
    await config.update('outline.showTopics', false, vscode.ConfigurationTarget.Global);
    try {
      const doc = await openAsTranscript(SEED_MEETING);
      const children = await poll(
        async () => (await symbolsOf(doc)).find((s) => s.range.start.line === 16)?.children.length,
        (n) => n === 0,
      );
      assert.strictEqual(children, 0);
    } finally {
      await config.update('outline.showTopics', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('workspace symbols across transcripts', () => {
  test('"Pushilin" finds his speaker entry in the meeting seed, with his role', async () => {
    const files = await api.workspaceIndexReady();
    assert.ok(files >= 1, `indexed ${files} transcripts`);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Pushilin');
    const hit = symbols.find((s) => s.name.startsWith('Denis Pushilin'));
    assert.ok(hit, symbols.map((s) => s.name).join(', '));
    assert.strictEqual(hit.name, 'Denis Pushilin — Head of the Donetsk People’s Republic');
    assert.ok(hit.location.uri.path.endsWith(SEED_MEETING));
    assert.strictEqual(hit.location.range.start.line, 76);
  });

  test('a topic query finds topic segments; a fuzzy query finds speakers', async () => {
    await api.workspaceIndexReady();
    const topics = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Investment');
    assert.ok(topics.some((s) => s.name === 'Investment' && s.kind === vscode.SymbolKind.Namespace), topics.map((s) => s.name).join(', '));
    const fuzzy = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'mkotyuk');
    assert.ok(fuzzy.some((s) => s.name.startsWith('Mikhail Kotyukov')), fuzzy.map((s) => s.name).join(', '));
  });

  test('saving an open transcript re-indexes it from the shared model and segments: no parse, no segmentation of the whole text', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    await symbolsOf(doc); // the outline: the cache's model and the topic segments of this version
    await api.workspaceIndexReady();
    const original = doc.getText();
    const before = { index: api.workspaceIndexStats(), cacheParses: api.cacheStats().parses };
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(19, 0), 'Hospitals and doctors first. '); // in Putin's opening speech
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save());
      // The save and the file watcher's change: one update once the quiet window has passed.
      await poll(() => api.workspaceIndexStats().updates, (n) => n > before.index.updates);
      await api.workspaceIndexReady();
      const after = { index: api.workspaceIndexStats(), cacheParses: api.cacheStats().parses };
      assert.deepStrictEqual(
        { parses: after.index.parses, segmentations: after.index.segmentations, cacheParses: after.cacheParses },
        { parses: before.index.parses, segmentations: before.index.segmentations, cacheParses: before.cacheParses },
      );
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Pushilin');
      assert.strictEqual(symbols.find((s) => s.name.startsWith('Denis Pushilin'))?.location.range.start.line, 76);
    } finally {
      await restoreText(doc, original);
      await doc.save();
    }
  });

  test('a new transcript file is indexed, and forgotten when deleted', async () => {
    await api.workspaceIndexReady();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uri = vscode.Uri.joinPath(folder.uri, 'new-meeting.transcript');
    const text = 'A new meeting\n\nZinaida Testova: Good afternoon.\n\nVladimir Putin: Thank you.\n\nZinaida Testova: Goodbye.\n';
    // Created as the Explorer creates files (a workspace edit), then saved with its text.
    const create = new vscode.WorkspaceEdit();
    create.createFile(uri, { overwrite: true, contents: Buffer.from(text) });
    assert.ok(await vscode.workspace.applyEdit(create));
    const find = () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Testova');
    const deadline = Date.now() + 15000;
    let found = false;
    while (!found && Date.now() < deadline) {
      found = (await find()).some((s) => s.location.uri.path.endsWith('new-meeting.transcript'));
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(found, `the created file was not indexed within 15 s; Testova finds: ${(await find()).map((s) => s.location.uri.toString()).join(', ')}; index: ${await api.workspaceIndexReady()} files`);
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(uri);
    assert.ok(await vscode.workspace.applyEdit(remove));
    let gone = false;
    while (!gone && Date.now() < deadline + 15000) {
      gone = !(await find()).some((s) => s.location.uri.path.endsWith('new-meeting.transcript'));
      if (!gone) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(gone, 'the deleted file is still in the index');
  });
});
