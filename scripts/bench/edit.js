// Re-outline after a one-character edit, through the path the extension takes
// on onDidChangeTextDocument: ModelCache.update(document, contentChanges),
// then the outline over document.lineAt from the document's OutlineBuilder
// (as the symbol provider keeps one per document). The document mirrors VS Code's
// extension-host TextDocument (MirrorTextModel): an array of lines, edited in
// place; getText() joins them, once per version.
'use strict';

/** A document as the extension host keeps it. */
class MirrorDocument {
  constructor(uri, text) {
    this.uri = { toString: () => uri };
    this.lines = text.split('\n');
    this.version = 1;
    this.cachedText = text;
  }
  get lineCount() {
    return this.lines.length;
  }
  getText() {
    this.cachedText ??= this.lines.join('\n');
    return this.cachedText;
  }
  lineAt(line) {
    return { text: this.lines[line] };
  }
  /** Applies a single-line change (as the extension host does before firing the event); returns the change event. */
  apply(line, character, deleteCount, insert) {
    const old = this.lines[line];
    let rangeOffset = 0;
    for (let l = 0; l < line; l++) rangeOffset += this.lines[l].length + 1;
    rangeOffset += character;
    this.lines[line] = old.slice(0, character) + insert + old.slice(character + deleteCount);
    this.version++;
    this.cachedText = null;
    return {
      range: { start: { line, character }, end: { line, character: character + deleteCount } },
      rangeOffset,
      rangeLength: deleteCount,
      text: insert,
    };
  }
}

/** A paragraph of speech (not a label line, at least 200 characters) from the middle of the document on, and a character in its middle. */
function middleSpeechLine(model) {
  const mid = model.lineCount >> 1;
  const labelLines = new Set(model.turns.map((t) => t.span.start.line));
  const p = model.paragraphs.find((q) => q.line >= mid && q.kind === 'text' && !labelLines.has(q.line) && q.span.end.character - q.span.start.character >= 200);
  if (!p) throw new Error('no speech line in the second half of the document');
  return { line: p.line, character: (p.span.start.character + p.span.end.character) >> 1 };
}

/**
 * A prepared edit loop over `text`: `step()` inserts one character in the
 * middle (or removes it again, alternately) untimed, and returns the timed
 * work: update the cache, then build the outline.
 */
function prepareEditLoop(core, text) {
  const cache = new core.ModelCache();
  const doc = new MirrorDocument('file:///bench/transcript.txt', text);
  const model = cache.get(doc);
  const at = middleSpeechLine(model);
  const hasUpdate = typeof cache.update === 'function';
  const reader = (line) => (line < doc.lineCount ? doc.lineAt(line).text : '');
  const stats = { edits: 0, incremental: 0, fullParses: 0 };
  const builder = typeof core.OutlineBuilder === 'function' ? new core.OutlineBuilder() : undefined;
  const outlineOf = (m) => (builder ? builder.build(m, reader) : core.buildOutline(m, reader));
  outlineOf(model);
  let inserted = false;
  return {
    hasUpdate,
    at,
    stats,
    doc,
    /** Applies the next edit to the document (untimed); returns the timed re-outline for it. */
    step() {
      const change = inserted ? doc.apply(at.line, at.character, 1, '') : doc.apply(at.line, at.character, 0, 'x');
      inserted = !inserted;
      return () => {
        const parsesBefore = cache.parseCount;
        let next = hasUpdate ? cache.update(doc, [change]) : undefined;
        next ??= cache.get(doc);
        const outline = outlineOf(next);
        stats.edits++;
        if (cache.parseCount > parsesBefore) stats.fullParses++;
        else stats.incremental++;
        return outline;
      };
    },
  };
}

module.exports = { prepareEditLoop, MirrorDocument };
