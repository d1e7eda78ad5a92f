import { z } from 'zod';
import { type FieldError, parseInput } from './errors.ts';

export interface MergeInput {
  id: string;
  intoId: string;
}

/**
 * The input of merging one record into another, with `id` the schema of either id. A record
 * merged into itself is refused with the error `refuse` makes, naming `intoId` as the field
 * that `fieldMessage` explains.
 */
export function parseMergeInput(
  raw: unknown,
  id: z.ZodType<string>,
  fieldMessage: string,
  refuse: (fields: FieldError[]) => Error,
): MergeInput {
  const input = parseInput(z.object({ id, intoId: id }), raw);
  if (input.id === input.intoId) {
    throw refuse([{ path: ['input', 'intoId'], message: fieldMessage }]);
  }
  return input;
}

/**
 * Reads (and so locks) both records of a merge in id order, so two merges of the same pair
 * cannot deadlock.
 */
export async function readMergePair<R extends { id: string }>(
  input: MergeInput,
  read: (id: string) => Promise<R>,
): Promise<{ source: R; target: R }> {
  const [a, b] = [input.id, input.intoId].sort() as [string, string];
  const first = await read(a);
  const second = await read(b);
  return first.id === input.id
    ? { source: first, target: second }
    : { source: second, target: first };
}
