import type { Queryable } from '../store/index.ts';
import type {
  ActionItemRecord,
  PostmortemRecord,
  PostmortemSections,
  PostmortemStatus,
} from './postmortems.types.ts';

const COLUMNS = `incident_id, status, summary, impact, timeline, root_cause, contributing_factors,
  created_by, created_at, updated_at, published_at, published_by`;
const ITEM_COLUMNS = `id, incident_id, title, owner_id, to_char(due_date, 'YYYY-MM-DD') AS due_date,
  done, created_at, updated_at`;

interface Row {
  incident_id: string;
  status: PostmortemStatus;
  summary: string;
  impact: string;
  timeline: { at: string; text: string }[];
  root_cause: string;
  contributing_factors: string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  published_by: string | null;
}

interface ItemRow {
  id: string;
  incident_id: string;
  title: string;
  owner_id: string | null;
  due_date: string | null;
  done: boolean;
  created_at: Date;
  updated_at: Date;
}

function toRecord(r: Row): PostmortemRecord {
  return {
    incidentId: r.incident_id,
    status: r.status,
    summary: r.summary,
    impact: r.impact,
    timeline: (r.timeline ?? []).map((e) => ({ at: new Date(e.at), text: e.text })),
    rootCause: r.root_cause,
    contributingFactors: r.contributing_factors,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  };
}

function toItem(r: ItemRow): ActionItemRecord {
  return {
    id: r.id,
    incidentId: r.incident_id,
    title: r.title,
    ownerId: r.owner_id,
    dueDate: r.due_date,
    done: r.done,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const timelineJson = (timeline: PostmortemSections['timeline']) =>
  JSON.stringify(timeline.map((e) => ({ at: e.at.toISOString(), text: e.text })));

export const postmortemsRepository = {
  async find(db: Queryable, incidentId: string, lock = false): Promise<PostmortemRecord | null> {
    const { rows } = await db.query<Row>(
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
    const { rows } = await db.query<Row>(
      `INSERT INTO postmortems (incident_id, status, summary, impact, timeline, root_cause,
         contributing_factors, created_by, created_at, updated_at)
       VALUES ($1, 'DRAFT', $2, $3, $4::jsonb, $5, $6, $7, $8, $8)
       ON CONFLICT (incident_id) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        incidentId,
        sections.summary,
        sections.impact,
        timelineJson(sections.timeline),
        sections.rootCause,
        sections.contributingFactors,
        createdBy,
        at,
      ],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  },

  async update(
    db: Queryable,
    incidentId: string,
    sections: PostmortemSections,
    at: Date,
  ): Promise<PostmortemRecord> {
    const { rows } = await db.query<Row>(
      `UPDATE postmortems SET summary = $2, impact = $3, timeline = $4::jsonb, root_cause = $5,
         contributing_factors = $6, updated_at = $7
       WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [
        incidentId,
        sections.summary,
        sections.impact,
        timelineJson(sections.timeline),
        sections.rootCause,
        sections.contributingFactors,
        at,
      ],
    );
    return toRecord(rows[0] as Row);
  },

  async publish(
    db: Queryable,
    incidentId: string,
    by: string,
    at: Date,
  ): Promise<PostmortemRecord> {
    const { rows } = await db.query<Row>(
      `UPDATE postmortems SET status = 'PUBLISHED', published_at = $2, published_by = $3, updated_at = $2
       WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [incidentId, at, by],
    );
    return toRecord(rows[0] as Row);
  },

  async touch(db: Queryable, incidentId: string, at: Date): Promise<PostmortemRecord> {
    const { rows } = await db.query<Row>(
      `UPDATE postmortems SET updated_at = $2 WHERE incident_id = $1 RETURNING ${COLUMNS}`,
      [incidentId, at],
    );
    return toRecord(rows[0] as Row);
  },

  async items(db: Queryable, incidentId: string): Promise<ActionItemRecord[]> {
    const { rows } = await db.query<ItemRow>(
      `SELECT ${ITEM_COLUMNS} FROM postmortem_action_items WHERE incident_id = $1
       ORDER BY created_at, id`,
      [incidentId],
    );
    return rows.map(toItem);
  },

  async findItem(db: Queryable, id: string): Promise<ActionItemRecord | null> {
    const { rows } = await db.query<ItemRow>(
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
    const { rows } = await db.query<ItemRow>(
      `INSERT INTO postmortem_action_items (incident_id, title, owner_id, due_date, created_at, updated_at)
       VALUES ($1, $2, $3, $4::date, $5, $5) RETURNING ${ITEM_COLUMNS}`,
      [item.incidentId, item.title, item.ownerId, item.dueDate, at],
    );
    return toItem(rows[0] as ItemRow);
  },

  async updateItem(
    db: Queryable,
    item: Pick<ActionItemRecord, 'id' | 'title' | 'ownerId' | 'dueDate' | 'done'>,
    at: Date,
  ): Promise<ActionItemRecord> {
    const { rows } = await db.query<ItemRow>(
      `UPDATE postmortem_action_items SET title = $2, owner_id = $3, due_date = $4::date, done = $5,
         updated_at = $6
       WHERE id = $1 RETURNING ${ITEM_COLUMNS}`,
      [item.id, item.title, item.ownerId, item.dueDate, item.done, at],
    );
    return toItem(rows[0] as ItemRow);
  },

  async removeItem(db: Queryable, id: string): Promise<void> {
    await db.query('DELETE FROM postmortem_action_items WHERE id = $1', [id]);
  },

  async userExists(db: Queryable, id: string): Promise<boolean> {
    const { rows } = await db.query('SELECT 1 FROM users WHERE id::text = $1', [id]);
    return rows.length > 0;
  },
};
