// Re-outline after an edit, through the path the extension takes on
// onDidChangeTextDocument: ModelCache.update(document, contentChanges), then
// the outline over document.lineAt from the document's OutlineBuilder (as the
// symbol provider keeps one per document), and with `topics` the topic
// segments from the document's TopicSegmenter first (as the outline asks for
// them when transcript.outline.showTopics is on). The document mirrors VS
// Code's extension-host TextDocument (MirrorTextModel): an array of lines,
// edited in place; getText() joins them, once per version.
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
  /** Offset of a position (untimed bookkeeping). */
  offsetAt(line, character) {
    let offset = 0;
    for (let l = 0; l < line; l++) offset += this.lines[l].length + 1;
    return offset + character;
  }
  /**
   * Replaces the range from (startLine, startCharacter) to (endLine, endCharacter) by `insert`
   * (which may hold line feeds), as the extension host does before firing the event; returns
   * the change event.
   */
  replace(startLine, startCharacter, endLine, endCharacter, insert) {
    const rangeOffset = this.offsetAt(startLine, startCharacter);
    const rangeLength = this.offsetAt(endLine, endCharacter) - rangeOffset;
    const merged = this.lines[startLine].slice(0, startCharacter) + insert + this.lines[endLine].slice(endCharacter);
    this.lines.splice(startLine, endLine - startLine + 1, ...merged.split('\n'));
    this.version++;
    this.cachedText = null;
    return {
      range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } },
      rangeOffset,
      rangeLength,
      text: insert,
    };
  }
  /** Applies a single-line change; returns the change event. */
  apply(line, character, deleteCount, insert) {
    return this.replace(line, character, line, character + deleteCount, insert);
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

/** A turn from the middle of the document on whose label line holds at least 200 characters of speech. */
function middleLabelLine(model) {
  const mid = model.lineCount >> 1;
  const t = model.turns.find((u) => u.span.start.line >= mid && !model.speakers.find((s) => s.key === u.speaker)?.generic && u.span.end.line > u.span.start.line);
  if (!t) throw new Error('no turn in the second half of the document');
  return t;
}

/**
 * The edits the bench can time, each applied and undone alternately:
 * - speech: insert a character in the middle of a speech line (the bench's editReoutlineMs);
 * - afterLabel: insert a character in the speech on a label line, after the colon;
 * - label: insert a character inside a label (the speakers are grouped again);
 * - enter: split a speech line in two (every later line, turn and paragraph shifts).
 */
const EDITS = {
  speech: (model) => {
    const at = middleSpeechLine(model);
    return { at, insert: (doc) => doc.apply(at.line, at.character, 0, 'x'), undo: (doc) => doc.apply(at.line, at.character, 1, '') };
  },
  afterLabel: (model) => {
    const t = middleLabelLine(model);
    const at = { line: t.span.start.line, character: t.speechStart.character + 3 };
    return { at, insert: (doc) => doc.apply(at.line, at.character, 0, 'x'), undo: (doc) => doc.apply(at.line, at.character, 1, '') };
  },
  label: (model) => {
    const t = middleLabelLine(model);
    const at = { line: t.span.start.line, character: t.nameSpan.start.character + 1 };
    return { at, insert: (doc) => doc.apply(at.line, at.character, 0, 'x'), undo: (doc) => doc.apply(at.line, at.character, 1, '') };
  },
  enter: (model) => {
    const at = middleSpeechLine(model);
    return { at, insert: (doc) => doc.apply(at.line, at.character, 0, '\n'), undo: (doc) => doc.replace(at.line, at.character, at.line + 1, 0, '') };
  },
};

/**
 * A prepared edit loop over `text`: `step()` applies the next edit to the document (untimed)
 * and returns the timed work: update the cache, then build the outline (with topic segments
 * when `topics`). `kind` is one of {@link EDITS}.
 */
function prepareEditLoop(core, text, { kind = 'speech', topics = false } = {}) {
  const cache = new core.ModelCache(new core.TranscriptParser(core.englishProfile()));
  const doc = new MirrorDocument('file:///bench/transcript.txt', text);
  const model = cache.get(doc);
  const edit = EDITS[kind](model);
  const hasUpdate = typeof cache.update === 'function';
  const reader = (line) => (line < doc.lineCount ? doc.lineAt(line).text : '');
  const stats = { edits: 0, incremental: 0, fullParses: 0 };
  const builder = typeof core.OutlineBuilder === 'function' ? new core.OutlineBuilder() : undefined;
  const segmenter = topics ? new core.TopicSegmenter(core.defaultLexicon()) : undefined;
  const outlineOf = (m) => {
    const segments = segmenter ? segmenter.segments(m, reader) : undefined;
    return builder ? builder.build(m, reader, segments) : core.buildOutline(m, reader, segments);
  };
  outlineOf(model);
  let inserted = false;
  return {
    hasUpdate,
    at: edit.at,
    stats,
    doc,
    /** Applies the next edit to the document (untimed); returns the timed re-outline for it. */
    step() {
      const change = inserted ? edit.undo(doc) : edit.insert(doc);
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

const { int } = require('./table');
const { round3 } = require('./context');

/** Other edits an editor makes, through the same path (not part of the acceptance figures): [--json key, loop options, label]. */
const OTHER_EDITS = [
  ['editAfterLabelMs', { kind: 'afterLabel' }, 'a character in the speech on a label line'],
  ['editWithTopicsMs', { kind: 'speech', topics: true }, 'the first edit, outline with topics (the default)'],
  ['editLabelMs', { kind: 'label' }, 'a character inside a label (speakers grouped again)'],
  ['editEnterMs', { kind: 'enter' }, 'Enter in a speech line (later lines, turns, symbols shift)'],
];

/** The other edits of {@link OTHER_EDITS}, a row each. */
async function otherEditRows(ctx) {
  const rows = [];
  for (const [key, options, label] of OTHER_EDITS) {
    const other = prepareEditLoop(ctx.core, ctx.text, options);
    const m = await ctx.time(key, (work) => work(), { full: [3, 12, 3000], quick: [2, 5, 1000] }, { setup: () => other.step(), minReps: 4 });
    rows.push({ label: `  ${label}`, m, vs: ctx.vs(m) });
    if (other.stats.fullParses > 0) ctx.notes.push(`edit (${label}): ${other.stats.fullParses} of ${other.stats.edits} edits fell back to a full parse.`);
  }
  return rows;
}

/** Which path the edits took, for the notes. */
function editPathNote(loop) {
  if (!loop.hasUpdate) return 'edit: ModelCache.update does not exist yet; each edit was a full parse through ModelCache.get.';
  if (loop.stats.fullParses > 0) return `edit: ModelCache.update fell back to a full parse in ${loop.stats.fullParses} of ${loop.stats.edits} edits.`;
  return `edit: all ${loop.stats.edits} edits went through ModelCache.update without a full parse.`;
}

/**
 * The acceptance edit on `text`, timed under `key`: a character inserted in the middle of a
 * speech line and deleted again, alternately, each followed by the cache update and the
 * re-outline. Returns the loop (its line, its path) and the measurement.
 */
async function timeMiddleEdit(ctx, key, text) {
  const loop = prepareEditLoop(ctx.core, text);
  const m = await ctx.time(key, (work) => work(), { full: [4, 30, 6000], quick: [2, 10, 1000] }, { setup: () => loop.step(), minReps: 6 });
  return { loop, m };
}

/** The bench measurement: a one-character edit in the middle, re-outlined (editReoutlineMs), and other edits. */
const measurement = {
  name: 'edits',
  title: 'One-character edit in the middle, insert and delete alternately',
  needs: ['floor'],
  async run(ctx) {
    const join = await ctx.time('getTextJoinMs', () => ctx.lines.join('\n'), { full: [2, 9, 2000], quick: [1, 3, 500] });
    const { loop, m: edit } = await timeMiddleEdit(ctx, 'editReoutlineMs', ctx.text);
    const editPath = loop.hasUpdate ? 'ModelCache.update' : 'fallback: ModelCache.get = full parse';
    const rows = [
      { section: `One-character edit in the middle (line ${int(loop.at.line + 1)}), insert and delete alternately` },
      { label: `update + re-outline (${editPath})`, m: edit, vs: ctx.vs(edit) },
      { label: '  of which getText() on a new version (lines.join)', m: join, vs: ctx.vs(join) },
      ...(await otherEditRows(ctx)),
    ];
    ctx.notes.push(editPathNote(loop));
    ctx.notes.push('edit: the document mirrors the extension host\'s TextDocument: getText() joins the line array once per version (as MirrorTextModel does), lineAt reads the array.');
    Object.assign(ctx.json, { editReoutlineMs: round3(edit.median), editPath });
    return rows;
  },
};

module.exports = { prepareEditLoop, timeMiddleEdit, editPathNote, MirrorDocument, EDITS, measurement };
