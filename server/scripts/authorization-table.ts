/**
 * Writes the authorization table of docs/security.md from the code's access policies.
 *
 *   node server/scripts/authorization-table.ts          # rewrites the table in docs/security.md
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  renderAuthorizationTable,
  TABLE_END,
  TABLE_START,
} from '../src/graphql/authorization-table.ts';

const DOC = path.resolve(import.meta.dirname, '../../docs/security.md');
const text = await readFile(DOC, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start < 0 || end < 0) throw new Error(`${DOC} has no authorization table markers`);
await writeFile(
  DOC,
  text.slice(0, start) + renderAuthorizationTable() + text.slice(end + TABLE_END.length),
);
process.stdout.write(`wrote the authorization table into ${DOC}\n`);
