/**
 * transcript-nav: the command-line twin of the extension. It prints the same
 * model the editor features read, as JSON or as a readable table. Argument
 * parsing and printing only; the work is in `core`.
 */
import { relative } from 'path';
import { createTranscriptService, englishProfile, OutlineJson } from './core';
import { errorReason, nodeFileSystem, ReadResult, readTextFile, transcriptFiles } from './node/files';
import { loadRegionData, loadTopicLexiconData } from './services/data';

/** The core for this process (the region and topic data are loaded by the first command that needs them). */
const service = createTranscriptService({ profile: englishProfile(), regions: loadRegionData, topics: loadTopicLexiconData });

const LABEL_STYLE_IDS = service.labelStyles.map((s) => s.id).join(', ');

const USAGE = `Usage: transcript-nav <command> [options]

Commands:
  outline FILE [--json] [--explain] speaker turns, speakers and header of a transcript (with --explain: for
                                    each line that could open a turn, whether it does and why)
  topics FILE [--json] [--explain]  topic segments (with --explain: the keywords that decided them)
  index DIR [--json]                speakers and topics of every transcript under DIR
  regions FILE [--json]             mentions of Russian regions, federal districts, cities and macro-regions
  describe NAME [--json]            the card of a region (as the hover shows it), or its record as JSON

Options:
  --json                  print JSON instead of a table
  --style=ID              outline: read only the labels of this style (${LABEL_STYLE_IDS}; default auto:
                          each document's evidence decides)
  --stats                 print the size, time and memory on stderr (outline, topics, index)
  -h, --help              show this help

Exit codes: 0 success, 1 usage error, 2 missing, unreadable or binary file.
`;

const KNOWN_OPTIONS = ['--json', '--stats', '--explain'];

/** Exit codes: 0 success, 1 usage error, 2 input error (missing, unreadable or binary file). */
const EXIT_USAGE = 1;
const EXIT_INPUT = 2;

class CliError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

/** The one-line message about a file: `transcript-nav: FILE: reason`. */
function fileMessage(file: string, reason: string): string {
  return `transcript-nav: ${file}: ${reason}`;
}

function readTranscriptFile(file: string): string {
  const read = readTextFile(file);
  if (!read.ok) throw new CliError(fileMessage(file, read.reason), EXIT_INPUT);
  return read.text;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The readable form of an outline. */
export function formatOutline(o: OutlineJson): string {
  const out: string[] = [];
  const h = o.header;
  if (h.title) out.push(`Title: ${h.title}`);
  const when = [h.date, h.time, h.place].filter(Boolean).join(', ');
  if (when) out.push(`When:  ${when}`);
  out.push('', `${o.turns.length} turns by ${o.speakers.length} speakers`, '');
  // A loop, not Math.max(...names): a spread of 130,000 turns overflows the stack.
  let width = 7;
  for (const t of o.turns) width = Math.max(width, Math.min(40, t.name.length));
  // Line numbers of six digits and more keep a space after them.
  const num = Math.max(6, String(o.turns.length > 0 ? o.turns[o.turns.length - 1].endLine : 0).length + 1);
  // A time column only when some turn has a time.
  let timeWidth = 0;
  for (const t of o.turns) if (t.time !== null) timeWidth = Math.max(timeWidth, t.time.length + 2, 6);
  out.push(`${pad('line', num)}${pad('end', num)}${timeWidth ? pad('time', timeWidth) : ''}${pad('speaker', width + 2)}label`);
  for (const t of o.turns) {
    const time = timeWidth ? pad(t.time ?? '', timeWidth) : '';
    out.push(`${pad(String(t.line), num)}${pad(String(t.endLine), num)}${time}${pad(t.name, width + 2)}${t.label.replace(/\u00a0/g, ' ')}`);
  }
  out.push('', 'Speakers:');
  for (const s of o.speakers) out.push(`  ${pad(s.name, width + 2)}${pad(`${s.turns} turns`, 11)}${pad(`${s.words} words`, 13)}${s.role ?? ''}`);
  return out.join('\n') + '\n';
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

/** The memory part of a --stats line: the heap and resident memory now, and the most the process has held. */
function memoryStats(): string {
  const { heapUsed, rss } = process.memoryUsage();
  return `heap ${mb(heapUsed)} MB, rss ${mb(rss)} MB, peak rss ${mb(process.resourceUsage().maxRSS * 1024)} MB`;
}

/** One line about the work done, for --stats: size, time, memory. */
function statsLine(what: string, file: string, text: string, ms: number): string {
  return `transcript-nav: ${what} ${mb(nodeFileSystem.stat(file).size)} MB (${text.length} characters) in ${ms.toFixed(0)} ms; ${memoryStats()}\n`;
}

function outline(args: string[], err: (s: string) => void): string {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new CliError(`transcript-nav outline: expected one FILE\n\n${USAGE}`, EXIT_USAGE);
  const labelStyle = styleOption(args);
  const text = readTranscriptFile(files[0]);
  const started = performance.now();
  const model = service.parse(text, { labelStyle });
  if (args.includes('--stats')) err(statsLine('parsed', files[0], text, performance.now() - started));
  const json = service.outline.toOutlineJson(model, text);
  if (args.includes('--explain')) {
    const explain = service.explain(text, { labelStyle }).map((v) => ({ line: v.line + 1, label: v.label, turn: v.accepted, reason: v.reason }));
    if (args.includes('--json')) return JSON.stringify({ ...json, explain }, null, 1) + '\n';
    return formatOutline(json) + '\n' + formatExplain(explain);
  }
  return args.includes('--json') ? JSON.stringify(json, null, 1) + '\n' : formatOutline(json);
}

/** The label style of `--style=ID`, checked; undefined without the option. */
function styleOption(args: readonly string[]): string | undefined {
  const option = args.find((a) => a.startsWith('--style='));
  if (option === undefined) return undefined;
  const id = option.slice('--style='.length);
  if (!service.labelStyles.some((s) => s.id === id)) throw new CliError(`transcript-nav: unknown label style "${id}" (one of ${LABEL_STYLE_IDS})`, EXIT_USAGE);
  return id;
}

/** The `--explain` table: line, turn or not, label, reason. */
function formatExplain(rows: readonly { line: number; label: string; turn: boolean; reason: string }[]): string {
  if (rows.length === 0) return 'No line could open a turn.\n';
  // Loops, not Math.max(...rows): a spread of a long text's rows overflows the stack.
  let width = 4;
  let labelWidth = 5;
  for (const r of rows) {
    width = Math.max(width, String(r.line).length);
    labelWidth = Math.min(40, Math.max(labelWidth, r.label.length));
  }
  const head = `${'line'.padEnd(width)}  turn  ${'label'.padEnd(labelWidth)}  reason\n`;
  return head + rows.map((r) => `${String(r.line).padEnd(width)}  ${(r.turn ? 'yes' : 'no').padEnd(4)}  ${clip(r.label, 40).padEnd(labelWidth)}  ${r.reason}\n`).join('');
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function oneArgument(command: string, args: string[], what: string): string {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new CliError(`transcript-nav ${command}: expected one ${what}\n\n${USAGE}`, EXIT_USAGE);
  return files[0];
}

function topics(args: string[], err: (s: string) => void): string {
  const file = oneArgument('topics', args, 'FILE');
  const text = readTranscriptFile(file);
  const started = performance.now();
  const segments = service.topics.segment(text, service.parse(text));
  if (args.includes('--stats')) err(statsLine('segmented', file, text, performance.now() - started));
  if (args.includes('--json')) {
    const json = service.topics.json(segments);
    if (!args.includes('--explain')) for (const s of json.segments) delete (s as { weights?: unknown }).weights;
    return JSON.stringify(json, null, 1) + '\n';
  }
  return service.topics.format(segments, args.includes('--explain'));
}

/** Checks that DIR is a folder (following a symbolic link). */
function checkFolder(dir: string): void {
  let folder: boolean;
  try {
    folder = nodeFileSystem.stat(dir).isDirectory();
  } catch (e) {
    throw new CliError(fileMessage(dir, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : errorReason(e, dir)), EXIT_INPUT);
  }
  if (!folder) throw new CliError(fileMessage(dir, 'not a directory'), EXIT_INPUT);
}

/**
 * Indexes every transcript under DIR. A file or folder it cannot read gets one line on
 * stderr and is skipped; the exit code is 0 when the rest was indexed.
 */
function index(args: string[], err: (s: string) => void): string {
  const dir = oneArgument('index', args, 'DIR');
  checkFolder(dir);
  const started = performance.now();
  const idx = service.workspace.index();
  const lexicon = service.topics.lexicon();
  let failed = 0;
  let other = 0;
  for (const file of transcriptFiles(dir)) {
    const read: ReadResult = file.reason === undefined ? readTextFile(file.path) : { ok: false, reason: file.reason };
    if (!read.ok) {
      err(fileMessage(file.path, read.reason) + '\n');
      failed++;
    } else if (!idx.set(relative(dir, file.path), read.text, { requireTurns: !file.path.endsWith('.transcript'), lexicon })) {
      other++;
    }
  }
  if (args.includes('--stats')) {
    err(`transcript-nav: indexed ${idx.size} files (${failed} unreadable, ${other} not transcripts) in ${(performance.now() - started).toFixed(0)} ms; ${memoryStats()}\n`);
  }
  const files = idx.all().map((f) => ({
    file: f.uri,
    speakers: f.entries.filter((e) => e.kind === 'speaker').map((e) => ({ name: e.name, role: e.detail || null, lines: (e.turnLines ?? []).map((l) => l + 1) })),
    topics: f.entries.filter((e) => e.kind === 'topic').map((e) => ({ topic: e.name, line: e.line + 1, endLine: e.endLine + 1 })),
  }));
  if (args.includes('--json')) return JSON.stringify({ files }, null, 1) + '\n';
  const lines: string[] = [`${files.length} transcripts`];
  for (const f of files) {
    lines.push('', f.file);
    for (const s of f.speakers) lines.push(`  ${s.name}${s.role ? ` — ${s.role}` : ''}: lines ${s.lines.join(', ')}`);
    const topicNames = [...new Set(f.topics.map((t) => t.topic))];
    if (topicNames.length > 0) lines.push(`  topics: ${topicNames.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

function regions(args: string[]): string {
  const text = readTranscriptFile(oneArgument('regions', args, 'FILE'));
  const analysis = service.regions.analyse(text, service.parse(text));
  const mentions = analysis.mentions.map((m) => ({ line: m.span.start.line + 1, column: m.span.start.character + 1, text: m.text, id: m.id, kind: m.kind }));
  if (args.includes('--json')) return JSON.stringify({ mentions }, null, 1) + '\n';
  const rows = [...analysis.counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => {
    const record = service.regions.recordById(id);
    return `${pad(String(n), 5)}${pad(id, 24)}${record ? `${service.regions.recordName(record)} (${record.kind})` : ''}`;
  });
  return [`${mentions.length} mentions of ${analysis.counts.size} places`, '', `${pad('times', 5)}${pad('id', 24)}name`, ...rows].join('\n') + '\n';
}

function describe(args: string[]): string {
  const name = args.filter((a) => !a.startsWith('--')).join(' ').trim();
  if (!name) throw new CliError(`transcript-nav describe: expected a NAME\n\n${USAGE}`, EXIT_USAGE);
  const record = service.regions.findRecord(name);
  if (!record) throw new CliError(`transcript-nav: no region, district, city or macro-region named "${name}"`, EXIT_INPUT);
  if (args.includes('--json')) return JSON.stringify({ kind: record.kind, record: record.record }, null, 1) + '\n';
  return service.regions.card(record, { mentions: 0, speakers: [] }, { locale: 'en' }) + '\n';
}

/** The commands: each takes its arguments (and stderr) and returns what to print. */
const COMMANDS = new Map<string, (args: string[], err: (s: string) => void) => string>([
  ['outline', outline], ['topics', topics], ['index', index], ['regions', regions], ['describe', describe],
]);

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      out(USAGE);
      return command ? 0 : EXIT_USAGE;
    }
    const unknown = rest.find((a) => a.startsWith('-') && !KNOWN_OPTIONS.includes(a) && !a.startsWith('--style='));
    if (unknown) throw new CliError(`transcript-nav: unknown option ${unknown}\n\n${USAGE}`, EXIT_USAGE);
    const run = COMMANDS.get(command);
    if (run) {
      out(run(rest, err));
      return 0;
    }
    throw new CliError(`transcript-nav: unknown command '${command}'\n\n${USAGE}`, EXIT_USAGE);
  } catch (e) {
    if (e instanceof CliError) {
      err(e.message.endsWith('\n') ? e.message : e.message + '\n');
      return e.code;
    }
    throw e;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
