import path from 'node:path';

/** Data recorded from real systems, kept in the repository with their sources (test/fixtures/README.md). */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures');

export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}
