// Integration tests for issue 13 (editor side): the summary seed switches by its
// dated header and opens with its topic outline; a WebVTT file keeps its language
// and gets the outline, folding and label colouring; semantic tokens colour what
// the outline lists.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, DEADLINE_MS, foldingRangesOf, openAsTranscript, openDocument, poll, SEED_MEETING, SEED_SUMMARY, symbolsOf, workspaceFile } from './util';

const VTT = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  'Anna Ivanova: Good morning, everyone, and welcome to the meeting.',
  '',
  '00:00:04.500 --> 00:00:07.000',
  'Ivan Petrov: Thank you, Anna. Shall we begin with the budget?',
  '',
  '00:00:07.500 --> 00:00:10.000',
  'Anna Ivanova: Yes, the budget first, then the schools.',
  '',
].join('\n');

/** The semantic tokens of a document decoded as [line, text, type]. */
async function labelTokens(doc: vscode.TextDocument): Promise<[number, string, string][]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await poll(
    () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
    (t) => !!t && t.data.length > 0,
  );
  assert.ok(legend && tokens, `no semantic tokens for ${doc.uri.fsPath}`);
  const out: [number, string, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push([line, doc.lineAt(line).text.slice(character, character + length), legend.tokenTypes[type]]);
  }
  return out;
}

suiteSetup(async () => {
  await activateExtension();
});

suite('auto-detection: the summary seed (no speakers) opens with its topic outline', () => {
  test('opening it as plain text switches it to transcript by its dated header', async () => {
    const source = workspaceFile(SEED_SUMMARY);
    const copy = vscode.Uri.joinPath(source, '..', 'autodetect-summary', SEED_SUMMARY);
    await vscode.workspace.fs.copy(source, copy, { overwrite: true });
    assert.strictEqual(openDocument(copy), undefined, 'the copy is already open');
    const opened = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(opened);
    const language = await poll(() => openDocument(copy)?.languageId ?? opened.languageId, (id) => id === 'transcript');
    assert.strictEqual(language, 'transcript', `the language stayed ${language} for ${DEADLINE_MS} ms`);
    const symbols = await symbolsOf(openDocument(copy) ?? opened);
    assert.ok(symbols.length >= 5 && symbols.slice(1).some((s) => s.name === 'Healthcare'), symbols.map((s) => s.name).join(', '));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

suite('WebVTT files: served as they are', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    const uri = vscode.Uri.joinPath(workspaceFile(SEED_MEETING), '..', 'captions', 'meeting.vtt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(VTT, 'utf8'));
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });

  test('keeps its language (not switched to transcript)', async () => {
    await symbolsOf(doc);
    assert.notStrictEqual(openDocument(doc.uri)?.languageId, 'transcript');
  });

  test('the outline lists its three turns by speaker, and they fold', async () => {
    const turns = (await symbolsOf(doc)).filter((s) => s.kind === vscode.SymbolKind.Event);
    assert.deepStrictEqual(turns.map((s) => [s.name, s.range.start.line]), [['Anna Ivanova', 3], ['Ivan Petrov', 6], ['Anna Ivanova', 9]]);
    assert.ok((await foldingRangesOf(doc)).length >= 2);
  });

  test('its labels are coloured: name and colon', async () => {
    const names = (await labelTokens(doc)).filter(([, , type]) => type === 'type');
    assert.deepStrictEqual(names.map(([line, text]) => [line, text]), [[3, 'Anna Ivanova'], [6, 'Ivan Petrov'], [9, 'Anna Ivanova']]);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

suite('semantic tokens: what is coloured is what the outline lists', () => {
  test('the meeting seed: one name token per turn, role tokens for the roles', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const turns = (await symbolsOf(doc)).filter((s) => s.kind === vscode.SymbolKind.Event);
    const tokens = await labelTokens(doc);
    assert.deepStrictEqual(tokens.filter(([, , t]) => t === 'type').map(([line]) => line), turns.map((s) => s.range.start.line));
    assert.ok(tokens.some(([, text, t]) => t === 'property' && text === 'Krasnoyarsk Territory Governor'));
  });
});
