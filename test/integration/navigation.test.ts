// Integration tests of navigation for translators (issue 4), inside a real VS Code,
// on the first seed: turn movement, references, rename, the Speakers view, the
// filter-by-speaker document, commands without an editor, and keybindings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openAsTranscript, poll, restoreText, SEED_MEETING, TestApi } from './util';

let api: TestApi;

async function showSeed(): Promise<vscode.TextEditor> {
  const doc = await openAsTranscript(SEED_MEETING);
  return vscode.window.showTextDocument(doc, { preview: false });
}

function moveTo(editor: vscode.TextEditor, line: number): void {
  const p = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(p, p);
}

async function renameAt(doc: vscode.TextDocument, at: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, newName);
  assert.ok(edit, 'no rename edit');
  return edit;
}

suiteSetup(async () => {
  api = await activateExtension();
});

suite('navigation: moving between turns (first seed)', () => {
  test('starting at line 1, "next turn" three times lands on lines 17, 55, 73', async () => {
    const editor = await showSeed();
    moveTo(editor, 0);
    const lines: number[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('transcript.nextTurn');
      lines.push(editor.selection.active.line + 1);
    }
    assert.deepStrictEqual(lines, [17, 55, 73]);
    // The cursor lands at the start of the speech, after the label and its colon.
    assert.strictEqual(editor.document.lineAt(72).text.slice(editor.selection.active.character, editor.selection.active.character + 10), 'Thank you.');
  });

  test('"previous turn" from line 73 goes back to 55', async () => {
    const editor = await showSeed();
    moveTo(editor, 72);
    await vscode.commands.executeCommand('transcript.previousTurn');
    assert.strictEqual(editor.selection.active.line + 1, 55);
  });

  test('from line 77, "next turn by the same speaker" lands on 81 (Pushilin), and back', async () => {
    const editor = await showSeed();
    moveTo(editor, 76);
    await vscode.commands.executeCommand('transcript.nextTurnSameSpeaker');
    assert.strictEqual(editor.selection.active.line + 1, 81);
    await vscode.commands.executeCommand('transcript.previousTurnSameSpeaker');
    assert.strictEqual(editor.selection.active.line + 1, 77);
  });

  test('"select turn" selects Putin’s whole opening turn (lines 17–53)', async () => {
    const editor = await showSeed();
    moveTo(editor, 30);
    await vscode.commands.executeCommand('transcript.selectTurn');
    assert.deepStrictEqual([editor.selection.start.line + 1, editor.selection.end.line + 1], [17, 53]);
  });

  test('"copy turn text" copies the speech without the label', async () => {
    const editor = await showSeed();
    moveTo(editor, 72);
    await vscode.commands.executeCommand('transcript.copyTurnText');
    const copied = await vscode.env.clipboard.readText();
    assert.ok(copied.startsWith('Thank you.'), JSON.stringify(copied.slice(0, 40)));
    assert.ok(!copied.includes('Vladimir Putin:'));
  });
});

suite('speakers as symbols: definition, references, highlights, rename', () => {
  test('references on "Vladimir Putin:" return 9 locations', async () => {
    const editor = await showSeed();
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, new vscode.Position(72, 3));
    assert.strictEqual(refs.length, 9);
    assert.deepStrictEqual(refs.map((r) => r.range.start.line + 1), [17, 73, 79, 97, 103, 117, 125, 129, 145]);
  });

  test('definition on the mention "Mr Pushilin" is his introducing turn (line 77)', async () => {
    const editor = await showSeed();
    const col = editor.document.lineAt(78).text.indexOf('Pushilin');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, new vscode.Position(78, col + 2));
    assert.strictEqual(defs.length, 1);
    const range = 'range' in defs[0] ? defs[0].range : defs[0].targetRange;
    assert.strictEqual(range.start.line + 1, 77);
  });

  test('highlights on a label: the labels of that speaker', async () => {
    const editor = await showSeed();
    const hl = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, new vscode.Position(80, 2));
    const labelLines = hl.filter((h) => h.kind === vscode.DocumentHighlightKind.Write).map((h) => h.range.start.line + 1);
    assert.deepStrictEqual(labelLines, [77, 81]);
  });

  test('rename "Denis Pushilin" → "Denis V. Pushilin" changes exactly the two labels; renaming back restores the file byte for byte', async () => {
    const editor = await showSeed();
    const doc = editor.document;
    const original = doc.getText();
    const edit = await renameAt(doc, new vscode.Position(80, 3), 'Denis V. Pushilin');
    const entries = edit.get(doc.uri);
    assert.deepStrictEqual(entries.map((e) => [e.range.start.line + 1, doc.getText(e.range), e.newText]), [
      [77, 'Denis Pushilin', 'Denis V. Pushilin'],
      [81, 'Denis Pushilin', 'Denis V. Pushilin'],
    ]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const changed = original.split('\n').map((l, i) => (l.replace(/\r$/, '') !== doc.lineAt(i).text ? i + 1 : 0)).filter(Boolean);
      assert.deepStrictEqual(changed, [77, 81]);
      const back = await renameAt(doc, new vscode.Position(80, 3), 'Denis Pushilin');
      assert.ok(await vscode.workspace.applyEdit(back));
      assert.strictEqual(doc.getText(), original);
    } finally {
      await restoreText(doc, original);
    }
  });

  test('with transcript.rename.includeMentions on, "Mr Pushilin" follows the new surname', async () => {
    const config = vscode.workspace.getConfiguration('transcript');
    await config.update('rename.includeMentions', true, vscode.ConfigurationTarget.Global);
    try {
      const editor = await showSeed();
      const edit = await renameAt(editor.document, new vscode.Position(80, 3), 'Denis Pushilinov');
      const entries = edit.get(editor.document.uri);
      assert.deepStrictEqual(entries.map((e) => [e.range.start.line + 1, e.newText]), [
        [77, 'Denis Pushilinov'],
        [81, 'Denis Pushilinov'],
        [79, 'Pushilinov'],
      ]);
    } finally {
      await config.update('rename.includeMentions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('rename refuses plain speech with a clear message', async () => {
    const editor = await showSeed();
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', editor.document.uri, new vscode.Position(82, 10))),
      /speaker label/,
    );
  });
});

suite('Speakers view and filter by speaker', () => {
  test('the Speakers view lists the 5 speakers of the active transcript', async () => {
    await showSeed();
    const items = await poll(() => api.speakersView(), (v) => v.length === 5);
    assert.deepStrictEqual(items.map((i) => i.label), ['Vladimir Putin', 'Sergei Sobyanin', 'Denis Pushilin', 'Leonid Pasechnik', 'Mikhail Kotyukov']);
    assert.match(items[0].description, /^9 turns · \d+% of words$/);
  });

  test('"filter by speaker" opens a read-only document with only Pushilin’s turns, linked to their lines', async () => {
    const editor = await showSeed();
    await vscode.commands.executeCommand('transcript.filterBySpeaker', 'Denis Pushilin');
    const filtered = await poll(() => vscode.window.activeTextEditor?.document, (d) => d?.uri.scheme === 'transcript-speaker');
    assert.ok(filtered && filtered.uri.scheme === 'transcript-speaker', 'the filtered document is not active');
    assert.match(filtered.getText(), /^Turns of Denis Pushilin — Head of the Donetsk People’s Republic/);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', filtered.uri);
    assert.deepStrictEqual(links.map((l) => l.target?.fragment), ['L77', 'L81']);
    assert.ok(links.every((l) => l.target?.path === editor.document.uri.path));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

suite('commands from the palette with no editor open', () => {
  test('reading features never edit the document', async () => {
    const editor = await showSeed();
    // The rename tests above edited and restored this document, so it may still count as
    // dirty (or be saved later by auto-save): what matters is that nothing here edits it.
    const { version, isDirty } = editor.document;
    const text = editor.document.getText();
    for (const id of ['transcript.nextTurn', 'transcript.previousTurn', 'transcript.nextTurnSameSpeaker', 'transcript.selectTurn', 'transcript.copyTurnText', 'transcript.revealCurrentTurn']) {
      await vscode.commands.executeCommand(id);
    }
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(126, 5));
    assert.strictEqual(editor.document.version, version, 'no edit: the version is the same');
    assert.strictEqual(editor.document.getText(), text);
    if (!isDirty) assert.strictEqual(editor.document.isDirty, false);
  });

  test('every Transcript command runs without throwing', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const ids = (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('transcript.'));
    assert.ok(ids.length >= 12, ids.join(', '));
    for (const id of ids) {
      // Pickers would wait for the user; they return at once here because there is no editor.
      await vscode.commands.executeCommand(id);
    }
  });
});

suite('keybindings', () => {
  test('the default keys of the Transcript commands do not clash with VS Code’s defaults', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const doc = await poll(() => vscode.window.activeTextEditor?.document, (d) => !!d && d.getText().includes('"key"'));
    assert.ok(doc, 'the default keybindings file did not open');
    const bindings = JSON.parse(doc.getText().replace(/^\s*\/\/.*$/gm, '')) as { key: string; command: string; when?: string }[];
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const ours = bindings.filter((b) => b.command.startsWith('transcript.'));
    assert.ok(ours.length >= 6, `our keybindings are listed: ${ours.map((b) => b.key).join(', ')}`);
    // A default binding of the same key clashes unless our `when` rules out its context
    // (ours says `!inlineSuggestionVisible` where the other needs `inlineSuggestionVisible`).
    const excluded = (when: string | undefined) => [...(when ?? '').matchAll(/!([\w.]+)/g)].map((m) => m[1]);
    const needs = (when: string | undefined) => [...(when ?? '').matchAll(/(?<![!\w.])([\w.]+)(?![\w.]*\s*(?:==|!=|=~|<|>|in\b))/g)].map((m) => m[1]);
    const clashes = bindings.filter((b) => {
      if (b.command.startsWith('transcript.') || b.command.startsWith('-')) return false;
      const mine = ours.find((o) => o.key === b.key);
      return !!mine && !needs(b.when).some((k) => excluded(mine.when).includes(k));
    });
    assert.deepStrictEqual(clashes.map((c) => `${c.key} → ${c.command} (${c.when ?? ''})`), []);
  });
});
