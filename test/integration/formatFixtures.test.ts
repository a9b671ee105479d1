// Integration tests of the formats corpus (issue 13) inside a real VS Code: a White
// House briefing with colon-less `Q` lines, a primary debate with bare surnames
// (`BLITZER:`), and a WebVTT caption file kept in its own language. Each file is
// copied from test/fixtures/formats/ (in the extension's folder) into the
// workspace under formats/, and its outline is compared with the hand-checked
// ground truth beside it (`<id>.json`, lines 1-based).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openDocument, poll, symbolsOf, workspaceFile } from './util';

/** The ground truth of a formats fixture (test/fixtures/formats/README.md). */
interface GroundTruth {
  readonly turns: readonly { readonly line: number; readonly label: string; readonly speaker: string }[];
}

/** A file of test/fixtures/formats/ in the extension's folder. */
function fixture(relative: string): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'fixtures', 'formats', relative);
}

async function groundTruth(id: string): Promise<GroundTruth> {
  return JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(fixture(`${id}.json`))).toString('utf8')) as GroundTruth;
}

/** Copies `<id>.txt` into the workspace as formats/<name>; fails when a document at that URI is already open. */
async function copyIntoWorkspace(id: string, name: string): Promise<vscode.Uri> {
  const target = vscode.Uri.joinPath(workspaceFile('formats'), name);
  await vscode.workspace.fs.copy(fixture(`${id}.txt`), target, { overwrite: true });
  assert.strictEqual(openDocument(target), undefined, `${name} is already open`);
  return target;
}

/** Opens the file in an editor, as a user does, and waits for auto-detection to make it a transcript. */
async function openAutoDetected(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const doc = await poll(() => openDocument(uri), (d) => d?.languageId === 'transcript');
  assert.strictEqual(doc?.languageId, 'transcript', `${uri.path} was not switched to transcript (language ${doc?.languageId})`);
  return doc;
}

/** The turn symbols of an outline (kind Event, at any depth), in document order. */
function turnSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  const visit = (list: readonly vscode.DocumentSymbol[]) => {
    for (const s of list) {
      if (s.kind === vscode.SymbolKind.Event) out.push(s);
      visit(s.children);
    }
  };
  visit(symbols);
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** `line speaker` rows (lines 1-based), for comparison with the ground truth. */
function rows(turns: readonly vscode.DocumentSymbol[]): string[] {
  return turns.map((s) => `${s.range.start.line + 1} ${s.name}`);
}

function truthRows(truth: GroundTruth): string[] {
  return truth.turns.map((t) => `${t.line} ${t.speaker}`);
}

/**
 * Copies `<id>.txt` into the workspace (formats/<file name>.txt), opens it as a user
 * does, and gives its ground truth and the turn symbols of its outline.
 */
async function openedFixture(id: string): Promise<{ doc: vscode.TextDocument; truth: GroundTruth; turns: vscode.DocumentSymbol[] }> {
  const truth = await groundTruth(id);
  const doc = await openAutoDetected(await copyIntoWorkspace(id, `${id.slice(id.indexOf('/') + 1)}.txt`));
  return { doc, truth, turns: turnSymbols(await symbolsOf(doc)) };
}

suiteSetup(async () => {
  await activateExtension();
});

suite('formats: a White House briefing with colon-less Q lines', () => {
  const ID = 'briefings/wh-2024-04-05-gaggle-kirby';
  let doc: vscode.TextDocument;
  let truth: GroundTruth;
  let turns: vscode.DocumentSymbol[];

  suiteSetup(async () => {
    ({ doc, truth, turns } = await openedFixture(ID));
  });

  test('the .txt file is auto-detected as a transcript and its outline lists the 75 turns of the ground truth, by speaker', () => {
    assert.strictEqual(truth.turns.length, 75);
    assert.deepStrictEqual(rows(turns), truthRows(truth));
  });

  test('the Q entries are at the lines of the reporters’ questions, which have no colon', () => {
    const expected = truth.turns.filter((t) => t.label === 'Q').map((t) => t.line);
    assert.strictEqual(expected.length, 29);
    for (const line of expected) {
      // `Q` then (no-break) spaces, no colon: the form this test is about.
      assert.match(doc.lineAt(line - 1).text, /^Q\s+[^\s:]/, `line ${line} of the fixture`);
    }
    assert.deepStrictEqual(
      turns.filter((s) => s.name === 'Q').map((s) => s.range.start.line + 1),
      expected,
    );
    const first = turns.find((s) => s.name === 'Q');
    assert.ok(first);
    assert.strictEqual(doc.getText(first.selectionRange), 'Q', 'the selection of a Q turn is its label');
  });
});

suite('formats: a primary debate with bare-surname labels (CNN, April 2016)', () => {
  const ID = 'debates/dem-2016-04-14-cnn';

  test('every ground-truth turn is a symbol at its line, named by the speaker (BLITZER, SANDERS, CLINTON)', async () => {
    const { doc, truth, turns } = await openedFixture(ID);
    assert.deepStrictEqual(rows(turns), truthRows(truth));
    const names = new Set(turns.map((s) => s.name));
    for (const name of ['BLITZER', 'SANDERS', 'CLINTON']) assert.ok(names.has(name), `no turn of ${name}: ${[...names].join(', ')}`);
    assert.match(doc.lineAt(turns[0].range.start.line).text, /^BLITZER: /);
  });
});

suite('formats: a WebVTT caption file keeps its language', () => {
  const ID = 'subtitles/ableplayer-blocks4all-captions';

  test('a .vtt file gets its <v> speakers in the outline, and is not switched to transcript', async () => {
    const truth = await groundTruth(ID);
    const uri = await copyIntoWorkspace(ID, 'ableplayer-blocks4all-captions.vtt');
    const opened = await vscode.workspace.openTextDocument(uri);
    const language = opened.languageId;
    await vscode.window.showTextDocument(opened, { preview: false });
    assert.notStrictEqual(language, 'transcript', 'VS Code itself opened the .vtt file as transcript');

    // A barrier: auto-detection runs for each document as it opens, in order. Once a
    // transcript opened after the .vtt file has been switched, any switch of the
    // .vtt file would have been seen too.
    await openAutoDetected(await copyIntoWorkspace('briefings/wh-2024-04-05-gaggle-kirby', 'opened-after-the-vtt.txt'));
    assert.strictEqual(openDocument(uri)?.languageId, language, `the .vtt file was switched from ${language}`);

    const doc = openDocument(uri) ?? opened;
    const turns = turnSymbols(await symbolsOf(doc));
    assert.deepStrictEqual(rows(turns), truthRows(truth));
    assert.deepStrictEqual(
      [...new Set(turns.map((s) => s.name))],
      ["Boon's Mom", "Boon's Dad", 'Boon', 'Richard Ladner', 'Lauren Milne', 'Adults in the background'],
    );
    assert.strictEqual(openDocument(uri)?.languageId, language, 'asking for the outline switched the language');
  });
});

suite('formats: a timestamped podcast transcript', () => {
  const ID = 'timestamped/ladybug-01-new-career';

  test('each turn’s outline detail starts with its time (`Ali [00:00:00] …` → `00:00:00 · …`)', async () => {
    const { doc, truth, turns } = await openedFixture(ID);
    assert.deepStrictEqual(rows(turns), truthRows(truth));
    const details = turns.slice(0, 3).map((s) => s.detail.slice(0, 11));
    assert.deepStrictEqual(details, ['00:00:00 · ', '00:00:30 · ', '00:00:33 · ']);
    for (const s of turns) {
      const time = /\[([\d:]{8})\]/.exec(doc.lineAt(s.range.start.line).text)?.[1];
      assert.ok(time && s.detail.startsWith(`${time} · `), `line ${s.range.start.line + 1}: detail ${JSON.stringify(s.detail)}`);
    }
  });
});
