// The formats corpus (test/fixtures/formats: 83 transcripts in 8 labelling styles, none from
// Kremlin.ru) as a second input of the bench's size: its pages in order (folders, then files,
// by name), repeated until 10 MiB (1 MiB with --quick), LF line ends, a blank line between
// pages, as the Kremlin input is built. On it, the figures the Kremlin input has: parse against
// the floor (formatsParseVsFloor) and the one-character edit in the middle, re-outlined
// (formatsEditReoutlineMs), with the same code; then issue 13's targets for both inputs.
'use strict';

const fs = require('fs');
const path = require('path');
const { buildTranscript, corpusPages, MIB, ROOT } = require('./input');
const { floorRow, parseRow } = require('./document');
const { timeMiddleEdit, editPathNote } = require('./edit');
const { exactTimes, int, mib, ms, ratio } = require('./table');
const { round3 } = require('./context');

const FORMATS_DIR = path.join(ROOT, 'test', 'fixtures', 'formats');

/** The formats corpus's pages: the folders in name order, each folder's `.txt` files in name order. */
function formatsPages(dir = FORMATS_DIR) {
  const folders = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return folders.flatMap((folder) => corpusPages(path.join(dir, folder)));
}

/** Issue 13's targets: [figure, its median, the target, how it is printed]. */
function targetRows(ctx, formats) {
  const m = ctx.measured;
  const targets = [
    ['formatsParseVsFloor (formats text)', ratio(m.formatsParseMs?.median, m.formatsFloorMs?.median), 3, exactTimes],
    ['parseVsFloor (Kremlin text)', ratio(m.parseMs?.median, m.floorMs?.median), 2.5, exactTimes],
    ['formatsEditReoutlineMs (formats text)', formats.median, 2, ms],
    ['editReoutlineMs (Kremlin text)', m.editReoutlineMs?.median, 2, ms],
  ];
  return targets.map(([label, value, target, show]) => ({
    label: `  ${label}`,
    text: `${show(value)}   target ≤ ${show(target)}: ${value === undefined ? 'not measured' : value <= target ? 'met' : 'NOT met'}`,
  }));
}

/** The formats text's floor, parse and edit rows, and the targets of both inputs. */
const measurement = {
  name: 'formats',
  title: 'Formats corpus text',
  needs: ['floor', 'parse', 'edits'],
  async run(ctx) {
    const input = buildTranscript((ctx.quick ? 1 : 10) * MIB, formatsPages());
    const { text } = input;
    const floor = await floorRow(ctx, 'formatsFloorMs', text);
    const parse = await parseRow(ctx, 'formatsParseMs', text, 'formatsFloorMs');
    const { loop, m: edit } = await timeMiddleEdit(ctx, 'formatsEditReoutlineMs', text);
    ctx.notes.push(`formats ${editPathNote(loop)}`);
    Object.assign(ctx.json, { formatsEditReoutlineMs: round3(edit.median), formatsInput: { bytes: input.bytes, chars: text.length, pages: input.pages } });
    return [
      {
        section: `Formats corpus text (${mib(input.bytes)}, ${int(text.length)} UTF-16 units): ${int(input.pages)} pages = ` +
          `the ${input.corpusPages} pages of test/fixtures/formats ×${input.rounds.toFixed(2)}, LF line ends`,
      },
      floor,
      parse,
      { label: `update + re-outline, a character in the middle (line ${int(loop.at.line + 1)})`, m: edit, vs: ctx.vs(edit, 'formatsFloorMs') },
      { label: 'Issue 13 targets (medians)', text: '' },
      ...targetRows(ctx, edit),
    ];
  },
};

module.exports = { measurement, formatsPages };
