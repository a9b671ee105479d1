/**
 * Reading transcripts from disk, for the command line: only regular files are
 * opened (a FIFO or a device could block or never end), every failure becomes
 * a one-line reason instead of an exception, and a folder is walked without
 * looping on symbolic links. Node-only, so outside `core`.
 */
import * as fs from 'fs';
import { join } from 'path';
import { decodeText } from '../core/text/decode';

/** The file-system calls used here; a test passes one that fails where it wants. */
export interface FileSystem {
  /** Status of a path, following symbolic links. */
  stat(path: string): fs.Stats;
  /** Status of a path itself (a symbolic link is not followed). */
  lstat(path: string): fs.Stats;
  /** Names in a directory. */
  readdir(path: string): string[];
  /** The bytes of a file; throws {@link NotRegularError} when it is not a regular file. */
  readRegularFile(path: string): Uint8Array;
}

/** Thrown by {@link FileSystem.readRegularFile} when the path, opened, is not a regular file. */
export class NotRegularError extends Error {
  constructor(readonly stats: fs.Stats) {
    super('not a regular file');
  }
}

/** Files larger than this are refused: their text would not fit in a JavaScript string. */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/** Opening without blocking: a FIFO swapped in after the stat must not stop the process (0 where the flag does not exist). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  stat: (path) => fs.statSync(path),
  lstat: (path) => fs.lstatSync(path),
  readdir: (path) => fs.readdirSync(path),
  readRegularFile(path) {
    const fd = fs.openSync(path, OPEN_FLAGS);
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) throw new NotRegularError(stats);
      return fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
};

/** The text of a file, or why it has none. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** What a path that is not a regular file is, for a message: `a directory, not a file`. */
export function notRegularReason(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'is a directory, not a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  return 'is not a regular file';
}

/** A one-line reason for a failed file-system call on `path`. */
export function errorReason(e: unknown, path: string, fsys: FileSystem = nodeFileSystem): string {
  if (e instanceof NotRegularError) return notRegularReason(e.stats);
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return isSymlink(path, fsys) ? 'broken symbolic link (its target does not exist)' : 'no such file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'ELOOP':
      return 'symbolic link loop (too many levels of symbolic links)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot read it (${code ?? (e as Error).message})`;
  }
}

function isSymlink(path: string, fsys: FileSystem): boolean {
  try {
    return fsys.lstat(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The text of a transcript file: a regular file (checked before it is opened, and again
 * once open), decoded by {@link decodeText}; otherwise the reason, in one line.
 */
export function readTextFile(path: string, fsys: FileSystem = nodeFileSystem): ReadResult {
  let bytes: Uint8Array;
  try {
    const stats = fsys.stat(path);
    if (!stats.isFile()) return { ok: false, reason: notRegularReason(stats) };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: `too large (${megabytes(stats.size)} MB; at most ${megabytes(MAX_FILE_BYTES)} MB)` };
    bytes = fsys.readRegularFile(path);
  } catch (e) {
    return { ok: false, reason: errorReason(e, path, fsys) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded : { ok: false, reason: decoded.reason };
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(0);
}

/** A path the walk found: a regular file to read, or (with `reason`) one it cannot use. */
export interface FoundFile {
  readonly path: string;
  /** Why the path is skipped: `broken symbolic link …`, `is a named pipe (FIFO) …`. */
  readonly reason?: string;
}

/** Names the index reads: `.transcript` files, and `.txt` files (kept when they hold transcripts). */
export const TRANSCRIPT_FILE = /\.(transcript|txt)$/i;

/**
 * The transcript files under a folder, in name order, following symbolic links (a folder
 * reached twice, through a link, is walked once). Hidden entries and `node_modules` are
 * left out. A transcript name that is not a regular file (a broken link, a FIFO), and a
 * folder that cannot be listed, come with the reason; other names are ignored. Nothing is opened.
 */
export function transcriptFiles(dir: string, fsys: FileSystem = nodeFileSystem): FoundFile[] {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const walk = (d: string, stats: fs.Stats): void => {
    const id = `${stats.dev}:${stats.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    let names: string[];
    try {
      names = fsys.readdir(d).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (e) {
      out.push({ path: d, reason: errorReason(e, d, fsys) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      visit(join(d, name), TRANSCRIPT_FILE.test(name));
    }
  };
  const visit = (p: string, wanted: boolean): void => {
    let stats: fs.Stats;
    try {
      stats = fsys.stat(p);
    } catch (e) {
      if (wanted) out.push({ path: p, reason: errorReason(e, p, fsys) });
      return;
    }
    if (stats.isDirectory()) walk(p, stats);
    else if (wanted && stats.isFile()) out.push({ path: p });
    else if (wanted) out.push({ path: p, reason: notRegularReason(stats) });
  };
  try {
    walk(dir, fsys.stat(dir));
  } catch (e) {
    out.push({ path: dir, reason: errorReason(e, dir, fsys) });
  }
  return out;
}
