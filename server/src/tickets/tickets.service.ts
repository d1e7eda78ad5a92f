import { z } from 'zod';
import {
  type Actor,
  AuditedService,
  type AuditedServiceDeps,
  type ChangeInProgress,
  SYSTEM_ACTOR,
} from '../audit/index.ts';
import type { EventBus } from '../events/index.ts';
import type { IncidentRecord, IncidentsService, TimelineEntryRecord } from '../incidents/index.ts';
import {
  type Connection,
  decodeCursor,
  pageOf,
  pageSize,
  toConnection,
} from '../shared/connection.ts';
import { parseInput } from '../shared/errors.ts';
import { humanNumber } from '../shared/human-id.ts';
import { parseMergeInput, readMergePair } from '../shared/merge.ts';
import { type Queryable, userNames } from '../store/index.ts';
import { ticketSla } from './sla-clocks.ts';
import { suggestedReply } from './suggested-reply.ts';
import { TicketsError } from './tickets.errors.ts';
import { breachKey, ticketsRepository as repo, type TicketChanges } from './tickets.repository.ts';
import {
  canTransition,
  dueForClose,
  isActive,
  isPausing,
  onIncidentStatus,
  statusAfterAgentReply,
  statusAfterCustomerReply,
  statusOnLink,
  TRANSITIONS,
} from './tickets.rules.ts';
import {
  type CalendarRecord,
  type MessageRecord,
  PRIORITIES,
  type SlaPolicyRecord,
  TICKET_STATUSES,
  TICKET_TOPIC,
  TICKET_VIEWS,
  type TicketChanged,
  type TicketFilter,
  type TicketRecord,
  type TicketSla,
  type TicketSource,
  type TicketStatus,
  ticketRef,
  VISIBILITIES,
  type Visibility,
} from './tickets.types.ts';

const ID = z.uuid('must be a ticket id');
const TAGS = z.array(z.string().trim().min(1).max(50)).max(20, 'must hold at most 20 tags');
const BODY = z.string().trim().min(1, 'must not be empty').max(20_000);

export const newTicketSchema = z.object({
  subject: z.string().trim().min(3, 'must be at least 3 characters').max(300),
  description: z.string().trim().min(1, 'must not be empty').max(20_000),
  priority: z.enum(PRIORITIES).default('NORMAL'),
  requester: z.object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    email: z.email('must be an email address').max(320),
    organisation: z.string().trim().max(200).nullish(),
  }),
  assigneeId: z.uuid().nullish(),
  group: z.string().trim().min(1).max(100).nullish(),
  tags: TAGS.nullish(),
});

/** One audited transaction of ticket changes: audit entries and tickets to publish. */
type Work = ChangeInProgress;

/** A ticket with its SLA already read, for lists. */
export type TicketWithSla = TicketRecord & { sla?: TicketSla };

export interface TicketsOptions {
  /** AT_RISK below this share of a target left (0.25). */
  atRiskFraction: number;
  /** RESOLVED tickets close after this long. */
  autoCloseAfterMs: number;
}

const TICKET_FILTER = z.object({
  view: z.enum(TICKET_VIEWS).nullish(),
  viewerId: z.uuid().nullish(),
  status: z.array(z.enum(TICKET_STATUSES)).nullish(),
  priority: z.array(z.enum(PRIORITIES)).nullish(),
  search: z.string().max(200).nullish(),
  incidentId: z.uuid().nullish(),
  first: z.number().int().min(1).max(500).nullish(),
});

/** How many of the newest active tickets the BREACHING view looks through. */
const BREACHING_WINDOW = 2000;

/** Active tickets at risk or breached, soonest due first (then by number). */
function byDueDate(tickets: TicketWithSla[]): TicketWithSla[] {
  return tickets
    .filter(
      (t) => isActive(t.status) && (t.sla?.state === 'AT_RISK' || t.sla?.state === 'BREACHED'),
    )
    .sort(
      (a, b) =>
        (a.sla?.dueAt?.getTime() ?? 0) - (b.sla?.dueAt?.getTime() ?? 0) || a.number - b.number,
    );
}

export class TicketsService extends AuditedService {
  readonly #bus: EventBus;
  readonly #incidents: IncidentsService;
  readonly #options: TicketsOptions;

  constructor(
    deps: AuditedServiceDeps & {
      bus: EventBus;
      incidents: IncidentsService;
      options: TicketsOptions;
    },
  ) {
    super(deps);
    this.#bus = deps.bus;
    this.#incidents = deps.incidents;
    this.#options = deps.options;
  }

  // --- reading -----------------------------------------------------------------------------

  async list(raw: TicketFilter): Promise<TicketWithSla[]> {
    const filter = parseInput(TICKET_FILTER, raw, []);
    const breaching = filter.view === 'BREACHING';
    const tickets = await repo.list(this.db, {
      ...filter,
      ...(breaching ? { first: 500 } : {}),
    });
    const read = await this.#withSla(tickets);
    if (!breaching) return read;
    return byDueDate(read).slice(0, filter.first ?? 100);
  }

  /**
   * A page of the tickets the filter matches, in the list's order (newest first; BREACHING:
   * soonest due first, over the BREACHING_WINDOW newest active tickets), with their count.
   */
  async page(
    raw: TicketFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<TicketWithSla>> {
    const filter = parseInput(TICKET_FILTER, raw, []);
    const size = pageSize(first, 50);
    if (filter.view === 'BREACHING') {
      const key = decodeCursor(after, z.tuple([z.number(), z.number().int().positive()]));
      const active = TICKET_STATUSES.filter(isActive);
      const status = filter.status?.length ? filter.status.filter(isActive) : active;
      const { rows } = await repo.page(
        this.db,
        { ...filter, status: status.length ? status : ['MERGED'] },
        BREACHING_WINDOW,
        null,
      );
      const due = byDueDate(await this.#withSla(rows));
      return pageOf(
        due,
        size,
        key,
        (t) => [t.sla?.dueAt?.getTime() ?? 0, t.number] as [number, number],
        (a, b) => a[0] - b[0] || a[1] - b[1],
      );
    }
    const key = decodeCursor(after, z.tuple([z.iso.datetime(), z.number().int().positive()]));
    const position = key ? { createdAt: key[0], number: key[1] } : null;
    const { rows, totalCount } = await repo.page(this.db, filter, size + 1, position, true);
    return toConnection(await this.#withSla(rows), size, totalCount, (t) => [
      t.createdAt.toISOString(),
      t.number,
    ]);
  }

  /** By id, or by the id people use (`T-1001`). */
  get(id: string): Promise<TicketRecord | null> {
    const number = humanNumber('T', id);
    if (number !== null) return repo.findByNumber(this.db, number);
    return ID.safeParse(id).success ? repo.find(this.db, id) : Promise.resolve(null);
  }

  /** The conversation, oldest first; only public replies when `visibility` is PUBLIC. */
  conversation(ticketId: string, visibility: Visibility | null = null): Promise<MessageRecord[]> {
    return repo.messages(this.db, ticketId, visibility);
  }

  async sla(ticket: TicketWithSla): Promise<TicketSla> {
    if (ticket.sla) return ticket.sla;
    const [read] = await this.#withSla([ticket]);
    return (read as TicketWithSla).sla as TicketSla;
  }

  policies(): Promise<SlaPolicyRecord[]> {
    return repo.policies(this.db);
  }

  calendars(): Promise<CalendarRecord[]> {
    return repo.calendars(this.db);
  }

  subscribe(): AsyncIterableIterator<TicketChanged> {
    return this.#bus.subscribe<TicketChanged>(TICKET_TOPIC);
  }

  async #withSla(tickets: TicketRecord[], db: Queryable = this.db): Promise<TicketWithSla[]> {
    if (!tickets.length) return [];
    const [policies, calendars, pauses] = await Promise.all([
      repo.policies(db),
      repo.calendars(db),
      repo.pauses(
        db,
        tickets.map((t) => t.id),
      ),
    ]);
    const now = this.clock.now();
    return tickets.map((ticket) => {
      const policy = policies.find((p) => p.priority === ticket.priority);
      const calendar = calendars.find((c) => c.id === policy?.calendarId);
      if (!policy || !calendar) return ticket;
      return {
        ...ticket,
        sla: ticketSla({
          ticket,
          policy,
          calendar,
          pauses: pauses.get(ticket.id) ?? [],
          now,
          riskFraction: this.#options.atRiskFraction,
        }),
      };
    });
  }

  // --- changes -----------------------------------------------------------------------------

  /**
   * Opens a ticket. With an idempotency key, a second call with the same key returns the ticket
   * the first created (`created: false`) and writes nothing.
   */
  async create(
    actor: Actor,
    raw: unknown,
    how: { source: TicketSource; idempotencyKey?: string | null; path?: string[] } = {
      source: 'CONSOLE',
    },
  ): Promise<{ ticket: TicketRecord; created: boolean }> {
    const input = parseInput(newTicketSchema, raw, how.path ?? ['input']);
    const key = how.idempotencyKey ?? null;
    if (key) {
      const existing = await repo.findByKey(this.db, key);
      if (existing) return { ticket: existing, created: false };
    }
    if (input.assigneeId) await this.#requireUser(this.db, input.assigneeId, 'assigneeId');
    let created = true;
    const ticket = await this.#run(actor, async (work) => {
      const inserted = await repo.insert(work.tx, {
        subject: input.subject,
        description: input.description,
        priority: input.priority,
        requester: { ...input.requester, organisation: input.requester.organisation ?? null },
        assigneeId: input.assigneeId ?? null,
        group: input.group ?? null,
        tags: input.tags ?? [],
        source: how.source,
        idempotencyKey: key,
        at: work.at,
        createdBy: actor.name,
      });
      if (!inserted) {
        // The same key committed in between: answer with that ticket, write nothing.
        created = false;
        return (await repo.findByKey(work.tx, key as string)) as TicketRecord;
      }
      await repo.addMessage(work.tx, {
        ticketId: inserted.id,
        at: work.at,
        visibility: 'PUBLIC',
        authorType: 'CUSTOMER',
        authorId: null,
        authorName: input.requester.name,
        body: input.description,
      });
      work.audits.push({
        action: 'ticket.create',
        targetType: 'ticket',
        targetId: inserted.id,
        details: {
          number: inserted.number,
          priority: inserted.priority,
          source: how.source,
          ...(key ? { idempotencyKey: key } : {}),
        },
      });
      work.changed.add(inserted.id);
      return inserted;
    });
    return { ticket, created };
  }

  async update(actor: Actor, raw: unknown): Promise<TicketRecord> {
    const input = parseInput(
      z.object({
        id: ID,
        subject: z.string().trim().min(3).max(300).nullish(),
        priority: z.enum(PRIORITIES).nullish(),
        assigneeId: z.uuid().nullish(),
        group: z.string().trim().max(100).nullish(),
        tags: TAGS.nullish(),
      }),
      raw,
    );
    const changes: TicketChanges = {};
    if (input.subject) changes.subject = input.subject;
    if (input.priority) changes.priority = input.priority;
    if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
    if (input.group !== undefined) changes.group = input.group || null;
    if (input.tags) changes.tags = input.tags;
    if (!Object.keys(changes).length) {
      throw new TicketsError('NOTHING_TO_CHANGE', 'Change at least one field.', {
        fields: [{ path: ['input'], message: 'names nothing to change' }],
      });
    }
    if (input.assigneeId) await this.#requireUser(this.db, input.assigneeId, 'assigneeId');
    return this.#run(actor, async (work) => {
      const ticket = await this.#require(work.tx, input.id);
      const saved = await repo.update(work.tx, ticket.id, work.at, changes);
      const from = Object.fromEntries(
        Object.keys(changes).map((k) => [k, (ticket as unknown as Record<string, unknown>)[k]]),
      );
      await this.#event(work, ticket.id, await describeChanges(work.tx, changes));
      work.audits.push({
        action: 'ticket.update',
        targetType: 'ticket',
        targetId: ticket.id,
        details: { from, to: changes },
      });
      return saved;
    });
  }

  async changeStatus(actor: Actor, raw: unknown): Promise<TicketRecord> {
    const input = parseInput(
      z.object({
        id: ID,
        status: z.enum(['OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED'], {
          message:
            'must be OPEN, PENDING_CUSTOMER, RESOLVED or CLOSED (link an incident or merge for the others)',
        }),
      }),
      raw,
    );
    return this.#run(actor, async (work) => {
      const ticket = await this.#require(work.tx, input.id);
      return this.#transition(work, ticket, input.status);
    });
  }

  /**
   * Adds a public reply (to the customer) or an internal note. An agent's first public reply
   * stops the first-response clock, each one restarts the next-update clock, and a NEW ticket
   * becomes OPEN. Sending a public reply uses up the suggested reply.
   */
  async reply(
    actor: Actor,
    raw: unknown,
  ): Promise<{ ticket: TicketRecord; message: MessageRecord }> {
    const input = parseInput(
      z.object({ id: ID, body: BODY, visibility: z.enum(VISIBILITIES) }),
      raw,
    );
    return this.#run(actor, async (work) => {
      let ticket = await this.#require(work.tx, input.id);
      if (ticket.status === 'CLOSED' || ticket.status === 'MERGED') {
        throw new TicketsError(
          'TICKET_CLOSED',
          `${ticketRef(ticket)} is ${ticket.status}; open a new ticket to continue.`,
        );
      }
      const message = (await repo.addMessage(work.tx, {
        ticketId: ticket.id,
        at: work.at,
        visibility: input.visibility,
        authorType: 'AGENT',
        authorId: actor.id,
        authorName: actor.name,
        body: input.body,
      })) as MessageRecord;
      if (input.visibility === 'PUBLIC') {
        ticket = await repo.update(work.tx, ticket.id, work.at, {
          firstRespondedAt: ticket.firstRespondedAt ?? work.at,
          lastPublicReplyAt: work.at,
          suggestedReply: null,
        });
        const next = statusAfterAgentReply(ticket.status);
        if (next !== ticket.status) ticket = await this.#transition(work, ticket, next);
      }
      work.audits.push({
        action: input.visibility === 'PUBLIC' ? 'ticket.reply' : 'ticket.note',
        targetType: 'ticket',
        targetId: ticket.id,
        details: { messageId: message.id, length: input.body.length },
      });
      work.changed.add(ticket.id);
      return { ticket, message };
    });
  }

  /**
   * A follow-up from the requester, relayed by a mail gateway or form: a public customer message
   * on their ticket (`ticket: "T-1042"`, from the address the ticket was opened with). It reopens
   * a ticket that waited for the customer or was resolved. With an idempotency key, a retry adds
   * nothing and returns the ticket.
   */
  async customerReply(
    actor: Actor,
    raw: unknown,
    how: { idempotencyKey?: string | null; path?: string[] } = {},
  ): Promise<{ ticket: TicketRecord; added: boolean }> {
    const path = how.path ?? ['input'];
    const input = parseInput(
      z.object({
        ticket: z
          .string()
          .trim()
          .regex(/^T-?\d{1,12}$/i, 'must be a ticket reference such as T-1042'),
        requester: z.object({
          name: z.string().trim().min(1).max(200).nullish(),
          email: z.email('must be an email address').max(320),
        }),
        description: BODY,
      }),
      raw,
      path,
    );
    const key = how.idempotencyKey ?? null;
    if (key) {
      const existing = await repo.ticketOfMessageKey(this.db, key);
      if (existing) return { ticket: existing, added: false };
    }
    const number = Number(input.ticket.replace(/^T-?/i, ''));
    return this.#run(actor, async (work) => {
      let ticket = await repo.findByNumber(work.tx, number, true);
      // The same answer whether the ticket is missing or someone else's: nothing to learn.
      if (!ticket || ticket.requester.email.toLowerCase() !== input.requester.email.toLowerCase()) {
        throw new TicketsError(
          'TICKET_NOT_FOUND',
          `No ticket ${input.ticket.toUpperCase()} opened by ${input.requester.email}.`,
          { fields: [{ path: [...path, 'ticket'], message: 'is not a ticket of this requester' }] },
        );
      }
      if (ticket.status === 'CLOSED' || ticket.status === 'MERGED') {
        throw new TicketsError(
          'TICKET_CLOSED',
          `${ticketRef(ticket)} is ${ticket.status}; send it as a new request.`,
        );
      }
      const message = await repo.addMessage(work.tx, {
        ticketId: ticket.id,
        at: work.at,
        visibility: 'PUBLIC',
        authorType: 'CUSTOMER',
        authorId: null,
        authorName: input.requester.name ?? ticket.requester.name,
        body: input.description,
        idempotencyKey: key,
      });
      if (!message) return { ticket, added: false };
      const next = statusAfterCustomerReply(ticket.status);
      if (next !== ticket.status) {
        ticket = await this.#transition(work, ticket, next, {
          message: `${ticket.requester.name} replied; back to ${label(next)}.`,
        });
      }
      work.audits.push({
        action: 'ticket.customer_reply',
        targetType: 'ticket',
        targetId: ticket.id,
        details: { messageId: message.id, length: input.description.length },
      });
      work.changed.add(ticket.id);
      return { ticket, added: true };
    });
  }

  /** Links a ticket to an incident; while the incident is open, the ticket waits for it. */
  async link(actor: Actor, raw: unknown): Promise<TicketRecord> {
    const input = parseInput(
      z.object({ id: ID, incidentId: z.uuid('must be an incident id') }),
      raw,
    );
    const incident = await this.#incidents.get(input.incidentId);
    if (!incident) {
      throw new TicketsError('INCIDENT_NOT_FOUND', `No incident with id ${input.incidentId}.`, {
        fields: [{ path: ['input', 'incidentId'], message: 'is not an incident' }],
      });
    }
    const open = onIncidentStatus(incident.status) === 'WAIT';
    return this.#run(actor, async (work) => {
      let ticket = await this.#require(work.tx, input.id);
      if (!isActive(ticket.status)) {
        throw new TicketsError(
          'TICKET_CLOSED',
          `${ticketRef(ticket)} is ${ticket.status}; only an active ticket can be linked.`,
        );
      }
      ticket = await repo.update(work.tx, ticket.id, work.at, { incidentId: incident.id });
      await this.#event(work, ticket.id, `Linked to INC-${incident.number}: ${incident.title}.`);
      work.audits.push({
        action: 'ticket.link',
        targetType: 'ticket',
        targetId: ticket.id,
        details: { incidentId: incident.id, incidentStatus: incident.status },
      });
      work.changed.add(ticket.id);
      const next = statusOnLink(ticket.status, open);
      return next === ticket.status ? ticket : this.#transition(work, ticket, next);
    });
  }

  async unlink(actor: Actor, raw: unknown): Promise<TicketRecord> {
    const input = parseInput(z.object({ id: ID }), raw);
    return this.#run(actor, async (work) => {
      let ticket = await this.#require(work.tx, input.id);
      if (!ticket.incidentId) {
        throw new TicketsError('NOT_LINKED', `${ticketRef(ticket)} is not linked to an incident.`);
      }
      if (ticket.status === 'PENDING_INCIDENT')
        ticket = await this.#transition(work, ticket, 'OPEN');
      const saved = await repo.update(work.tx, ticket.id, work.at, { incidentId: null });
      await this.#event(work, ticket.id, 'Unlinked from its incident.');
      work.audits.push({
        action: 'ticket.unlink',
        targetType: 'ticket',
        targetId: ticket.id,
        details: { incidentId: ticket.incidentId },
      });
      work.changed.add(ticket.id);
      return saved;
    });
  }

  async merge(actor: Actor, raw: unknown): Promise<TicketRecord> {
    const input = parseMergeInput(raw, ID, 'must be another ticket', (fields) => {
      return new TicketsError('MERGE_INTO_SELF', 'A ticket cannot be merged into itself.', {
        fields,
      });
    });
    return this.#run(actor, async (work) => {
      const { source, target } = await readMergePair(input, (id) => this.#require(work.tx, id));
      if (!isActive(target.status)) {
        throw new TicketsError(
          'MERGE_TARGET_CLOSED',
          `${ticketRef(target)} is ${target.status}; merge into an active ticket.`,
        );
      }
      const merged = await this.#transition(work, source, 'MERGED', { mergedIntoId: target.id });
      await this.#event(work, target.id, `${ticketRef(source)} was merged into this ticket.`);
      work.changed.add(target.id);
      return merged;
    });
  }

  // --- automatic ---------------------------------------------------------------------------

  /**
   * Moves the tickets waiting on an incident after it changed. Every replica receives the
   * incident event and calls this; the waiting tickets are locked and re-read in one transaction
   * and moved only while they are still PENDING_INCIDENT, so exactly one replica moves each
   * ticket, audits it once and drafts one suggested reply. Returns the tickets it moved.
   */
  async onIncidentChanged(incidentId: string): Promise<TicketRecord[]> {
    const incident = await this.#incidents.get(incidentId);
    if (!incident) return [];
    const outcome = onIncidentStatus(incident.status);
    if (outcome === 'WAIT') return [];
    const timeline: TimelineEntryRecord[] =
      outcome === 'REOPEN_WITH_SUMMARY' ? await this.#incidents.timeline(incident.id) : [];
    const target: IncidentRecord | null =
      outcome === 'FOLLOW_MERGE' && incident.mergedIntoId
        ? await this.#incidents.get(incident.mergedIntoId)
        : null;
    return this.#run(SYSTEM_ACTOR, async (work) => {
      const waiting = await repo.waitingOn(work.tx, incident.id);
      const moved: TicketRecord[] = [];
      for (const ticket of waiting) {
        if (outcome === 'FOLLOW_MERGE' && target) {
          const saved = await repo.update(work.tx, ticket.id, work.at, { incidentId: target.id });
          await this.#event(
            work,
            ticket.id,
            `INC-${incident.number} was merged into INC-${target.number}; waiting on that now.`,
          );
          work.audits.push({
            action: 'ticket.link',
            targetType: 'ticket',
            targetId: ticket.id,
            details: { incidentId: target.id, from: incident.id },
          });
          moved.push(saved);
          continue;
        }
        const reply =
          outcome === 'REOPEN_WITH_SUMMARY' ? suggestedReply(ticket, incident, timeline) : null;
        if (reply) await repo.update(work.tx, ticket.id, work.at, { suggestedReply: reply });
        moved.push(
          await this.#transition(work, ticket, 'OPEN', {
            message: `INC-${incident.number} is ${incident.status.toLowerCase()}; back to open${reply ? ' with a suggested reply' : ''}.`,
          }),
        );
      }
      return moved;
    });
  }

  /**
   * The leader's periodic work: announces each SLA breach once (in the store, so a new leader
   * does not announce it again), closes tickets RESOLVED for long enough, and catches up on
   * incidents whose change event was missed.
   */
  async sweep(): Promise<{ breached: number; closed: number; reopened: number }> {
    let reopened = 0;
    for (const incidentId of await repo.incidentsWaitedOn(this.db)) {
      reopened += (await this.onIncidentChanged(incidentId)).length;
    }
    const now = this.clock.now();
    let breached = 0;
    const active = await this.#withSla(await repo.active(this.db));
    const recorded = await repo.recordedBreaches(
      this.db,
      active.map((t) => t.id),
    );
    for (const ticket of active) {
      for (const clock of ticket.sla?.clocks ?? []) {
        if (clock.state !== 'BREACHED') continue;
        if (recorded.has(breachKey(ticket.id, clock.kind, clock.startedAt))) continue;
        const announced = await this.#run(SYSTEM_ACTOR, async (work) => {
          const first = await repo.recordBreach(
            work.tx,
            ticket.id,
            clock.kind,
            clock.startedAt,
            clock.dueAt ?? now,
          );
          if (!first) return false;
          await this.#event(
            work,
            ticket.id,
            `SLA breached: ${clock.kind.toLowerCase().replace('_', ' ')} (target ${clock.targetMinutes} min).`,
          );
          work.audits.push({
            action: 'ticket.sla_breach',
            targetType: 'ticket',
            targetId: ticket.id,
            details: { clock: clock.kind, dueAt: clock.dueAt?.toISOString() ?? null },
          });
          work.changed.add(ticket.id);
          return true;
        });
        if (announced) breached++;
      }
    }
    let closed = 0;
    const before = new Date(now.getTime() - this.#options.autoCloseAfterMs);
    for (const id of await repo.resolvedBefore(this.db, before)) {
      const done = await this.#run(SYSTEM_ACTOR, async (work) => {
        const ticket = await this.#require(work.tx, id);
        if (!dueForClose(ticket.status, ticket.resolvedAt, work.at, this.#options.autoCloseAfterMs))
          return false;
        await this.#transition(work, ticket, 'CLOSED', {
          message: 'Closed automatically after being resolved.',
        });
        return true;
      });
      if (done) closed++;
    }
    return { breached, closed, reopened };
  }

  // --- inside a transaction ----------------------------------------------------------------

  async #run<T>(actor: Actor, fn: (work: Work) => Promise<T>): Promise<T> {
    const changed = new Set<string>();
    const result = await this.units.run(async (unit) => {
      const work: Work = { tx: unit.tx, actor, at: this.clock.now(), audits: [], changed };
      const value = await fn(work);
      for (const entry of work.audits) await this.audit.record(unit, actor, entry);
      return value;
    });
    for (const id of changed) this.#bus.publish(TICKET_TOPIC, { id } satisfies TicketChanged);
    return result;
  }

  async #transition(
    work: Work,
    ticket: TicketRecord,
    to: TicketStatus,
    how: { message?: string; mergedIntoId?: string } = {},
  ): Promise<TicketRecord> {
    if (!canTransition(ticket.status, to)) {
      const next = TRANSITIONS[ticket.status];
      throw new TicketsError(
        'ILLEGAL_TRANSITION',
        `${ticketRef(ticket)} is ${ticket.status}, so it cannot become ${to}; ` +
          (next.length ? `it can become ${next.join(', ')}.` : 'it is final.'),
      );
    }
    const changes: TicketChanges = { status: to };
    if (to === 'RESOLVED') changes.resolvedAt = work.at;
    if (ticket.status === 'RESOLVED' && to === 'OPEN') changes.resolvedAt = null;
    if (to === 'CLOSED' || to === 'MERGED') changes.closedAt = work.at;
    if (how.mergedIntoId) changes.mergedIntoId = how.mergedIntoId;
    // A closed or merged ticket keeps its last pause open: its clocks stay where they stopped.
    if (to !== 'CLOSED' && to !== 'MERGED') {
      if (isPausing(ticket.status)) await repo.endPauses(work.tx, ticket.id, work.at);
      if (isPausing(to)) await repo.startPause(work.tx, ticket.id, to, work.at);
    }
    const saved = await repo.update(work.tx, ticket.id, work.at, changes);
    await this.#event(
      work,
      ticket.id,
      how.message ?? `Status ${label(ticket.status)} → ${label(to)}.`,
    );
    work.audits.push({
      action: `ticket.${to.toLowerCase()}`,
      targetType: 'ticket',
      targetId: ticket.id,
      details: {
        from: ticket.status,
        to,
        ...(how.mergedIntoId ? { mergedIntoId: how.mergedIntoId } : {}),
      },
    });
    work.changed.add(ticket.id);
    return saved;
  }

  /** An internal line in the conversation saying what changed and who did it. */
  async #event(work: Work, ticketId: string, body: string): Promise<void> {
    await repo.addMessage(work.tx, {
      ticketId,
      at: work.at,
      visibility: 'INTERNAL',
      authorType: 'SYSTEM',
      authorId: work.actor.id,
      authorName: work.actor.name,
      body,
    });
    work.changed.add(ticketId);
  }

  async #require(tx: Queryable, id: string): Promise<TicketRecord> {
    const found = await repo.find(tx, id, true);
    if (!found) throw new TicketsError('TICKET_NOT_FOUND', `No ticket with id ${id}.`);
    return found;
  }

  async #requireUser(db: Queryable, id: string, field: string): Promise<void> {
    if (!(await repo.userExists(db, id))) {
      throw new TicketsError('USER_NOT_FOUND', `No active user with id ${id}.`, {
        fields: [{ path: ['input', field], message: 'is not an active user' }],
      });
    }
  }
}

/** A change of a ticket's fields in words, with people by name: what its timeline says. */
async function describeChanges(db: Queryable, changes: TicketChanges): Promise<string> {
  const names = await userNames(db, changes.assigneeId ? [changes.assigneeId] : []);
  const parts: string[] = [];
  if (changes.subject) parts.push(`the subject to "${changes.subject}"`);
  if (changes.priority) parts.push(`the priority to ${changes.priority.toLowerCase()}`);
  if (changes.assigneeId !== undefined) {
    parts.push(
      changes.assigneeId
        ? `the assignee to ${names.get(changes.assigneeId) ?? changes.assigneeId}`
        : 'the assignee to nobody',
    );
  }
  if (changes.group !== undefined) parts.push(`the group to ${changes.group ?? 'none'}`);
  if (changes.tags) parts.push(`the tags to ${changes.tags.join(', ') || 'none'}`);
  return `Changed ${parts.join(', ')}.`;
}

/** PENDING_CUSTOMER → "pending customer". */
function label(status: TicketStatus): string {
  return status.toLowerCase().replace('_', ' ');
}
