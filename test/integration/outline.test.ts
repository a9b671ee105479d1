// Integration tests, run inside a real VS Code by ./index.ts: the extension's
// outline (document symbols), folding ranges, language auto-detection and the
// "Treat This File as a Transcript" command, on the seeds (the workspace folder
// is a fresh copy of seeds/, see runTest.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, DEADLINE_MS, foldingRangesOf, openAsTranscript, openDocument, poll, SEED_MEETING, SEED_SUMMARY, symbolsOf, workspaceFile } from './util';

suiteSetup(async () => {
  await activateExtension();
});

suite('language: auto-detect and "Treat This File as a Transcript"', () => {
  test('transcript.autoDetect defaults to true', () => {
    const inspected = vscode.workspace.getConfiguration('transcript').inspect<boolean>('autoDetect');
    assert.strictEqual(inspected?.defaultValue, true);
    assert.strictEqual(vscode.workspace.getConfiguration('transcript').get('autoDetect'), true);
  });

  test('opening the meeting seed (.txt, plaintext) switches it to transcript', async () => {
    // A copy at a URI no other test opens, so that nothing else can have set its language.
    const source = workspaceFile(SEED_MEETING);
    const copy = vscode.Uri.joinPath(source, '..', 'autodetect', SEED_MEETING);
    await vscode.workspace.fs.copy(source, copy, { overwrite: true });
    assert.strictEqual(openDocument(copy), undefined, 'the copy is already open');

    const opened = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(opened);
    const language = await poll(
      () => openDocument(copy)?.languageId ?? opened.languageId,
      (id) => id === 'transcript',
    );
    assert.strictEqual(language, 'transcript', `the language stayed ${language} for ${DEADLINE_MS} ms`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the command transcript.treatAsTranscript switches a plain-text editor to transcript', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('transcript.treatAsTranscript'), 'command transcript.treatAsTranscript is not registered');

    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Shopping list\n\nMilk, bread and eggs.\n\nCall the plumber on Monday.\n',
    });
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');
    try {
      await vscode.commands.executeCommand('transcript.treatAsTranscript');
      const language = await poll(
        () => openDocument(doc.uri)?.languageId ?? doc.languageId,
        (id) => id === 'transcript',
      );
      assert.strictEqual(language, 'transcript');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

suite('outline: meeting with newly elected regional heads', () => {
  let doc: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];

  suiteSetup(async () => {
    doc = await openAsTranscript(SEED_MEETING);
    assert.strictEqual(doc.languageId, 'transcript');
    symbols = await symbolsOf(doc);
  });

  test('18 top-level symbols: the header, then 17 turns', () => {
    assert.strictEqual(symbols.length, 18, `symbols: ${JSON.stringify(symbols.map((s) => [s.name, s.range.start.line]))}`);
  });

  test('the header symbol: title, with date and place in its detail', () => {
    const header = symbols[0];
    assert.strictEqual(header.name, 'Meeting with newly elected regional heads');
    assert.ok(header.detail.includes('September 28, 2023'), `header detail: ${JSON.stringify(header.detail)}`);
    assert.ok(header.detail.includes('The Kremlin, Moscow'), `header detail: ${JSON.stringify(header.detail)}`);
  });

  test('the turns start at the lines of the speaker labels', () => {
    assert.deepStrictEqual(
      symbols.slice(1).map((s) => s.range.start.line),
      [16, 54, 72, 76, 78, 80, 96, 100, 102, 104, 116, 122, 124, 126, 128, 130, 144],
    );
  });

  test('the turns are named after their speakers', () => {
    assert.deepStrictEqual(
      symbols.slice(1).map((s) => s.name),
      [
        'Vladimir Putin',
        'Sergei Sobyanin',
        'Vladimir Putin',
        'Denis Pushilin',
        'Vladimir Putin',
        'Denis Pushilin',
        'Vladimir Putin',
        'Leonid Pasechnik',
        'Vladimir Putin',
        'Leonid Pasechnik',
        'Vladimir Putin',
        'Leonid Pasechnik',
        'Vladimir Putin',
        'Mikhail Kotyukov',
        'Vladimir Putin',
        'Mikhail Kotyukov',
        'Vladimir Putin',
      ],
    );
  });

  test("a turn's detail is the speaker's role", () => {
    const turn = symbols.find((s) => s.range.start.line === 126);
    assert.ok(turn, 'no symbol starts at line 126');
    assert.strictEqual(turn.detail, 'Krasnoyarsk Territory Governor');
  });

  test("the first turn spans Putin's opening remarks; its selection is the label", () => {
    const first = symbols[1];
    assert.strictEqual(first.range.start.line, 16);
    assert.strictEqual(first.range.end.line, 52);
    const sel = first.selectionRange;
    assert.deepStrictEqual(
      [sel.start.line, sel.start.character, sel.end.line, sel.end.character],
      [16, 0, 16, 34],
      `selectionRange covers ${JSON.stringify(doc.getText(sel))}`,
    );
    // The seed writes "of\u00a0Russia" (a no-break space).
    assert.strictEqual(doc.getText(sel).replace(/\s/g, ' '), 'President of Russia Vladimir Putin');
  });

  test("folding: the header and Putin's opening turn fold", async () => {
    const ranges = await foldingRangesOf(doc);
    const all = JSON.stringify(ranges.map((r) => [r.start, r.end]));
    assert.ok(ranges.some((r) => r.start === 16 && r.end === 52), `no folding range 16..52 in ${all}`);
    assert.ok(ranges.some((r) => r.start === 10), `no folding range starting at line 10 (the header) in ${all}`);
  });
});

suite('outline: summary without speaker labels (Smolensk Region)', () => {
  test('with topics off: the title, then one symbol per body paragraph', async () => {
    // With transcript.outline.showTopics on (the default) the body is listed by topic (topics.test.ts).
    const config = vscode.workspace.getConfiguration('transcript');
    await config.update('outline.showTopics', false, vscode.ConfigurationTarget.Global);
    const doc = await openAsTranscript(SEED_SUMMARY);
    const symbols = await poll(() => symbolsOf(doc), (s) => s.length === 13).finally(() =>
      config.update('outline.showTopics', undefined, vscode.ConfigurationTarget.Global));
    assert.strictEqual(symbols[0].name, 'Meeting with Smolensk Region Governor Vasily Anokhin');
    const paragraphs = symbols.slice(1);
    assert.strictEqual(paragraphs.length, 12, `symbols: ${JSON.stringify(symbols.map((s) => [s.name, s.range.start.line]))}`);
    assert.strictEqual(paragraphs[0].range.start.line, 6);
    assert.deepStrictEqual(
      paragraphs.map((s) => s.range.start.line),
      [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    );
  });
});
