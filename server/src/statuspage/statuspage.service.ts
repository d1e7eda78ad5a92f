import { z } from 'zod';
import { type Actor, AuditedService, type AuditedServiceDeps } from '../audit/index.ts';
import type { AnyDeploymentRecord, DeploymentsService } from '../deployments/index.ts';
import type { EventBus } from '../events/index.ts';
import {
  INCIDENT_TOPIC,
  type IncidentChanged,
  type IncidentRecord,
  type IncidentsService,
} from '../incidents/index.ts';
import { parseInput } from '../shared/errors.ts';
import { singleFlight } from '../shared/single-flight.ts';
import type { Work } from '../store/index.ts';
import { deriveComponentStatus, overallStatus } from './derive-status.ts';
import { StatusPageError } from './statuspage.errors.ts';
import { statusPageRepository as repo } from './statuspage.repository.ts';
import {
  type ComponentIncident,
  type ComponentStatus,
  type MaintenanceRecord,
  PUBLIC_UPDATE_STATUSES,
  type PublicStatus,
  type PublicUpdateRecord,
} from './statuspage.types.ts';

/** Resolved incidents stay on the page this long after their last public update. */
export const RECENT_INCIDENT_MS = 7 * 86_400_000;

const DEPLOYMENT = {
  namespace: z.string().min(1).max(63),
  name: z.string().min(1).max(63),
};

export interface DeploymentStatusPage {
  public: boolean;
  displayName: string | null;
  maintenance: MaintenanceRecord | null;
  status: ComponentStatus;
}

const lower = <S extends string>(s: S) => s.toLowerCase() as Lowercase<S>;

export class StatusPageService extends AuditedService {
  readonly #bus: EventBus;
  readonly #incidents: IncidentsService;
  readonly #deployments: DeploymentsService;

  constructor(
    deps: AuditedServiceDeps & {
      bus: EventBus;
      incidents: IncidentsService;
      deployments: DeploymentsService;
    },
  ) {
    super(deps);
    this.#bus = deps.bus;
    this.#incidents = deps.incidents;
    this.#deployments = deps.deployments;
  }

  /** A deployment's settings and the status the page shows (or would show) for it. */
  async settings(deployment: Pick<AnyDeploymentRecord, 'id'>): Promise<DeploymentStatusPage> {
    const now = this.clock.now();
    const row = await repo.component(this.db, deployment.id);
    const incidents = await repo.incidentsOf(this.db, [deployment.id], now);
    return {
      public: row?.displayName != null,
      displayName: row?.displayName ?? null,
      maintenance: row?.maintenance ?? null,
      status: deriveComponentStatus({
        health: row?.health ?? null,
        incidents,
        maintenance: row?.maintenance ?? null,
        now,
      }),
    };
  }

  updates(incidentId: string): Promise<PublicUpdateRecord[]> {
    return repo.updates(this.db, [incidentId]);
  }

  async setPublic(actor: Actor, raw: unknown): Promise<AnyDeploymentRecord> {
    const input = parseInput(
      z
        .object({
          ...DEPLOYMENT,
          public: z.boolean(),
          displayName: z.string().trim().min(2, 'must be at least 2 characters').max(80).nullish(),
        })
        .refine((v) => !v.public || v.displayName, {
          path: ['displayName'],
          message: 'is required to show the deployment on the status page',
        }),
      raw,
    );
    const displayName = input.public ? (input.displayName as string) : null;
    return this.#changeDeployment(input, async (work, id) => {
      await repo.setPublic(work.tx, id, displayName, this.clock.now());
      await this.audit.record(work, actor, {
        action: input.public ? 'statuspage.component.show' : 'statuspage.component.hide',
        targetType: 'deployment',
        targetId: `${input.namespace}/${input.name}`,
        details: { displayName },
      });
    });
  }

  async setMaintenance(actor: Actor, raw: unknown): Promise<AnyDeploymentRecord> {
    const input = parseInput(
      z.object({
        ...DEPLOYMENT,
        window: z
          .object({
            startsAt: z.coerce.date({ error: 'must be a time' }),
            endsAt: z.coerce.date({ error: 'must be a time' }),
            message: z.string().trim().max(500).nullish(),
          })
          .refine((w) => w.endsAt > w.startsAt, {
            path: ['endsAt'],
            message: 'must be after startsAt',
          })
          .nullish(),
      }),
      raw,
    );
    const window = input.window
      ? {
          startsAt: input.window.startsAt,
          endsAt: input.window.endsAt,
          message: input.window.message ?? '',
        }
      : null;
    return this.#changeDeployment(input, async (work, id) => {
      await repo.setMaintenance(work.tx, id, window);
      await this.audit.record(work, actor, {
        action: window ? 'deployment.maintenance.set' : 'deployment.maintenance.clear',
        targetType: 'deployment',
        targetId: `${input.namespace}/${input.name}`,
        details: window
          ? {
              startsAt: window.startsAt.toISOString(),
              endsAt: window.endsAt.toISOString(),
              message: window.message,
            }
          : {},
      });
    });
  }

  async postUpdate(
    actor: Actor,
    raw: unknown,
  ): Promise<{ incident: IncidentRecord; update: PublicUpdateRecord }> {
    const input = parseInput(
      z.object({
        incidentId: z.uuid('must be an incident id'),
        status: z.enum(PUBLIC_UPDATE_STATUSES),
        body: z.string().trim().min(3, 'must say something, in a few words').max(5000),
      }),
      raw,
    );
    const found = await this.#incidents.get(input.incidentId);
    if (!found)
      throw new StatusPageError('INCIDENT_NOT_FOUND', `No incident with id ${input.incidentId}.`);
    const update = await this.units.run(async (work) => {
      const saved = await repo.addUpdate(work.tx, {
        incidentId: found.id,
        status: input.status,
        body: input.body,
        at: this.clock.now(),
        createdBy: actor.name,
      });
      await this.audit.record(work, actor, {
        action: 'incident.public_update',
        targetType: 'incident',
        targetId: found.id,
        details: { updateId: saved.id, status: saved.status, body: saved.body },
      });
      return saved;
    });
    this.#bus.publish(INCIDENT_TOPIC, { id: found.id } satisfies IncidentChanged);
    return { incident: (await this.#incidents.get(found.id)) ?? found, update };
  }

  /** `namespace/name` of each deployment shown on the public page. */
  async publicDeploymentKeys(): Promise<Set<string>> {
    const components = await repo.publicComponents(this.db);
    return new Set(components.map((c) => `${c.namespace}/${c.name}`));
  }

  /** The public page's content; concurrent requests share one read of the store. */
  readonly snapshot: () => Promise<PublicStatus> = singleFlight(() => this.#read());

  async #read(): Promise<PublicStatus> {
    const now = this.clock.now();
    const components = await repo.publicComponents(this.db);
    const incidents = await repo.incidentsOf(
      this.db,
      components.map((c) => c.deploymentId),
      new Date(now.getTime() - RECENT_INCIDENT_MS),
    );
    const updates = await repo.updates(
      this.db,
      incidents.map((i) => i.id),
    );
    const named = new Map(components.map((c) => [c.deploymentId, c.displayName as string]));
    const shown = components.map((c) => ({
      name: c.displayName as string,
      status: deriveComponentStatus({
        health: c.health,
        incidents: incidents.filter((i) => i.deploymentId === c.deploymentId),
        maintenance: c.maintenance,
        now,
      }),
      // Past windows are not news.
      maintenance:
        c.maintenance && c.maintenance.endsAt > now
          ? {
              startsAt: c.maintenance.startsAt.toISOString(),
              endsAt: c.maintenance.endsAt.toISOString(),
              message: c.maintenance.message,
            }
          : null,
    }));
    const publicIncidents = incidents
      .map((incident) => ({
        incident,
        updates: withResolution(
          incident,
          updates.filter((u) => u.incidentId === incident.id),
        ),
      }))
      .filter((x) => x.updates.length > 0)
      .map(({ incident, updates: own }) => ({
        components: [named.get(incident.deploymentId) as string],
        status: lower((own[own.length - 1] as PublicUpdateRecord).status),
        startedAt: incident.triggeredAt.toISOString(),
        lastAt: (own[own.length - 1] as PublicUpdateRecord).at.getTime(),
        // Newest first, as status pages read.
        updates: own
          .map((u) => ({ status: lower(u.status), body: u.body, at: u.at.toISOString() }))
          .reverse(),
      }))
      .sort((a, b) => b.lastAt - a.lastAt)
      .map(({ lastAt: _, ...rest }) => rest);
    return {
      updatedAt: now.toISOString(),
      status: lower(overallStatus(shown.map((c) => c.status))),
      components: shown.map((c) => ({ ...c, status: lower(c.status) })),
      incidents: publicIncidents,
    };
  }

  async #changeDeployment(
    target: { namespace: string; name: string },
    fn: (work: Work, deploymentId: string) => Promise<void>,
  ): Promise<AnyDeploymentRecord> {
    await this.units.run(async (work) => {
      const id = await repo.lockDeployment(work.tx, target.namespace, target.name);
      if (!id) {
        throw new StatusPageError(
          'DEPLOYMENT_NOT_FOUND',
          `No model deployment ${target.namespace}/${target.name}.`,
        );
      }
      await fn(work, id);
    });
    const saved = await this.#deployments.getAny(target.namespace, target.name);
    if (!saved) {
      throw new StatusPageError(
        'DEPLOYMENT_NOT_FOUND',
        `No model deployment ${target.namespace}/${target.name}.`,
      );
    }
    this.#deployments.published(target.namespace, target.name);
    return saved;
  }
}

/**
 * An incident that was spoken of in public and has ended is resolved in public too, even when
 * nobody posted a last update: the page must not say "investigating" about something over.
 */
function withResolution(
  incident: ComponentIncident,
  own: PublicUpdateRecord[],
): PublicUpdateRecord[] {
  const last = own.at(-1);
  if (!last || !incident.endedAt || last.status === 'RESOLVED') return own;
  return [
    ...own,
    {
      id: `${incident.id}:resolved`,
      incidentId: incident.id,
      status: 'RESOLVED',
      body: 'This incident has been resolved.',
      at: new Date(Math.max(incident.endedAt.getTime(), last.at.getTime())),
      createdBy: 'system',
    },
  ];
}
