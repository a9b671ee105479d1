/**
 * The Speakers view in the Explorer: the speakers of the active transcript
 * with their turn counts and share of the words; each expands to its turns.
 * It follows the active editor and updates on edits.
 */
import * as vscode from 'vscode';
import { navigation, outline, speakers, text, Transcript } from '../core';
import { Commands, ContextKeys, Views } from '../ids';
import type { DocumentCache } from '../services/documentCache';
import { servesDocument } from './selector';

const { plainUiText } = text;
const { speechDetail } = outline;
const { shareOfWords } = speakers;
const { turnAt } = navigation;

/** A node of the tree: a speaker, or one of its turns. */
type Node = { readonly kind: 'speaker'; readonly key: string } | { readonly kind: 'turn'; readonly key: string; readonly index: number };

/** How long the view waits after an edit before it refreshes. */
const REFRESH_DELAY_MS = 300;

class SpeakersTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  /** Nodes are kept per key so that reveal() finds the same objects. */
  private nodes = new Map<string, Node>();

  constructor(private readonly cache: DocumentCache) {}

  /** Shows the speakers of this document (or nothing). */
  setDocument(document: vscode.TextDocument | undefined): void {
    this.document = document;
    this.refresh();
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  refresh(): void {
    this.nodes = new Map();
    this.changed.fire();
  }

  node(key: string, index?: number): Node {
    const id = index === undefined ? key : `${key}\u0000${index}`;
    let node = this.nodes.get(id);
    if (!node) {
      node = index === undefined ? { kind: 'speaker', key } : { kind: 'turn', key, index };
      this.nodes.set(id, node);
    }
    return node;
  }

  private model(): Transcript | undefined {
    return this.document ? this.cache.get(this.document) : undefined;
  }

  getChildren(element?: Node): Node[] {
    const model = this.model();
    if (!model) return [];
    if (!element) return model.speakers.map((s) => this.node(s.key));
    if (element.kind === 'turn') return [];
    const speaker = model.speakers.find((s) => s.key === element.key);
    return speaker ? speaker.turns.map((i) => this.node(speaker.key, i)) : [];
  }

  getParent(element: Node): Node | undefined {
    return element.kind === 'turn' ? this.node(element.key) : undefined;
  }

  getTreeItem(element: Node): vscode.TreeItem {
    const model = this.model();
    const document = this.document;
    if (!model || !document) return new vscode.TreeItem('');
    const speaker = model.speakers.find((s) => s.key === element.key);
    if (element.kind === 'speaker' && speaker) {
      const words = this.cache.words(document);
      const item = new vscode.TreeItem(plainUiText(speaker.name), vscode.TreeItemCollapsibleState.Collapsed);
      const share = shareOfWords(words, speaker.key);
      item.id = `speaker:${speaker.key}`;
      item.description = `${speaker.turns.length} ${speaker.turns.length === 1 ? 'turn' : 'turns'} · ${share}% of words`;
      item.tooltip = [speaker.name, speaker.role, `${words.speakers.get(speaker.key) ?? 0} words`].filter(Boolean).join('\n');
      item.iconPath = new vscode.ThemeIcon(speaker.generic ? 'comment-discussion' : 'person');
      item.contextValue = 'speaker';
      return item;
    }
    const turn = element.kind === 'turn' ? model.turns[element.index] : undefined;
    if (!turn) return new vscode.TreeItem('');
    const item = new vscode.TreeItem(`line ${turn.span.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.id = `turn:${turn.speaker}:${turn.index}`;
    item.description = plainUiText(speechDetail(turn, (line) => document.lineAt(line).text));
    item.tooltip = `${this.cache.words(document).turns[turn.index]} words`;
    item.contextValue = 'turn';
    item.command = { command: Commands.revealTurn, title: 'Reveal Turn', arguments: [document.uri, turn.span.start.line] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** What the Speakers view shows at its top level (for tests and the extension's API). */
export interface SpeakersViewSnapshot {
  readonly label: string;
  readonly description: string;
}

/** The registered view: a disposable that can also say what it shows. */
export interface SpeakersViewHandle extends vscode.Disposable {
  snapshot(): SpeakersViewSnapshot[];
}

/** Registers the Speakers view, its refresh on editor changes and edits, and "Reveal Current Turn". */
export function registerSpeakersView(cache: DocumentCache): SpeakersViewHandle {
  const provider = new SpeakersTreeProvider(cache);
  const view = vscode.window.createTreeView(Views.speakers, { treeDataProvider: provider, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const follow = (editor: vscode.TextEditor | undefined) => {
    const isTranscript = editor !== undefined && servesDocument(editor.document);
    void vscode.commands.executeCommand('setContext', ContextKeys.activeEditorIsTranscript, isTranscript);
    if (isTranscript) provider.setDocument(editor.document);
    else if (editor) provider.setDocument(undefined);
  };
  follow(vscode.window.activeTextEditor);

  const revealCurrent = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !servesDocument(editor.document)) {
      void vscode.window.showInformationMessage('Transcript Navigator: open a transcript to reveal its current turn.');
      return;
    }
    if (provider.current !== editor.document) provider.setDocument(editor.document);
    const turn = turnAt(cache.get(editor.document), editor.selection.active.line);
    if (!turn) {
      void vscode.window.showInformationMessage('Transcript Navigator: the cursor is not inside a speaker turn.');
      return;
    }
    await view.reveal(provider.node(turn.speaker, turn.index), { select: true, focus: false, expand: true });
  };

  const disposable = vscode.Disposable.from(
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      // A language switch (auto-detect) reopens the document under the new language.
      if (doc === vscode.window.activeTextEditor?.document) follow(vscode.window.activeTextEditor);
    }),
    cache.onDidChangeTranscript((e) => {
      if (e.document !== provider.current) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => provider.refresh(), REFRESH_DELAY_MS);
    }),
    { dispose: () => timer && clearTimeout(timer) },
    vscode.commands.registerCommand(Commands.revealCurrentTurn, revealCurrent),
  );
  const snapshot = () =>
    provider.getChildren().map((node) => {
      const item = provider.getTreeItem(node);
      return { label: String(item.label ?? ''), description: String(item.description ?? '') };
    });
  return { snapshot, dispose: () => disposable.dispose() };
}
