// Hovers inside VS Code (issue 3): the region card on "Krasnoyarsk Territory" and the speaker card on a label.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openAsTranscript, SEED_MEETING } from './util';

function text(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

suiteSetup(async () => {
  await activateExtension();
});

suite('hovers', () => {
  test('"Krasnoyarsk Territory" shows the region card with its figures', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(126, 5));
    const md = text(hovers);
    for (const want of ['Красноярский край', 'Siberian Federal District', 'RU-KYA', '2,856,971', 'Mikhail Kotyukov']) assert.ok(md.includes(want), `${want} in ${md}`);
    for (const h of hovers) for (const c of h.contents) if (c instanceof vscode.MarkdownString) assert.ok(!c.isTrusted && !c.supportHtml, 'hover Markdown is not trusted');
  });

  test('a speaker label shows the speaker card', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const md = text(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(76, 45)));
    assert.match(md, /Denis Pushilin/);
    assert.match(md, /first turn \| line 77/);
  });

  test('a label holding a link shows it as text: the card has no link syntax', async () => {
    const label = 'Director [www.evil.example/x] Ivan Petrov';
    const content = `Meeting with Government members\n\nJune 10, 2024\n\n${label}: Good afternoon.\n\nIvan Petrov: Write to name@evil.example or see https://evil.example.\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'transcript', content });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(4, 3));
    const md = text(hovers);
    assert.match(md, /Ivan Petrov/);
    assert.ok(md.includes('\\[www&#46;evil.example/x\\]'), md);
    // No autolink (www., scheme://, name@host), no Markdown link or autolink in angle brackets, no HTML.
    assert.ok(!/www\.|:\/\/|@|(^|[^\\])\]\(|<[a-z!/]/i.test(md), md);
  });

  test('plain speech without a place shows no transcript hover', async () => {
    const doc = await openAsTranscript(SEED_MEETING);
    const md = text(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(16, 45)));
    assert.ok(!/RU-|first turn/.test(md), md);
  });
});
