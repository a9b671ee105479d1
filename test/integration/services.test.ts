// The shared services inside VS Code: the configuration service's per-section
// events (the outline follows transcript.outline.showTopics for a document
// version it has already shown) and the document cache's change event (the
// Speakers view and a "filter by speaker" document follow an edit).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, poll, restoreText, SEED_MEETING, symbolsOf, TestApi, workspaceFile } from './util';

let api: TestApi;

suiteSetup(async () => {
  api = await activateExtension();
});

/** A copy of the meeting seed at a URI no other test opens, as a transcript in the active editor. */
async function showCopy(folder: string): Promise<vscode.TextEditor> {
  const copy = vscode.Uri.joinPath(workspaceFile(SEED_MEETING), '..', folder, SEED_MEETING);
  await vscode.workspace.fs.copy(workspaceFile(SEED_MEETING), copy, { overwrite: true });
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(copy), 'transcript');
  return vscode.window.showTextDocument(doc);
}

/** The number of topic children of Putin's opening turn (line 16) in the outline. */
async function openingChildren(doc: vscode.TextDocument): Promise<number | undefined> {
  return (await symbolsOf(doc)).find((s) => s.range.start.line === 16)?.children.length;
}

suite('configuration service', () => {
  test('the outline already shown for a version drops and regains its topics when transcript.outline.showTopics changes', async () => {
    const editor = await showCopy('config');
    const doc = editor.document;
    const version = doc.version;
    const config = vscode.workspace.getConfiguration('transcript');
    try {
      const shown = await poll(() => openingChildren(doc), (n) => (n ?? 0) >= 3);
      assert.ok((shown ?? 0) >= 3, `the opening turn has ${shown} topic children`);
      // VS Code keeps the symbols of a document version: only a refresh on the setting's change shows the new ones.
      await config.update('outline.showTopics', false, vscode.ConfigurationTarget.Global);
      assert.strictEqual(await poll(() => openingChildren(doc), (n) => n === 0), 0, 'topics still shown with showTopics off');
      await config.update('outline.showTopics', undefined, vscode.ConfigurationTarget.Global);
      const again = await poll(() => openingChildren(doc), (n) => (n ?? 0) >= 3);
      assert.ok((again ?? 0) >= 3, `the opening turn has ${again} topic children with showTopics back on`);
      assert.strictEqual(doc.version, version, 'the document was not edited');
    } finally {
      await config.update('outline.showTopics', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

suite('transcript change event', () => {
  test('the Speakers view follows an edit of the active transcript: a new speaker, then gone again', async () => {
    const editor = await showCopy('change-event');
    const doc = editor.document;
    const original = doc.getText();
    const labels = () => api.speakersView().map((i) => i.label);
    try {
      assert.strictEqual((await poll(labels, (l) => l.length === 5)).length, 5);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(99, 0), 'Ivan Petrov: One more word.\n\n')));
      const added = await poll(labels, (l) => l.includes('Ivan Petrov'));
      assert.deepStrictEqual(added, ['Vladimir Putin', 'Sergei Sobyanin', 'Denis Pushilin', 'Ivan Petrov', 'Leonid Pasechnik', 'Mikhail Kotyukov']);
      await restoreText(doc, original);
      const restored = await poll(labels, (l) => !l.includes('Ivan Petrov'));
      assert.deepStrictEqual(restored, ['Vladimir Putin', 'Sergei Sobyanin', 'Denis Pushilin', 'Leonid Pasechnik', 'Mikhail Kotyukov']);
    } finally {
      await restoreText(doc, original);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a "filter by speaker" document follows an edit of its source (it re-renders only on the change event)', async () => {
    const editor = await showCopy('change-filter');
    const source = editor.document;
    const original = source.getText();
    try {
      await vscode.commands.executeCommand('transcript.filterBySpeaker', 'Denis Pushilin');
      const filtered = await poll(() => vscode.window.activeTextEditor?.document, (d) => d?.uri.scheme === 'transcript-speaker');
      assert.ok(filtered && filtered.uri.scheme === 'transcript-speaker', 'the filtered document is not active');
      assert.ok(!filtered.getText().includes('One more word'));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(source.uri, new vscode.Position(99, 0), 'Denis Pushilin: One more word.\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const text = await poll(() => filtered.getText(), (t) => t.includes('One more word'));
      assert.ok(text.includes('One more word'), `the filtered document did not follow the edit:\n${text.slice(0, 300)}`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await restoreText(source, original);
      await vscode.window.showTextDocument(source);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
