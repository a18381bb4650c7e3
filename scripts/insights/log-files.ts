/**
 * The log files named on the command line, and their lines. A folder stands for the files
 * in it (and its subfolders), except error logs; rotated names (`access.log`,
 * `access.log.1`, `access.log.2.gz`) are read oldest first; a file is gunzipped when it is
 * gzip (by its first bytes, whatever its name). Each file is read once, however often named.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** `access.log.2.gz` -> ['access.log', 2]: the name without its rotation number and compression, and the number (0 for the live file). */
function rotation(file: string): [string, number] {
  const name = basename(file).replace(/\.gz$/, '');
  const match = /^(.*)\.(\d+)$/.exec(name);
  return match ? [match[1]!, Number(match[2])] : [name, 0];
}

/** Sorts files by name, each rotated set oldest first (the highest number first, the live file last). */
export function oldestFirst(files: readonly string[]): string[] {
  return [...files].sort((a, b) => {
    const [nameA, numberA] = rotation(a);
    const [nameB, numberB] = rotation(b);
    const dirA = a.slice(0, a.length - basename(a).length);
    const dirB = b.slice(0, b.length - basename(b).length);
    if (dirA !== dirB) return dirA < dirB ? -1 : 1;
    if (nameA !== nameB) return nameA < nameB ? -1 : 1;
    return numberB - numberA;
  });
}

/** An error log, not an access log: never read. */
function isErrorLog(file: string): boolean {
  return /(^|[._-])error/i.test(basename(file));
}

async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile() && !isErrorLog(path) && !entry.name.startsWith('.')) found.push(path);
  }
  return found;
}

/** The files to read for these arguments: files as named, folders' files, each once, oldest first. Throws on a path that does not exist. */
export async function logFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new Error(`no such file or folder: ${input}`);
    files.push(...(info.isDirectory() ? await filesUnder(input) : [input]));
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files) {
    const real = await realpath(file);
    if (!seen.has(real)) {
      seen.add(real);
      unique.push(file);
    }
  }
  return oldestFirst(unique);
}

/** Whether a file starts with gzip's magic bytes. */
async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The lines of a log file, plain or gzip (several gzip members too, as logrotate appends). */
export async function* logLines(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const stream = (await isGzip(file)) ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // A read or gzip error (a file cut short while being written) ends the file, after its lines, with that error.
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    lines.close();
  };
  raw.on('error', fail);
  stream.on('error', fail);
  yield* lines;
  if (failure) throw failure;
}
