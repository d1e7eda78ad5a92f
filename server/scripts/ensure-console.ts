/**
 * Builds the console before `npm start` when it has never been built or its sources
 * changed since, so that a fresh clone serves the console with one command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'web/dist/index.html');

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    0,
  );
}

const sources = ['web/src', 'web/index.html', 'web/vite.config.ts'].map((p) => path.join(root, p));
const stale =
  !existsSync(built) ||
  Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(built).mtimeMs;

if (stale) {
  process.stdout.write('Building the console (web/dist)…\n');
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    process.stderr.write('The console failed to build; see the errors above.\n');
    process.exit(result.status ?? 1);
  }
}
