import path from 'node:path';

/** Data recorded from real systems, in the shared folder beside the repository. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../../shared/fixtures');

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}
