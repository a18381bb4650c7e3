import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logFiles, logLines, oldestFirst } from './log-files.ts';

async function all(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of logLines(file)) lines.push(line);
  return lines;
}

describe('rotated names', () => {
  it('reads each rotated set oldest first: the highest number first, the live file last', () => {
    expect(
      oldestFirst(['/l/access.log', '/l/access.log.1', '/l/access.log.10.gz', '/l/access.log.2.gz', '/l/other.log', '/k/z.log']),
    ).toEqual(['/k/z.log', '/l/access.log.10.gz', '/l/access.log.2.gz', '/l/access.log.1', '/l/access.log', '/l/other.log']);
  });
});

describe('the files of the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nexam-logs-'));
    await mkdir(join(dir, 'nginx', 'old'), { recursive: true });
    await writeFile(join(dir, 'nginx', 'access.log'), 'live\n');
    await writeFile(join(dir, 'nginx', 'access.log.1'), 'yesterday\r\n');
    await writeFile(join(dir, 'nginx', 'access.log.2.gz'), Buffer.concat([gzipSync('two days ago\n'), gzipSync('still two days ago\n')]));
    await writeFile(join(dir, 'nginx', 'old', 'access.log.9.gz'), gzipSync('long ago'));
    await writeFile(join(dir, 'nginx', 'error.log'), 'an error\n');
    await writeFile(join(dir, 'nginx', 'nexam-help.error.log.1'), 'an error\n');
    await writeFile(join(dir, 'nginx', '.hidden'), 'x\n');
    await writeFile(join(dir, 'export'), gzipSync('{"a":1}\n'));
    const long = gzipSync(Array.from({ length: 5000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n'));
    await writeFile(join(dir, 'cut.gz'), long.subarray(0, Math.floor(long.length / 2)));
    await symlink(join(dir, 'nginx', 'access.log'), join(dir, 'link.log'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("takes a folder's files and its subfolders', never error logs or hidden files, each file once", async () => {
    const files = await logFiles([join(dir, 'nginx'), join(dir, 'nginx', 'access.log'), join(dir, 'link.log')]);
    expect(files.map((f) => f.slice(dir.length))).toEqual([
      '/nginx/access.log.2.gz',
      '/nginx/access.log.1',
      '/nginx/access.log',
      '/nginx/old/access.log.9.gz',
    ]);
  });
  it('says which path does not exist', async () => {
    await expect(logFiles([join(dir, 'nothing')])).rejects.toThrow(/no such file or folder: .*nothing/);
  });
  it('reads plain files, gzip files (several members too), and gzip whatever the name', async () => {
    expect(await all(join(dir, 'nginx', 'access.log.1'))).toEqual(['yesterday']);
    expect(await all(join(dir, 'nginx', 'access.log.2.gz'))).toEqual(['two days ago', 'still two days ago']);
    expect(await all(join(dir, 'export'))).toEqual(['{"a":1}']);
  });
  it('ends a gzip file cut short with an error, after its lines', async () => {
    const lines: string[] = [];
    await expect(
      (async () => {
        for await (const line of logLines(join(dir, 'cut.gz'))) lines.push(line);
      })(),
    ).rejects.toThrow(/unexpected end of file/);
    expect(lines.length).toBeGreaterThan(100);
    expect(lines[0]).toBe('line 0 0');
  });
});
