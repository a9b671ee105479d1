/**
 * transcript-nav: the command-line twin of the extension. It prints the same
 * model the editor features read, as JSON or as a readable table. Argument
 * parsing and printing only; the work is in `core`.
 */
import { readFileSync, statSync } from 'fs';
import { decodeText, parseTranscript, toOutlineJson, OutlineJson } from './core';

const USAGE = `Usage: transcript-nav <command> [options]

Commands:
  outline FILE [--json]   speaker turns, speakers and header of a transcript

Options:
  --json                  print JSON instead of a table
  --stats                 print the size, parse time and memory on stderr
  -h, --help              show this help

Exit codes: 0 success, 1 usage error, 2 missing, unreadable or binary file.
`;

const KNOWN_OPTIONS = ['--json', '--stats'];

/** Exit codes: 0 success, 1 usage error, 2 input error (missing, unreadable or binary file). */
const EXIT_USAGE = 1;
const EXIT_INPUT = 2;

class CliError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

function readTranscriptFile(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new CliError(`transcript-nav: ${file}: is a directory, not a file`, EXIT_INPUT);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message;
    throw new CliError(`transcript-nav: ${file}: ${why}`, EXIT_INPUT);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new CliError(`transcript-nav: ${file}: ${decoded.reason}`, EXIT_INPUT);
  return decoded.text;
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
  const width = Math.min(40, Math.max(7, ...o.turns.map((t) => t.name.length)));
  out.push(`${pad('line', 6)}${pad('end', 6)}${pad('speaker', width + 2)}label`);
  for (const t of o.turns) out.push(`${pad(String(t.line), 6)}${pad(String(t.endLine), 6)}${pad(t.name, width + 2)}${t.label.replace(/\u00a0/g, ' ')}`);
  out.push('', 'Speakers:');
  for (const s of o.speakers) out.push(`  ${pad(s.name, width + 2)}${pad(`${s.turns} turns`, 11)}${pad(`${s.words} words`, 13)}${s.role ?? ''}`);
  return out.join('\n') + '\n';
}

/** One line about the work done, for --stats: size, time, memory. */
function statsLine(file: string, text: string, ms: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const { heapUsed, rss } = process.memoryUsage();
  return `transcript-nav: parsed ${mb(statSync(file).size)} MB (${text.length} characters) in ${ms.toFixed(0)} ms; heap ${mb(heapUsed)} MB, rss ${mb(rss)} MB\n`;
}

function outline(args: string[], err: (s: string) => void): string {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new CliError(`transcript-nav outline: expected one FILE\n\n${USAGE}`, EXIT_USAGE);
  const text = readTranscriptFile(files[0]);
  const started = performance.now();
  const model = parseTranscript(text);
  if (args.includes('--stats')) err(statsLine(files[0], text, performance.now() - started));
  const json = toOutlineJson(model, text);
  return args.includes('--json') ? JSON.stringify(json, null, 1) + '\n' : formatOutline(json);
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      out(USAGE);
      return command ? 0 : EXIT_USAGE;
    }
    const unknown = rest.find((a) => a.startsWith('-') && !KNOWN_OPTIONS.includes(a));
    if (unknown) throw new CliError(`transcript-nav: unknown option ${unknown}\n\n${USAGE}`, EXIT_USAGE);
    if (command === 'outline') {
      out(outline(rest, err));
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
