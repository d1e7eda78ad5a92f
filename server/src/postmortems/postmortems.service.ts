import { z } from 'zod';
import { type Actor, AuditedService, type AuditedServiceDeps } from '../audit/index.ts';
import type { EventBus } from '../events/index.ts';
import {
  INCIDENT_TOPIC,
  type IncidentChanged,
  type IncidentRecord,
  type IncidentsService,
} from '../incidents/index.ts';
import { parseInput } from '../shared/errors.ts';
import type { Queryable, Work } from '../store/index.ts';
import { PostmortemsError } from './postmortems.errors.ts';
import { postmortemsRepository as repo } from './postmortems.repository.ts';
import type { ActionItemRecord, PostmortemRecord } from './postmortems.types.ts';
import { postmortemTemplate } from './template.ts';

const ID = z.uuid('must be an incident id');
const TEXT = z.string().max(20_000);
const DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'must be a real date');
const TITLE = z.string().trim().min(3, 'must be at least 3 characters').max(500);

/** Severities whose incidents cannot close without a published postmortem. */
export const POSTMORTEM_REQUIRED = ['SEV1', 'SEV2', 'SEV3'] as const;

export class PostmortemsService extends AuditedService {
  readonly #bus: EventBus;
  readonly #incidents: IncidentsService;

  constructor(
    deps: AuditedServiceDeps & {
      bus: EventBus;
      incidents: IncidentsService;
    },
  ) {
    super(deps);
    this.#bus = deps.bus;
    this.#incidents = deps.incidents;
  }

  get(incidentId: string): Promise<PostmortemRecord | null> {
    return ID.safeParse(incidentId).success
      ? repo.find(this.db, incidentId)
      : Promise.resolve(null);
  }

  actionItems(incidentId: string): Promise<ActionItemRecord[]> {
    return repo.items(this.db, incidentId);
  }

  async start(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(z.object({ incidentId: ID }), raw);
    const incident = await this.#incident(input.incidentId);
    // Read before the transaction: on PGlite there is one connection.
    const template = postmortemTemplate(incident, await this.#incidents.timeline(incident.id));
    return this.#change(incident.id, async (work) => {
      const created = await repo.insert(
        work.tx,
        incident.id,
        template,
        actor.name,
        this.clock.now(),
      );
      if (!created) {
        throw new PostmortemsError(
          'POSTMORTEM_EXISTS',
          `INC-${incident.number} already has a postmortem; edit that one.`,
        );
      }
      await this.audit.record(work, actor, {
        action: 'postmortem.start',
        targetType: 'incident',
        targetId: incident.id,
        details: { number: incident.number, timelineEntries: template.timeline.length },
      });
      return created;
    });
  }

  async update(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(
      z.object({
        incidentId: ID,
        summary: TEXT.nullish(),
        impact: TEXT.nullish(),
        timeline: z
          .array(
            z.object({
              at: z.coerce.date({ error: 'must be a time' }),
              text: z.string().trim().min(1, 'must not be empty').max(2000),
            }),
          )
          .max(500)
          .nullish(),
        rootCause: TEXT.nullish(),
        contributingFactors: TEXT.nullish(),
      }),
      raw,
    );
    return this.#change(input.incidentId, async (work) => {
      const current = await this.#requireDraft(
        work.tx,
        input.incidentId,
        'This postmortem is published: its sections are the record and no longer change. Action items still can.',
      );
      const next = {
        summary: input.summary ?? current.summary,
        impact: input.impact ?? current.impact,
        timeline: input.timeline
          ? [...input.timeline].sort((a, b) => a.at.getTime() - b.at.getTime())
          : current.timeline,
        rootCause: input.rootCause ?? current.rootCause,
        contributingFactors: input.contributingFactors ?? current.contributingFactors,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
        (k) => input[k] !== undefined && input[k] !== null,
      );
      const saved = await repo.update(work.tx, current.incidentId, next, this.clock.now());
      await this.audit.record(work, actor, {
        action: 'postmortem.update',
        targetType: 'incident',
        targetId: current.incidentId,
        details: { sections: changed },
      });
      return saved;
    });
  }

  async publish(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(z.object({ incidentId: ID }), raw);
    return this.#change(input.incidentId, async (work) => {
      const current = await this.#requireDraft(
        work.tx,
        input.incidentId,
        'This postmortem is already published.',
      );
      const missing = (
        [
          ['summary', current.summary],
          ['impact', current.impact],
          ['rootCause', current.rootCause],
        ] as const
      )
        .filter(([, value]) => !value.trim())
        .map(([field]) => ({ path: ['postmortem', field], message: 'must be written' }));
      const items = await repo.items(work.tx, current.incidentId);
      items.forEach((item, i) => {
        if (!item.ownerId) {
          missing.push({
            path: ['postmortem', 'actionItems', String(i), 'owner'],
            message: 'needs an owner',
          });
        }
      });
      if (missing.length) {
        throw new PostmortemsError(
          'NOT_READY_TO_PUBLISH',
          `The postmortem is not ready to publish: ${missing.map((m) => `${m.path.slice(1).join('.')} ${m.message}`).join('; ')}.`,
          { fields: missing },
        );
      }
      const saved = await repo.publish(work.tx, current.incidentId, actor.name, this.clock.now());
      await this.audit.record(work, actor, {
        action: 'postmortem.publish',
        targetType: 'incident',
        targetId: current.incidentId,
        details: { actionItems: items.length },
      });
      return saved;
    });
  }

  async addActionItem(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(
      z.object({
        incidentId: ID,
        title: TITLE,
        ownerId: z.uuid('must be a user id').nullish(),
        dueDate: DATE.nullish(),
      }),
      raw,
    );
    return this.#change(input.incidentId, async (work) => {
      await this.#require(work.tx, input.incidentId);
      await this.#checkOwner(work.tx, input.ownerId);
      const at = this.clock.now();
      const item = await repo.insertItem(
        work.tx,
        {
          incidentId: input.incidentId,
          title: input.title,
          ownerId: input.ownerId ?? null,
          dueDate: input.dueDate ?? null,
        },
        at,
      );
      await this.audit.record(work, actor, {
        action: 'postmortem.action_item.add',
        targetType: 'incident',
        targetId: input.incidentId,
        details: {
          itemId: item.id,
          title: item.title,
          ownerId: item.ownerId,
          dueDate: item.dueDate,
        },
      });
      return repo.touch(work.tx, input.incidentId, at);
    });
  }

  async updateActionItem(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(
      z.object({
        id: z.uuid('must be an action item id'),
        title: TITLE.nullish(),
        ownerId: z.uuid('must be a user id').nullish(),
        dueDate: DATE.nullish(),
        done: z.boolean().nullish(),
      }),
      raw,
    );
    const item = await this.#item(input.id);
    return this.#change(item.incidentId, async (work) => {
      await this.#require(work.tx, item.incidentId);
      await this.#checkOwner(work.tx, input.ownerId);
      const next = {
        id: item.id,
        title: input.title ?? item.title,
        ownerId: input.ownerId === undefined ? item.ownerId : input.ownerId,
        dueDate: input.dueDate === undefined ? item.dueDate : input.dueDate,
        done: input.done ?? item.done,
      };
      const at = this.clock.now();
      await repo.updateItem(work.tx, next, at);
      const changes = Object.fromEntries(
        (['title', 'ownerId', 'dueDate', 'done'] as const)
          .filter((k) => next[k] !== item[k])
          .map((k) => [k, { from: item[k], to: next[k] }]),
      );
      await this.audit.record(work, actor, {
        action: 'postmortem.action_item.update',
        targetType: 'incident',
        targetId: item.incidentId,
        details: { itemId: item.id, changes },
      });
      return repo.touch(work.tx, item.incidentId, at);
    });
  }

  async removeActionItem(actor: Actor, raw: unknown): Promise<PostmortemRecord> {
    const input = parseInput(z.object({ id: z.uuid('must be an action item id') }), raw);
    const item = await this.#item(input.id);
    return this.#change(item.incidentId, async (work) => {
      await this.#requireDraft(
        work.tx,
        item.incidentId,
        'This postmortem is published: mark the action item done instead of removing it.',
      );
      await repo.removeItem(work.tx, item.id);
      await this.audit.record(work, actor, {
        action: 'postmortem.action_item.remove',
        targetType: 'incident',
        targetId: item.incidentId,
        details: { itemId: item.id, title: item.title },
      });
      return repo.touch(work.tx, item.incidentId, this.clock.now());
    });
  }

  /** One audited transaction; the incident is published as changed after the commit. */
  async #change<T>(incidentId: string, fn: (work: Work) => Promise<T>): Promise<T> {
    const result = await this.units.run(fn);
    this.#bus.publish(INCIDENT_TOPIC, { id: incidentId } satisfies IncidentChanged);
    return result;
  }

  async #incident(id: string): Promise<IncidentRecord> {
    const incident = await this.#incidents.get(id);
    if (!incident) throw new PostmortemsError('INCIDENT_NOT_FOUND', `No incident with id ${id}.`);
    return incident;
  }

  async #item(id: string): Promise<ActionItemRecord> {
    const item = await repo.findItem(this.db, id);
    if (!item) throw new PostmortemsError('ACTION_ITEM_NOT_FOUND', `No action item with id ${id}.`);
    return item;
  }

  /** The postmortem, locked, unless it is published: then POSTMORTEM_PUBLISHED with `whyNot`. */
  async #requireDraft(
    tx: Queryable,
    incidentId: string,
    whyNot: string,
  ): Promise<PostmortemRecord> {
    const current = await this.#require(tx, incidentId);
    if (current.status === 'PUBLISHED') throw new PostmortemsError('POSTMORTEM_PUBLISHED', whyNot);
    return current;
  }

  async #require(tx: Queryable, incidentId: string): Promise<PostmortemRecord> {
    const found = await repo.find(tx, incidentId, true);
    if (!found) {
      throw new PostmortemsError(
        'POSTMORTEM_NOT_FOUND',
        'This incident has no postmortem yet; start one first.',
      );
    }
    return found;
  }

  async #checkOwner(tx: Queryable, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await repo.userExists(tx, ownerId))) {
      throw new PostmortemsError('USER_NOT_FOUND', `No user with id ${ownerId}.`, {
        fields: [{ path: ['input', 'ownerId'], message: 'is not a user' }],
      });
    }
  }
}

/**
 * Refuses, inside the closing transaction, to close an incident whose postmortem is not done:
 * SEV1–SEV3 need a published one; a SEV4 needs none, but one that was started must be published.
 */
export async function postmortemCloseCheck(tx: Queryable, incident: IncidentRecord): Promise<void> {
  const postmortem = await repo.find(tx, incident.id);
  if (postmortem?.status === 'PUBLISHED') return;
  const name = `INC-${incident.number}`;
  if (postmortem) {
    throw new PostmortemsError(
      'CLOSE_NEEDS_POSTMORTEM',
      `${name} cannot be closed: its postmortem is still a draft. Publish the postmortem first.`,
    );
  }
  if ((POSTMORTEM_REQUIRED as readonly string[]).includes(incident.severity)) {
    throw new PostmortemsError(
      'CLOSE_NEEDS_POSTMORTEM',
      `${name} is ${incident.severity}, so closing it needs a published postmortem. Start the postmortem, write it and publish it first.`,
    );
  }
}
