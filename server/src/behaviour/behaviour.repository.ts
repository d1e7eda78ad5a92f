import { type Queryable, rowMapper } from '../store/index.ts';
import type { ChatMessage, Expectations, GoldenPrompt } from './behaviour.types.ts';

/** What a person writes of a golden prompt; the rest is stamped by the store. */
export interface GoldenPromptFields {
  name: string;
  messages: ChatMessage[];
  maxTokens: number;
  expectations: Expectations;
}

const prompts = rowMapper<GoldenPrompt>()(
  `id, model_id, name, messages, max_tokens, contains, must_not_contain, pattern, json_schema,
  max_length, created_at, created_by, updated_at, updated_by`,
  {
    maxTokens: (r) => Number(r.max_tokens),
    expectations: (r) => ({
      contains: r.contains as string[],
      mustNotContain: r.must_not_contain as string[],
      pattern: r.pattern as string | null,
      jsonSchema: r.json_schema as Record<string, unknown> | null,
      maxLength: r.max_length === null ? null : Number(r.max_length),
    }),
  },
  ['contains', 'must_not_contain', 'pattern', 'json_schema', 'max_length'],
);
const COLUMNS = prompts.columns;

function values(fields: GoldenPromptFields): unknown[] {
  const e = fields.expectations;
  return [
    fields.name,
    JSON.stringify(fields.messages),
    fields.maxTokens,
    JSON.stringify(e.contains),
    JSON.stringify(e.mustNotContain),
    e.pattern,
    e.jsonSchema === null ? null : JSON.stringify(e.jsonSchema),
    e.maxLength,
  ];
}

export const behaviourRepository = {
  async list(db: Queryable, modelId: string): Promise<GoldenPrompt[]> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM golden_prompts WHERE model_id = $1 ORDER BY name`,
      [modelId],
    );
    return rows.map(prompts.from);
  },

  async find(db: Queryable, id: string): Promise<GoldenPrompt | null> {
    const { rows } = await db.query(`SELECT ${COLUMNS} FROM golden_prompts WHERE id = $1`, [id]);
    return rows[0] ? prompts.from(rows[0]) : null;
  },

  /** Null when the model already has a prompt of that name. */
  async insert(
    db: Queryable,
    modelId: string,
    fields: GoldenPromptFields,
    actor: string,
  ): Promise<GoldenPrompt | null> {
    const { rows } = await db.query(
      `INSERT INTO golden_prompts (name, messages, max_tokens, contains, must_not_contain, pattern, json_schema,
         max_length, model_id, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
       ON CONFLICT (model_id, name) DO NOTHING RETURNING ${COLUMNS}`,
      [...values(fields), modelId, actor],
    );
    return rows[0] ? prompts.from(rows[0]) : null;
  },

  /** Null when another prompt of the same model already has the new name. */
  async update(
    db: Queryable,
    id: string,
    fields: GoldenPromptFields,
    actor: string,
  ): Promise<GoldenPrompt | null> {
    const { rows } = await db.query(
      `UPDATE golden_prompts g SET name = $1, messages = $2, max_tokens = $3, contains = $4,
         must_not_contain = $5, pattern = $6, json_schema = $7, max_length = $8, updated_by = $10,
         updated_at = now()
       WHERE id = $9 AND NOT EXISTS (
         SELECT 1 FROM golden_prompts o WHERE o.model_id = g.model_id AND o.name = $1 AND o.id <> $9)
       RETURNING ${COLUMNS}`,
      [...values(fields), id, actor],
    );
    return rows[0] ? prompts.from(rows[0]) : null;
  },

  async delete(db: Queryable, id: string): Promise<GoldenPrompt | null> {
    const { rows } = await db.query(
      `DELETE FROM golden_prompts WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ? prompts.from(rows[0]) : null;
  },
};
