import type { HealthState } from '../health/index.ts';
import type { Severity } from '../incidents/index.ts';
import { type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type {
  ComponentIncident,
  ComponentRow,
  MaintenanceRecord,
  PublicUpdateRecord,
} from './statuspage.types.ts';

interface ComponentSqlRow {
  deployment_id: string;
  namespace: string;
  name: string;
  display_name: string | null;
  health: HealthState | null;
  starts_at: Date | null;
  ends_at: Date | null;
  message: string | null;
}

const publicUpdates = rowMapper<PublicUpdateRecord>()(
  'id, incident_id, status, body, at, created_by',
);
const toUpdate = publicUpdates.from;

/** The state health last settled on, from the store, so every replica reads the same. */
const COMPONENT_SELECT = `SELECT d.id AS deployment_id, d.namespace, d.name, c.display_name,
    (SELECT t.to_state FROM health_transitions t WHERE t.deployment_id = d.id
      ORDER BY t.at DESC, t.id DESC LIMIT 1) AS health,
    m.starts_at, m.ends_at, m.message
  FROM model_deployments d
  LEFT JOIN status_components c ON c.deployment_id = d.id
  LEFT JOIN deployment_maintenance m ON m.deployment_id = d.id`;

function toComponent(r: ComponentSqlRow): ComponentRow {
  return {
    deploymentId: r.deployment_id,
    namespace: r.namespace,
    name: r.name,
    displayName: r.display_name,
    health: r.health,
    maintenance:
      r.starts_at && r.ends_at
        ? { startsAt: r.starts_at, endsAt: r.ends_at, message: r.message ?? '' }
        : null,
  };
}

export const statusPageRepository = {
  async component(db: Queryable, deploymentId: string): Promise<ComponentRow | null> {
    const { rows } = await db.query<ComponentSqlRow>(`${COMPONENT_SELECT} WHERE d.id = $1`, [
      deploymentId,
    ]);
    return rows[0] ? toComponent(rows[0]) : null;
  },

  /** Public components, by display name. */
  async publicComponents(db: Queryable): Promise<ComponentRow[]> {
    const { rows } = await db.query<ComponentSqlRow>(
      `${COMPONENT_SELECT} WHERE c.deployment_id IS NOT NULL AND NOT d.deleting
       ORDER BY c.display_name, d.id`,
    );
    return rows.map(toComponent);
  },

  /**
   * Incidents of these deployments that are open, or have a public update since `since`.
   */
  async incidentsOf(
    db: Queryable,
    deploymentIds: readonly string[],
    since: Date,
  ): Promise<ComponentIncident[]> {
    if (!deploymentIds.length) return [];
    const { rows } = await db.query<{
      id: string;
      deployment_id: string;
      severity: Severity;
      status: string;
      triggered_at: Date;
      ended_at: Date | null;
    }>(
      `SELECT i.id, d.id AS deployment_id, i.severity, i.status, i.triggered_at,
              CASE WHEN i.status IN ('RESOLVED', 'CLOSED', 'MERGED', 'CANCELED')
                THEN coalesce(i.resolved_at, i.closed_at, i.updated_at) END AS ended_at
       FROM incidents i
       JOIN model_deployments d
         ON d.namespace = i.deployment_namespace AND d.name = i.deployment_name
       WHERE d.id = ANY($1::uuid[])
         AND (i.status IN ('TRIGGERED', 'ACKNOWLEDGED', 'MITIGATED')
           OR EXISTS (SELECT 1 FROM incident_public_updates u WHERE u.incident_id = i.id AND u.at >= $2))
       ORDER BY i.triggered_at DESC`,
      [deploymentIds, since],
    );
    return rows.map((r) => ({
      id: r.id,
      deploymentId: r.deployment_id,
      severity: r.severity,
      status: r.status,
      triggeredAt: r.triggered_at,
      endedAt: r.ended_at ? new Date(r.ended_at) : null,
    }));
  },

  async updates(db: Queryable, incidentIds: readonly string[]): Promise<PublicUpdateRecord[]> {
    if (!incidentIds.length) return [];
    const { rows } = await db.query(
      `SELECT ${publicUpdates.columns} FROM incident_public_updates
       WHERE incident_id = ANY($1::uuid[]) ORDER BY at, id`,
      [incidentIds],
    );
    return rows.map(toUpdate);
  },

  async addUpdate(
    db: Queryable,
    update: Omit<PublicUpdateRecord, 'id'>,
  ): Promise<PublicUpdateRecord> {
    const { rows } = await db.query(
      `INSERT INTO incident_public_updates (incident_id, status, body, at, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${publicUpdates.columns}`,
      [update.incidentId, update.status, update.body, update.at, update.createdBy],
    );
    return toUpdate(rows[0] as StoredRow);
  },

  async setPublic(
    db: Queryable,
    deploymentId: string,
    displayName: string | null,
    at: Date,
  ): Promise<void> {
    if (displayName === null) {
      await db.query('DELETE FROM status_components WHERE deployment_id = $1', [deploymentId]);
      return;
    }
    await db.query(
      `INSERT INTO status_components (deployment_id, display_name, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (deployment_id) DO UPDATE SET display_name = $2, updated_at = $3`,
      [deploymentId, displayName, at],
    );
  },

  async setMaintenance(
    db: Queryable,
    deploymentId: string,
    window: MaintenanceRecord | null,
  ): Promise<void> {
    if (!window) {
      await db.query('DELETE FROM deployment_maintenance WHERE deployment_id = $1', [deploymentId]);
      return;
    }
    await db.query(
      `INSERT INTO deployment_maintenance (deployment_id, starts_at, ends_at, message)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (deployment_id) DO UPDATE SET starts_at = $2, ends_at = $3, message = $4`,
      [deploymentId, window.startsAt, window.endsAt, window.message],
    );
  },

  /** Locks the deployment row, so concurrent changes of its settings apply one after another. */
  async lockDeployment(db: Queryable, namespace: string, name: string): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM model_deployments WHERE namespace = $1 AND name = $2 FOR UPDATE',
      [namespace, name],
    );
    return rows[0]?.id ?? null;
  },
};
