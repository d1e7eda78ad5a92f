import { z } from 'zod';
import {
  type Actor,
  AuditedService,
  type AuditedServiceDeps,
  type ChangeInProgress,
  SYSTEM_ACTOR,
} from '../audit/index.ts';
import { ENVIRONMENTS } from '../catalog/index.ts';
import type { EventBus } from '../events/index.ts';
import { type Connection, decodeCursor, pageSize, toConnection } from '../shared/connection.ts';
import { parseInput } from '../shared/errors.ts';
import { humanNumber } from '../shared/human-id.ts';
import { parseMergeInput, readMergePair } from '../shared/merge.ts';
import { incidentTitle } from '../shared/validation.ts';
import { type Queryable, userNames } from '../store/index.ts';
import { incidentRecords, type TimelineEntryInput } from './incident-records.ts';
import { IncidentsError } from './incidents.errors.ts';
import { incidentsRepository as repo } from './incidents.repository.ts';
import {
  canTransition,
  deriveSeverity,
  isOpen,
  moreSevere,
  TRANSITIONS,
} from './incidents.rules.ts';
import {
  type CloseCheck,
  IMPACTS,
  INCIDENT_SOURCES,
  INCIDENT_TOPIC,
  type IncidentChanged,
  type IncidentEvent,
  type IncidentFilter,
  type IncidentHook,
  type IncidentRecord,
  type IncidentSource,
  type IncidentStatus,
  SEVERITIES,
  type Signal,
  type SignalRecord,
  type TimelineEntryRecord,
} from './incidents.types.ts';

const DNS_LABEL = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label');
const DEPLOYMENT = z.object({ namespace: DNS_LABEL.max(63), name: DNS_LABEL.max(63) });
const ID = z.uuid('must be an incident id');
const REASON = z.string().trim().min(3, 'must say why, in a few words').max(2000);

/**
 * Signals about one deployment's own state: its health falling and its rollout being rolled
 * back are one problem, so either joins the deployment's open incident from the other source
 * (signals of one source still join only by their fingerprint).
 */
const DEPLOYMENT_SOURCES: readonly IncidentSource[] = ['HEALTH', 'ROLLOUT'];

const signalSchema = z.object({
  source: z.enum(INCIDENT_SOURCES),
  fingerprint: z.string().trim().min(1).max(500),
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(10_000),
  deployment: DEPLOYMENT.optional(),
  environment: z.enum(ENVIRONMENTS).optional(),
  impact: z.enum(IMPACTS),
  status: z.enum(['FIRING', 'RESOLVED']),
  alertSeverity: z.string().max(100).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  at: z.date().optional(),
});

/** What one transaction of incident changes collects: audit entries and incidents to publish. */
interface Work extends ChangeInProgress {
  events: IncidentEvent[];
}

export interface SignalOutcome {
  incident: IncidentRecord | null;
  /** OPENED a new incident, JOINED an open one, RESOLVED a signal, or IGNORED (nothing open). */
  outcome: 'OPENED' | 'JOINED' | 'RESOLVED' | 'IGNORED';
}

export class IncidentsService extends AuditedService {
  readonly #bus: EventBus;
  readonly #closeCheck: CloseCheck | null;
  readonly #participants: IncidentHook[];

  constructor(
    deps: AuditedServiceDeps & {
      bus: EventBus;
      /** Runs in the transaction that closes an incident; when it throws, the incident stays. */
      closeCheck?: CloseCheck;
      /**
       * Run in the transaction of every incident opened or moved to another status, so what they
       * write (the first page of its escalation) commits with it or not at all.
       */
      participants?: IncidentHook[];
    },
  ) {
    super(deps);
    this.#bus = deps.bus;
    this.#closeCheck = deps.closeCheck ?? null;
    this.#participants = deps.participants ?? [];
  }

  list(filter: IncidentFilter): Promise<IncidentRecord[]> {
    return repo.list(this.db, filter);
  }

  /** A page of the incidents the filter matches, newest first, after `after`, with their count. */
  async page(
    filter: IncidentFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<IncidentRecord>> {
    const size = pageSize(first, 50);
    const key = decodeCursor(after, z.tuple([z.iso.datetime(), z.number().int().positive()]));
    const position = key ? { triggeredAt: key[0], number: key[1] } : null;
    const { rows, totalCount } = await repo.page(this.db, filter, size + 1, position, true);
    return toConnection(rows, size, totalCount, (i) => [i.triggeredAt.toISOString(), i.number]);
  }

  /** By id, or by the id people use (`INC-12`). */
  get(id: string): Promise<IncidentRecord | null> {
    const number = humanNumber('INC', id);
    if (number !== null) return repo.findByNumber(this.db, number);
    return ID.safeParse(id).success ? repo.find(this.db, id) : Promise.resolve(null);
  }

  /** The incidents with these ids, by id (ids that are not incident ids are left out). */
  getMany(ids: readonly string[]): Promise<Map<string, IncidentRecord>> {
    return repo.findMany(
      this.db,
      ids.filter((id) => ID.safeParse(id).success),
    );
  }

  timeline(id: string): Promise<TimelineEntryRecord[]> {
    return repo.timeline(this.db, id);
  }

  /** Adds an entry to an incident's timeline inside the caller's transaction. */
  appendTimeline(tx: Queryable, entry: TimelineEntryInput): Promise<void> {
    return incidentRecords.appendTimeline(tx, entry);
  }

  signals(id: string): Promise<SignalRecord[]> {
    return repo.signals(this.db, id);
  }

  subscribe(): AsyncIterableIterator<IncidentChanged> {
    return this.#bus.subscribe<IncidentChanged>(INCIDENT_TOPIC);
  }

  /**
   * Reports a health, rollout or alert signal. FIRING opens an incident for its fingerprint or
   * joins the open one (the database keeps one open incident per fingerprint); RESOLVED marks the
   * signal resolved, and resolves the incident when none of its signals still fires.
   */
  /** For metrics: open incidents by severity and status, and how long the oldest has waited. */
  openSummary() {
    return repo.openSummary(this.db);
  }

  async recordSignal(signal: Signal, actor: Actor = SYSTEM_ACTOR): Promise<SignalOutcome> {
    const [outcome] = await this.recordSignals([signal], actor);
    return outcome as SignalOutcome;
  }

  /** Several signals in one transaction: all are recorded, or none. */
  async recordSignals(signals: Signal[], actor: Actor = SYSTEM_ACTOR): Promise<SignalOutcome[]> {
    const parsed = signals.map((s, i) =>
      parseInput(signalSchema, s, signals.length > 1 ? ['signals', String(i)] : ['signal']),
    );
    return this.#run(actor, async (work) => {
      const outcomes: SignalOutcome[] = [];
      for (const signal of parsed) {
        outcomes.push(
          signal.status === 'FIRING'
            ? await this.#fire(work, signal)
            : await this.#resolveSignal(work, signal),
        );
      }
      return outcomes;
    });
  }

  /** A rollback took the deployment back to a good release: its open incidents are MITIGATED. */
  async mitigatedByRollback(
    deployment: { namespace: string; name: string },
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<IncidentRecord[]> {
    const target = parseInput(DEPLOYMENT, deployment, ['deployment']);
    return this.#run(actor, async (work) => {
      const open = await repo.openForDeployment(work.tx, target.namespace, target.name);
      const moved: IncidentRecord[] = [];
      for (const incident of open) {
        if (!canTransition(incident.status, 'MITIGATED')) continue;
        moved.push(
          await this.#transition(work, incident, 'MITIGATED', {
            message: `Mitigated: ${target.namespace}/${target.name} was rolled back.`,
          }),
        );
      }
      return moved;
    });
  }

  async declare(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    const input = parseInput(
      z.object({
        title: incidentTitle,
        summary: z.string().max(10_000).nullish(),
        severity: z.enum(SEVERITIES),
        deployment: DEPLOYMENT.nullish(),
        environment: z.enum(ENVIRONMENTS).nullish(),
      }),
      raw,
    );
    return this.#run(actor, async (work) => {
      const incident = await repo.insertOpen(work.tx, {
        title: input.title,
        summary: input.summary ?? '',
        status: 'TRIGGERED',
        severity: input.severity,
        source: 'MANUAL',
        // Declared incidents never deduplicate against each other.
        fingerprint: `manual:${crypto.randomUUID()}`,
        environment: input.environment ?? null,
        deployment: input.deployment ?? null,
        triggeredAt: work.at,
        createdBy: actor.name,
      });
      if (!incident) throw new Error('a fresh manual fingerprint collided');
      await this.#opened(work, incident, `Declared by ${actor.name}.`);
      return incident;
    });
  }

  acknowledge(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    return this.#move(actor, raw, 'ACKNOWLEDGED');
  }

  mitigate(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    return this.#move(actor, raw, 'MITIGATED');
  }

  resolve(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    return this.#move(actor, raw, 'RESOLVED');
  }

  close(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    return this.#move(actor, raw, 'CLOSED');
  }

  async cancel(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    const input = parseInput(z.object({ id: ID, reason: REASON }), raw);
    return this.#run(actor, async (work) => {
      const incident = await this.#require(work.tx, input.id);
      return this.#transition(work, incident, 'CANCELED', {
        message: `Canceled: ${input.reason}`,
        cancelReason: input.reason,
      });
    });
  }

  async merge(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    const input = parseMergeInput(raw, ID, 'must be another incident', (fields) => {
      return new IncidentsError('MERGE_INTO_SELF', 'An incident cannot be merged into itself.', {
        fields,
      });
    });
    return this.#run(actor, async (work) => {
      const { source, target } = await readMergePair(input, (id) => this.#require(work.tx, id));
      if (!isOpen(target.status)) {
        throw new IncidentsError(
          'MERGE_TARGET_CLOSED',
          `INC-${target.number} is ${target.status}; merge into an open incident (TRIGGERED, ACKNOWLEDGED or MITIGATED).`,
        );
      }
      const merged = await this.#transition(work, source, 'MERGED', {
        message: `Merged into INC-${target.number}.`,
        mergedIntoId: target.id,
      });
      await repo.moveSignals(work.tx, source.id, target.id);
      await this.#timeline(
        work,
        target.id,
        'MERGED',
        `INC-${source.number} was merged into this.`,
        {
          mergedId: source.id,
        },
      );
      if (moreSevere(source.severity, target.severity)) {
        await this.#severity(work, target, source.severity, `merged INC-${source.number}`);
      }
      work.changed.add(target.id);
      return merged;
    });
  }

  async changeSeverity(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    const input = parseInput(
      z.object({ id: ID, severity: z.enum(SEVERITIES), reason: REASON }),
      raw,
    );
    return this.#run(actor, async (work) => {
      const incident = await this.#require(work.tx, input.id);
      if (incident.severity === input.severity) {
        throw new IncidentsError(
          'SEVERITY_UNCHANGED',
          `INC-${incident.number} is already ${incident.severity}.`,
        );
      }
      return this.#severity(work, incident, input.severity, input.reason);
    });
  }

  async assign(actor: Actor, raw: unknown): Promise<IncidentRecord> {
    const input = parseInput(
      z.object({ id: ID, commanderId: z.uuid().nullish(), assigneeId: z.uuid().nullish() }),
      raw,
    );
    const changes: { commanderId?: string | null; assigneeId?: string | null } = {};
    if (input.commanderId !== undefined) changes.commanderId = input.commanderId;
    if (input.assigneeId !== undefined) changes.assigneeId = input.assigneeId;
    if (!Object.keys(changes).length) {
      throw new IncidentsError('NOBODY_NAMED', 'Name a commander, an assignee or both.', {
        fields: [{ path: ['input', 'commanderId'], message: 'or assigneeId must be given' }],
      });
    }
    return this.#run(actor, async (work) => {
      const incident = await this.#require(work.tx, input.id);
      for (const [field, id] of Object.entries(changes)) {
        if (id && !(await repo.userExists(work.tx, id))) {
          throw new IncidentsError('USER_NOT_FOUND', `No user with id ${id}.`, {
            fields: [{ path: ['input', field], message: 'is not a user' }],
          });
        }
      }
      const saved = await repo.update(work.tx, incident.id, work.at, changes);
      const names = await userNames(
        work.tx,
        Object.values(changes).filter((id): id is string => Boolean(id)),
      );
      const who = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : 'nobody');
      const parts = [
        'commanderId' in changes ? `${who(changes.commanderId)} commands` : null,
        'assigneeId' in changes ? `${who(changes.assigneeId)} is assigned` : null,
      ].filter(Boolean);
      await this.#timeline(work, incident.id, 'ASSIGNED', `${parts.join('; ')}.`, changes);
      work.audits.push({
        action: 'incident.assign',
        targetType: 'incident',
        targetId: incident.id,
        details: {
          from: { commanderId: incident.commanderId, assigneeId: incident.assigneeId },
          ...changes,
        },
      });
      return saved;
    });
  }

  async addNote(actor: Actor, raw: unknown): Promise<TimelineEntryRecord> {
    const input = parseInput(
      z.object({ id: ID, body: z.string().trim().min(1, 'must not be empty').max(10_000) }),
      raw,
    );
    return this.#run(actor, async (work) => {
      const incident = await this.#require(work.tx, input.id);
      await this.#timeline(work, incident.id, 'NOTE', input.body);
      work.audits.push({
        action: 'incident.note',
        targetType: 'incident',
        targetId: incident.id,
        details: { length: input.body.length },
      });
      const entries = await repo.timeline(work.tx, incident.id);
      return entries[entries.length - 1] as TimelineEntryRecord;
    });
  }

  // --- inside a transaction -------------------------------------------------------------

  /**
   * Runs `fn` in one unit of work with its participants and audit entries. Audit entries are
   * appended at the end, after every incident row is locked, so all writers take locks in the
   * same order (rows, then the audit chain) and cannot deadlock. Changed incidents are
   * published after the commit.
   */
  #run<T>(actor: Actor, fn: (work: Work) => Promise<T>): Promise<T> {
    return this.units.run(async (unit) => {
      const work: Work = {
        tx: unit.tx,
        actor,
        at: this.clock.now(),
        audits: [],
        changed: new Set(),
        events: [],
      };
      const value = await fn(work);
      for (const event of work.events)
        for (const participant of this.#participants) await participant(unit.tx, event);
      for (const entry of work.audits) await this.audit.record(unit, actor, entry);
      unit.afterCommit(() => {
        for (const id of work.changed)
          this.#bus.publish(INCIDENT_TOPIC, { id } satisfies IncidentChanged);
      });
      return value;
    });
  }

  async #fire(work: Work, signal: z.output<typeof signalSchema>): Promise<SignalOutcome> {
    const at = signal.at ?? work.at;
    const severity = deriveSeverity(signal);
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing =
        (await repo.findOpenFor(work.tx, signal.fingerprint)) ??
        (signal.deployment && DEPLOYMENT_SOURCES.includes(signal.source)
          ? await repo.findOpenForDeployment(
              work.tx,
              signal.deployment,
              DEPLOYMENT_SOURCES.filter((s) => s !== signal.source),
            )
          : null);
      if (existing)
        return { incident: await this.#join(work, existing, signal, at), outcome: 'JOINED' };
      const inserted = await repo.insertOpen(work.tx, {
        title: signal.title,
        summary: signal.summary,
        status: 'TRIGGERED',
        severity,
        source: signal.source,
        fingerprint: signal.fingerprint,
        environment: signal.environment ?? null,
        deployment: signal.deployment ?? null,
        triggeredAt: at,
        createdBy: work.actor.name,
      });
      if (inserted) {
        await repo.fireSignal(work.tx, inserted.id, signal.fingerprint, signal.source, at);
        await this.#opened(work, inserted, signal.summary || signal.title, {
          source: signal.source,
          impact: signal.impact,
          fingerprint: signal.fingerprint,
          ...(signal.details ? { signal: signal.details } : {}),
        });
        return { incident: inserted, outcome: 'OPENED' };
      }
      // Another transaction opened it and committed: read it again and join it.
    }
    throw new IncidentsError(
      'SIGNAL_CONTENDED',
      `Signals for ${signal.fingerprint} keep changing its incident; send it again.`,
    );
  }

  async #join(
    work: Work,
    incident: IncidentRecord,
    signal: z.output<typeof signalSchema>,
    at: Date,
  ): Promise<IncidentRecord> {
    await repo.fireSignal(work.tx, incident.id, signal.fingerprint, signal.source, at);
    await this.#timeline(work, incident.id, 'SIGNAL_JOINED', signal.summary || signal.title, {
      source: signal.source,
      impact: signal.impact,
      fingerprint: signal.fingerprint,
      ...(signal.details ? { signal: signal.details } : {}),
    });
    this.#signalAudit(work, incident.id, {
      fingerprint: signal.fingerprint,
      status: 'FIRING',
      impact: signal.impact,
    });
    const severity = deriveSeverity(signal);
    if (moreSevere(severity, incident.severity)) {
      return this.#severity(work, incident, severity, `a ${signal.impact} signal joined`);
    }
    return incident;
  }

  async #resolveSignal(work: Work, signal: z.output<typeof signalSchema>): Promise<SignalOutcome> {
    const at = signal.at ?? work.at;
    const incident = await repo.findOpenFor(work.tx, signal.fingerprint);
    if (!incident) return { incident: null, outcome: 'IGNORED' };
    await repo.resolveSignal(work.tx, incident.id, signal.fingerprint, at);
    await this.#timeline(work, incident.id, 'SIGNAL_RESOLVED', `Resolved: ${signal.title}`, {
      source: signal.source,
      fingerprint: signal.fingerprint,
      ...(signal.details ? { signal: signal.details } : {}),
    });
    this.#signalAudit(work, incident.id, {
      fingerprint: signal.fingerprint,
      status: 'RESOLVED',
    });
    const firing = (await repo.signals(work.tx, incident.id)).filter((s) => s.status === 'FIRING');
    if (firing.length === 0 && canTransition(incident.status, 'RESOLVED')) {
      // Resolved when the last signal stopped, never before it started nor in the future.
      const when = new Date(
        Math.max(incident.triggeredAt.getTime(), Math.min(at.getTime(), work.at.getTime())),
      );
      const resolved = await this.#transition(work, incident, 'RESOLVED', {
        message: 'Resolved: every signal of the incident has resolved.',
        actor: SYSTEM_ACTOR,
        at: when,
      });
      return { incident: resolved, outcome: 'RESOLVED' };
    }
    return { incident, outcome: 'RESOLVED' };
  }

  async #move(actor: Actor, raw: unknown, to: IncidentStatus): Promise<IncidentRecord> {
    const input = parseInput(z.object({ id: ID, note: z.string().max(10_000).nullish() }), raw);
    return this.#run(actor, async (work) => {
      const incident = await this.#require(work.tx, input.id);
      return this.#transition(work, incident, to, {
        message: input.note ? `${verb(to)}: ${input.note}` : `${verb(to)}.`,
      });
    });
  }

  async #transition(
    work: Work,
    incident: IncidentRecord,
    to: IncidentStatus,
    how: {
      message: string;
      mergedIntoId?: string;
      cancelReason?: string;
      actor?: Actor;
      /** When it happened, if earlier than now (a resolved alert's endsAt). */
      at?: Date;
    },
  ): Promise<IncidentRecord> {
    if (!canTransition(incident.status, to)) {
      const next = TRANSITIONS[incident.status];
      throw new IncidentsError(
        'ILLEGAL_TRANSITION',
        `INC-${incident.number} is ${incident.status}, so it cannot become ${to}; ` +
          (next.length ? `it can become ${next.join(', ')}.` : 'it is final.'),
      );
    }
    if (to === 'CLOSED') await this.#closeCheck?.(work.tx, incident);
    const extra: { mergedIntoId?: string; cancelReason?: string } = {};
    if (how.mergedIntoId) extra.mergedIntoId = how.mergedIntoId;
    if (how.cancelReason) extra.cancelReason = how.cancelReason;
    const saved = await repo.setStatus(work.tx, incident.id, to, work.at, {
      ...extra,
      ...(how.at ? { stampAt: how.at } : {}),
    });
    await this.#timeline(
      work,
      incident.id,
      'STATUS_CHANGED',
      how.message,
      { from: incident.status, to },
      how.actor,
    );
    work.audits.push({
      action: `incident.${to.toLowerCase()}`,
      targetType: 'incident',
      targetId: incident.id,
      details: { from: incident.status, to, ...extra },
    });
    work.changed.add(incident.id);
    work.events.push({
      type: 'STATUS_CHANGED',
      incident: saved,
      from: incident.status,
      at: work.at,
      actor: how.actor ?? work.actor,
    });
    return saved;
  }

  async #severity(
    work: Work,
    incident: IncidentRecord,
    severity: IncidentRecord['severity'],
    reason: string,
  ): Promise<IncidentRecord> {
    const saved = await repo.update(work.tx, incident.id, work.at, { severity });
    await this.#timeline(
      work,
      incident.id,
      'SEVERITY_CHANGED',
      `Severity ${incident.severity} → ${severity}: ${reason}`,
      { from: incident.severity, to: severity, reason },
    );
    work.audits.push({
      action: 'incident.severity',
      targetType: 'incident',
      targetId: incident.id,
      details: { from: incident.severity, to: severity, reason },
    });
    work.changed.add(incident.id);
    return saved;
  }

  async #opened(
    work: Work,
    incident: IncidentRecord,
    message: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.#timeline(work, incident.id, 'OPENED', message, {
      severity: incident.severity,
      ...details,
    });
    work.audits.push({
      action: 'incident.open',
      targetType: 'incident',
      targetId: incident.id,
      details: {
        number: incident.number,
        title: incident.title,
        severity: incident.severity,
        source: incident.source,
        fingerprint: incident.fingerprint,
      },
    });
    work.changed.add(incident.id);
    work.events.push({ type: 'OPENED', incident, at: work.at, actor: work.actor });
  }

  /** Audits a signal that joined an incident or stopped firing. */
  #signalAudit(work: Work, incidentId: string, details: Record<string, unknown>): void {
    work.audits.push({
      action: 'incident.signal',
      targetType: 'incident',
      targetId: incidentId,
      details,
    });
    work.changed.add(incidentId);
  }

  #timeline(
    work: Work,
    incidentId: string,
    kind: TimelineEntryRecord['kind'],
    message: string,
    details: Record<string, unknown> = {},
    actor: Actor = work.actor,
  ): Promise<void> {
    return this.appendTimeline(work.tx, { incidentId, at: work.at, kind, actor, message, details });
  }

  async #require(tx: Queryable, id: string): Promise<IncidentRecord> {
    const found = await repo.find(tx, id, true);
    if (!found) throw new IncidentsError('INCIDENT_NOT_FOUND', `No incident with id ${id}.`);
    return found;
  }
}

function verb(status: IncidentStatus): string {
  return status.charAt(0) + status.slice(1).toLowerCase();
}
