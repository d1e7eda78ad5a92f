import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Only the owner may read or write what Backline creates: set once, at process start. */
export const PRIVATE_UMASK = 0o077;

/** Creates `dir` (and its parents) readable by its owner only, and tightens it if it exists. */
export async function privateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * Tightens a folder Backline owns: folders 0700, files 0600, whatever mode an earlier
 * version or another program left them with.
 */
export async function tightenTree(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await tightenTree(full);
    else if (entry.isFile() && ((await stat(full)).mode & 0o077) !== 0) await chmod(full, 0o600);
  }
}
