import { type Actor, type AuditService, SYSTEM_ACTOR } from '../audit/index.ts';
import type { IncidentEvent, IncidentRecord, IncidentRecords } from '../incidents/index.ts';
import type { Logger } from '../logging/index.ts';
import type {
  Destination,
  MessageEvent,
  NotificationMessage,
  NotificationsService,
} from '../notifications/index.ts';
import type { Clock } from '../shared/clock.ts';
import { type Db, type Queryable, UnitOfWork } from '../store/index.ts';
import { type EscalationTarget, type Firing, fire } from './escalation-policy.ts';
import { type EscalationRecord, oncallRepository as repo } from './oncall.repository.ts';
import type { OnCallService } from './oncall.service.ts';

export interface EscalationOptions {
  db: Db;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  oncall: OnCallService;
  notifications: NotificationsService;
  /** Incidents as read and added to inside the escalation's transactions. */
  incidents: IncidentRecords;
  /** How often the leader looks for escalations that are due. */
  pollMs?: number;
}

function incidentOf(i: IncidentRecord): NotificationMessage['incident'] {
  return {
    id: i.id,
    number: i.number,
    title: i.title,
    status: i.status,
    severity: i.severity,
    environment: i.environment,
    deployment: i.deployment,
  };
}

/**
 * Escalates unacknowledged incidents through their policy. The first step is notified in the
 * transaction that opens the incident; later steps by `tick`, which runs on the leader only and
 * keeps its timers as timestamps in the store, so a restart or a new leader continues.
 */
export class EscalationEngine {
  readonly #o: EscalationOptions;
  readonly #units: UnitOfWork;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;

  constructor(options: EscalationOptions) {
    this.#o = options;
    this.#units = new UnitOfWork(this.#o.db);
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.#tickSafely(), this.#o.pollMs ?? 1000);
    this.#timer.unref();
    void this.#tickSafely();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  #tickSafely(): Promise<unknown> {
    this.#running ??= this.tick()
      .catch((err: unknown) => this.#o.logger.error({ err }, 'escalation failed'))
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  /** Runs in the transaction of each incident change (an IncidentsService participant). */
  readonly onIncidentEvent = async (tx: Queryable, event: IncidentEvent): Promise<void> => {
    const { incident } = event;
    if (event.type === 'OPENED' && incident.status === 'TRIGGERED') {
      const policy = await repo.policyFor(tx, incident.environment);
      await this.#fire(
        tx,
        incident,
        {
          incidentId: incident.id,
          policyId: policy?.id ?? null,
          step: 0,
          round: 0,
          status: 'ACTIVE',
          nextAt: event.at,
          stoppedReason: null,
        },
        event.at,
      );
      return;
    }
    if (event.type !== 'STATUS_CHANGED' || event.from !== 'TRIGGERED') {
      if (event.type === 'STATUS_CHANGED' && incident.status === 'RESOLVED') {
        await this.#tellResponders(tx, incident, 'incident.resolved', event);
      }
      return;
    }
    const escalation = await repo.escalation(tx, incident.id, true);
    if (escalation?.status === 'ACTIVE') {
      await repo.upsertEscalation(
        tx,
        {
          ...escalation,
          status: 'STOPPED',
          nextAt: null,
          stoppedReason: `${incident.status} by ${event.actor.name}`,
        },
        event.at,
      );
    }
    if (incident.status === 'ACKNOWLEDGED' || incident.status === 'RESOLVED') {
      await this.#tellResponders(
        tx,
        incident,
        incident.status === 'ACKNOWLEDGED' ? 'incident.acknowledged' : 'incident.resolved',
        event,
      );
    }
  };

  /** Notifies every escalation that is due; returns how many fired. */
  async tick(): Promise<number> {
    const now = this.#o.clock.now();
    if (!(await repo.anyDue(this.#o.db, now))) return 0;
    const fired = await this.#units.run(async (work) => {
      let count = 0;
      for (const escalation of await repo.dueEscalations(work.tx, now, 50)) {
        const incident = await this.#o.incidents.find(work.tx, escalation.incidentId);
        if (incident?.status !== 'TRIGGERED') {
          await repo.upsertEscalation(
            work.tx,
            {
              ...escalation,
              status: 'STOPPED',
              nextAt: null,
              stoppedReason: incident ? incident.status : 'gone',
            },
            now,
          );
          continue;
        }
        const { firing, notified } = await this.#fire(work.tx, incident, escalation, now);
        if (!notified) continue;
        await this.#o.audit.record(work, SYSTEM_ACTOR, {
          action: 'incident.escalate',
          targetType: 'incident',
          targetId: incident.id,
          details: { kind: firing.kind, step: firing.step + 1, round: firing.round + 1 },
        });
        count++;
      }
      return count;
    });
    return fired;
  }

  /** Notifies the escalation's current position and moves it on, in `tx`. */
  async #fire(
    tx: Queryable,
    incident: IncidentRecord,
    escalation: EscalationRecord,
    now: Date,
  ): Promise<{ firing: Firing; notified: boolean }> {
    const policy = escalation.policyId ? await repo.policy(tx, escalation.policyId) : null;
    const firing = fire(policy, escalation, now);
    const { destinations, people } = await this.#destinations(tx, firing.targets, now);
    const steps = policy?.steps.length ?? 0;
    let event: MessageEvent;
    let text: string;
    let timeline: string;
    const head = `INC-${incident.number} [${incident.severity}] ${incident.title}`;
    const names = people.map((p) => p.name).join(', ');
    if (firing.kind === 'STEP') {
      event = firing.step === 0 && firing.round === 0 ? 'incident.triggered' : 'incident.escalated';
      text = `${head}: step ${firing.step + 1} of ${steps}${firing.round ? `, pass ${firing.round + 1}` : ''}${names ? `, on call ${names}` : ''}`;
      timeline = `Escalation step ${firing.step + 1} of ${steps} (${policy?.name})${firing.round ? `, pass ${firing.round + 1}` : ''}: ${names ? `on call ${names}; ` : ''}notifying ${describe(destinations)}.`;
    } else {
      event = 'incident.fallback';
      text = `${head}: nobody has acknowledged it${policy ? ` after every step of ${policy.name}` : ' (no escalation policy applies)'}`;
      timeline = `Not acknowledged${policy ? ` after every step of ${policy.name}` : ' and no escalation policy applies'}: notifying the fallback, ${describe(destinations)}.`;
    }
    const next: EscalationRecord = {
      ...escalation,
      ...firing.next,
      status: 'ACTIVE',
      nextAt: firing.nextAt,
    };
    if (!destinations.length) {
      // Nothing to send and nothing to record: the position moves on, and the next firing (or
      // a fallback channel added meanwhile) is the next chance to reach someone.
      this.#o.logger.warn(
        { incident: incident.number, kind: firing.kind },
        'an escalation has nobody to notify: set a fallback channel',
      );
      await repo.upsertEscalation(tx, next, now);
      return { firing, notified: false };
    }
    await this.#o.notifications.enqueue(
      tx,
      incident.id,
      destinations,
      {
        event,
        text,
        incident: incidentOf(incident),
        onCall: people.map((p) => ({ name: p.name, email: p.email })),
        ...(firing.kind === 'STEP' ? { step: firing.step + 1, round: firing.round + 1 } : {}),
        at: now.toISOString(),
      },
      now,
    );
    await this.#o.incidents.appendTimeline(tx, {
      incidentId: incident.id,
      at: now,
      kind: 'ESCALATED',
      actor: SYSTEM_ACTOR,
      message: timeline,
      details: {
        policyId: policy?.id ?? null,
        kind: firing.kind,
        step: firing.step + 1,
        round: firing.round + 1,
        people: people.map((p) => p.id),
      },
    });
    await repo.upsertEscalation(tx, next, now);
    return { firing, notified: true };
  }

  /**
   * The channels and people a step names. People are emailed when email is configured, and
   * named in the step's channel messages; a step that reaches nobody goes to the fallback.
   */
  async #destinations(tx: Queryable, targets: EscalationTarget[], at: Date) {
    const userIds: string[] = [];
    for (const t of targets) {
      if (t.type === 'USER') userIds.push(t.id);
      if (t.type === 'SCHEDULE') {
        const who = await this.#o.oncall.onCallAt(tx, t.id, at);
        if (who) userIds.push(who.userId);
      }
    }
    const people = (await this.#o.oncall.users([...new Set(userIds)], tx)).filter(
      (u) => !u.disabled,
    );
    const channelIds = targets.filter((t) => t.type === 'CHANNEL').map((t) => t.id);
    const channels = (await this.#o.notifications.channelsByIds(tx, channelIds)).filter(
      (c) => c.enabled,
    );
    const destinations: Destination[] = channels.map((channel) => ({ kind: 'CHANNEL', channel }));
    if (this.#o.notifications.emailConfigured) {
      for (const p of people) destinations.push({ kind: 'EMAIL', address: p.email, name: p.name });
    }
    if (!destinations.length) {
      for (const channel of await this.#o.notifications.fallbackChannels(tx)) {
        destinations.push({ kind: 'CHANNEL', channel });
      }
    }
    return { destinations, people };
  }

  /** Tells everyone notified so far that the incident was acknowledged or resolved. */
  async #tellResponders(
    tx: Queryable,
    incident: IncidentRecord,
    event: MessageEvent,
    change: { at: Date; actor: Actor },
  ): Promise<void> {
    const sent = await this.#o.notifications.sentFor(tx, incident.id);
    const channels = (await this.#o.notifications.channelsByIds(tx, sent.channelIds)).filter(
      (c) => c.enabled,
    );
    const destinations: Destination[] = [
      ...channels.map((channel) => ({ kind: 'CHANNEL' as const, channel })),
      ...sent.emails.map((address) => ({ kind: 'EMAIL' as const, address, name: address })),
    ];
    if (!destinations.length) return;
    const verb = event === 'incident.acknowledged' ? 'acknowledged' : 'resolved';
    await this.#o.notifications.enqueue(
      tx,
      incident.id,
      destinations,
      {
        event,
        text: `INC-${incident.number} [${incident.severity}] ${incident.title}: ${verb} by ${change.actor.name}`,
        incident: incidentOf(incident),
        onCall: [],
        at: change.at.toISOString(),
      },
      change.at,
    );
  }
}

function describe(destinations: Destination[]): string {
  return destinations
    .map((d) =>
      d.kind === 'EMAIL'
        ? `${d.name} (email)`
        : `${d.channel.name} (${d.channel.type.toLowerCase()})`,
    )
    .join(', ');
}
