import { type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type {
  ActionItemRecord,
  PostmortemRecord,
  PostmortemSections,
} from './postmortems.types.ts';

const postmortems = rowMapper<PostmortemRecord>()(
  `incident_id, status, summary, impact, timeline, root_cause, contributing_factors,
  created_by, created_at, updated_at, published_at, published_by`,
  {
    timeline: (r) =>
      ((r.timeline as { at: string; text: string }[] | null) ?? []).map((e) => ({
        at: new Date(e.at),
        text: e.text,
      })),
  },
);
const COLUMNS = postmortems.columns;
const toRecord = postmortems.from;

const items = rowMapper<ActionItemRecord>()(
  `id, incident_id, title, owner_id, to_char(due_date, 'YYYY-MM-DD') AS due_date,
  done, created_at, updated_at`,
);
const ITEM_COLUMNS = items.columns;
const toItem = items.from;

const timelineJson = (timeline: PostmortemSections['timeline']) =>
  JSON.stringify(timeline.map((e) => ({ at: e.at.toISOString(), text: e.text })));

/** The sections as the parameters of summary, impact, timeline, root_cause, contributing_factors. */
const sectionValues = (sections: PostmortemSections): unknown[] => [
  sections.summary,
  sections.impact,
  timelineJson(sections.timeline),
  sections.rootCause,
  sections.contributingFactors,
];

export const postmortemsRepository = {
  async find(db: Queryable, incidentId: string, lock = false): Promise<PostmortemRecord | null> {
    const { rows } = await db.query(
      `SELECT ${COLUMNS} FROM postmortems WHERE incident_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [incidentId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async insert(
    db: Queryable,
    incidentId: string,
    sections: PostmortemSections,
    createdBy: string,
    at: Date,
  ): Promise<PostmortemRecord | null> {
    const { rows } = await db.query(
      `INSERT INTO postmortems (incident_id, status, summary, impact, timeline, root_cause,
         contributing_factors, created_by, created_at, updated_at)
       VALUES ($1, 'DRAFT', $2, $3, $4::jsonb, $5, $6, $7, $8, $8)
       ON CONFLICT (incident_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [incidentId, ...sectionValues(sections), createdBy, at],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async update(
    db: Queryable,
    incidentId: string,
    sections: PostmortemSections,
    at: Date,
  ): Promise<PostmortemRecord> {
    const { rows } = await db.query(
      `UPDATE postmortems SET summary = $2, impact = $3, timeline = $4::jsonb, root_cause = $5,
         contributing_factors = $6, updated_at = $7
       WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [incidentId, ...sectionValues(sections), at],
    );
    return toRecord(rows[0] as StoredRow);
  },

  async publish(
    db: Queryable,
    incidentId: string,
    by: string,
    at: Date,
  ): Promise<PostmortemRecord> {
    const { rows } = await db.query(
      `UPDATE postmortems SET status = 'PUBLISHED', published_at = $2, published_by = $3, updated_at = $2
       WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [incidentId, at, by],
    );
    return toRecord(rows[0] as StoredRow);
  },

  async touch(db: Queryable, incidentId: string, at: Date): Promise<PostmortemRecord> {
    const { rows } = await db.query(
      `UPDATE postmortems SET updated_at = $2 WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [incidentId, at],
    );
    return toRecord(rows[0] as StoredRow);
  },

  async items(db: Queryable, incidentId: string): Promise<ActionItemRecord[]> {
    const { rows } = await db.query(
      `SELECT ${ITEM_COLUMNS} FROM postmortem_action_items WHERE incident_id = $1
       ORDER BY created_at, id`,
      [incidentId],
    );
    return rows.map(toItem);
  },

  async findItem(db: Queryable, id: string): Promise<ActionItemRecord | null> {
    const { rows } = await db.query(
      `SELECT ${ITEM_COLUMNS} FROM postmortem_action_items WHERE id = $1`,
      [id],
    );
    return rows[0] ? toItem(rows[0]) : null;
  },

  async insertItem(
    db: Queryable,
    item: Pick<ActionItemRecord, 'incidentId' | 'title' | 'ownerId' | 'dueDate'>,
    at: Date,
  ): Promise<ActionItemRecord> {
    const { rows } = await db.query(
      `INSERT INTO postmortem_action_items (incident_id, title, owner_id, due_date, created_at, updated_at)
       VALUES ($1, $2, $3, $4::date, $5, $5) RETURNING ${ITEM_COLUMNS}`,
      [item.incidentId, item.title, item.ownerId, item.dueDate, at],
    );
    return toItem(rows[0] as StoredRow);
  },

  async updateItem(
    db: Queryable,
    item: Pick<ActionItemRecord, 'id' | 'title' | 'ownerId' | 'dueDate' | 'done'>,
    at: Date,
  ): Promise<ActionItemRecord> {
    const { rows } = await db.query(
      `UPDATE postmortem_action_items SET title = $2, owner_id = $3, due_date = $4::date, done = $5,
         updated_at = $6
       WHERE id = $1 RETURNING ${ITEM_COLUMNS}`,
      [item.id, item.title, item.ownerId, item.dueDate, item.done, at],
    );
    return toItem(rows[0] as StoredRow);
  },

  async removeItem(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM postmortem_action_items WHERE id = $1', [id]);
  },

  async userExists(db: Queryable, id: string): Promise<boolean> {
    const { rows } = await db.query('SELECT 1 FROM users WHERE id::text = $1', [id]);
    return rows.length > 0;
  },
};
