import type { AuditService } from '../audit/index.ts';
import type { EventBus } from '../events/index.ts';
import type { IncidentsService } from '../incidents/index.ts';
import type { Logger } from '../logging/index.ts';
import {
  createSenders,
  type DeliveryObserver,
  NotificationDispatcher,
  type NotificationsService,
  type Senders,
  type SmtpSettings,
} from '../notifications/index.ts';
import type { Clock } from '../shared/clock.ts';
import type { Db } from '../store/index.ts';
import { EscalationEngine } from './escalation.engine.ts';
import type { OnCallService } from './oncall.service.ts';

export interface Paging {
  /** Starts escalating and delivering: on the leader only. */
  start(): void;
  stop(): Promise<void>;
  close(): Promise<void>;
  escalation: EscalationEngine;
  dispatcher: NotificationDispatcher;
}

/**
 * Connects incidents to people: every incident change runs the escalation hook in its own
 * transaction (so its notifications join the outbox atomically), and the leader runs the
 * escalation timers and the outbox dispatcher.
 */
export function createPaging(deps: {
  db: Db;
  audit: AuditService;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
  incidents: IncidentsService;
  oncall: OnCallService;
  notifications: NotificationsService;
  smtp: SmtpSettings | null;
  observe?: DeliveryObserver;
  senders?: Senders;
}): Paging {
  const { notifications, oncall } = deps;
  const escalation = new EscalationEngine({
    db: deps.db,
    audit: deps.audit,
    clock: deps.clock,
    logger: deps.logger,
    oncall,
    notifications,
  });
  deps.incidents.onEvent(escalation.onIncidentEvent);
  notifications.guardDeletion((tx, id) => oncall.policyNamingChannel(tx, id));
  oncall.checkChannels(async (tx, ids) =>
    (await notifications.channelsByIds(tx, ids)).map((c) => c.id),
  );
  const senders = deps.senders ?? createSenders(deps.smtp);
  const dispatcher = new NotificationDispatcher({
    db: deps.db,
    audit: deps.audit,
    bus: deps.bus,
    clock: deps.clock,
    logger: deps.logger,
    senders,
    ...(deps.observe ? { observe: deps.observe } : {}),
  });
  let started = false;
  return {
    escalation,
    dispatcher,
    start() {
      started = true;
      dispatcher.start();
      escalation.start();
    },
    async stop() {
      if (!started) return;
      started = false;
      await escalation.stop();
      await dispatcher.stop();
    },
    async close() {
      await this.stop();
      senders.close();
    },
  };
}
