import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { type Actor, AuditedService, type AuditedServiceDeps } from '../audit/index.ts';
import { parseInput } from '../shared/errors.ts';
import type { Queryable } from '../store/index.ts';
import { NotificationsError } from './notifications.errors.ts';
import { notificationsRepository as repo } from './notifications.repository.ts';
import {
  CHANNEL_TYPES,
  type ChannelRecord,
  type DeliveryRecord,
  type Destination,
  type NotificationMessage,
  OUTBOX_CHANNEL,
} from './notifications.types.ts';

const ID = z.uuid('must be a channel id');
const NAME = z.string().trim().min(2, 'must be at least 2 characters').max(100);
const URL_SCHEMA = z
  .url({ message: 'must be an http(s) URL' })
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');
const EMAILS = z.array(z.email('must be an email address')).max(50);

const createSchema = z
  .object({
    name: NAME,
    type: z.enum(CHANNEL_TYPES),
    url: URL_SCHEMA.nullish(),
    emailTo: EMAILS.nullish(),
    isFallback: z.boolean().nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.type !== 'EMAIL' && !c.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `is required for ${c.type}` });
    }
    if (c.type === 'EMAIL' && !c.emailTo?.length) {
      ctx.addIssue({ code: 'custom', path: ['emailTo'], message: 'needs at least one address' });
    }
  });

const updateSchema = z.object({
  id: ID,
  name: NAME.nullish(),
  url: URL_SCHEMA.nullish(),
  emailTo: EMAILS.nullish(),
  isFallback: z.boolean().nullish(),
  enabled: z.boolean().nullish(),
});

/** Where a message goes, for people: a webhook's host, an address, the recipients. */
function targetOf(destination: Destination): string {
  if (destination.kind === 'EMAIL') return destination.address;
  const c = destination.channel;
  if (c.type === 'EMAIL') return c.emailTo.join(', ');
  try {
    return new URL(c.url ?? '').host;
  } catch {
    return c.url ?? '';
  }
}

export class NotificationsService extends AuditedService {
  readonly #emailConfigured: boolean;
  readonly #usedBy: (tx: Queryable, channelId: string) => Promise<string | null>;

  constructor(
    deps: AuditedServiceDeps & {
      emailConfigured: boolean;
      /**
       * What still names a channel (an escalation policy), read in the transaction that would
       * delete it, so the deletion is refused.
       */
      channelUsedBy?: (tx: Queryable, channelId: string) => Promise<string | null>;
    },
  ) {
    super(deps);
    this.#emailConfigured = deps.emailConfigured;
    this.#usedBy = deps.channelUsedBy ?? (async () => null);
  }

  get emailConfigured(): boolean {
    return this.#emailConfigured;
  }

  channels(): Promise<ChannelRecord[]> {
    return repo.channels(this.db);
  }

  channel(id: string): Promise<ChannelRecord | null> {
    return ID.safeParse(id).success ? repo.channel(this.db, id) : Promise.resolve(null);
  }

  channelsByIds(tx: Queryable, ids: string[]): Promise<ChannelRecord[]> {
    return repo.channelsByIds(tx, ids);
  }

  fallbackChannels(tx: Queryable): Promise<ChannelRecord[]> {
    return repo.fallbackChannels(tx);
  }

  deliveries(incidentId: string): Promise<DeliveryRecord[]> {
    return repo.forIncident(this.db, incidentId);
  }

  sentFor(tx: Queryable, incidentId: string) {
    return repo.sentFor(tx, incidentId);
  }

  pendingCount(): Promise<number> {
    return repo.pendingCount(this.db);
  }

  /**
   * Writes one outbox row per destination, in the caller's transaction: the messages exist
   * exactly when the change that causes them commits.
   */
  async enqueue(
    tx: Queryable,
    incidentId: string | null,
    destinations: Destination[],
    message: NotificationMessage,
    at: Date,
  ): Promise<DeliveryRecord[]> {
    const written: DeliveryRecord[] = [];
    for (const d of destinations) {
      const scope = incidentId ?? `test:${crypto.randomUUID()}`;
      written.push(
        await repo.enqueue(tx, {
          incidentId,
          channelId: d.kind === 'CHANNEL' ? d.channel.id : null,
          channelType: d.kind === 'CHANNEL' ? d.channel.type : 'EMAIL',
          channelName: d.kind === 'CHANNEL' ? d.channel.name : 'email',
          target: targetOf(d),
          orderingKey:
            d.kind === 'CHANNEL' ? `${d.channel.id}:${scope}` : `email:${d.address}:${scope}`,
          message,
          at,
        }),
      );
    }
    // Delivered when (and only if) the transaction commits.
    if (written.length) await tx.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return written;
  }

  /** Creates a channel; a webhook's signing secret is returned this once. */
  async create(
    actor: Actor,
    raw: unknown,
  ): Promise<{ channel: ChannelRecord; secret: string | null }> {
    const input = parseInput(createSchema, raw);
    const secret = input.type === 'WEBHOOK' ? `whsec_${randomBytes(32).toString('base64')}` : null;
    const channel = await this.units.run(async (work) => {
      if (await repo.nameTaken(work.tx, input.name)) throw this.#nameTaken(input.name);
      const saved = await repo.insertChannel(work.tx, {
        name: input.name,
        type: input.type,
        url: input.type === 'EMAIL' ? null : (input.url ?? null),
        emailTo: input.type === 'EMAIL' ? (input.emailTo ?? []) : [],
        isFallback: input.isFallback ?? false,
        secret,
      });
      await this.audit.record(work, actor, {
        action: 'notification_channel.create',
        targetType: 'notification_channel',
        targetId: saved.id,
        details: { name: saved.name, type: saved.type, isFallback: saved.isFallback },
      });
      return saved;
    });
    return { channel, secret };
  }

  async update(actor: Actor, raw: unknown): Promise<ChannelRecord> {
    const input = parseInput(updateSchema, raw);
    return this.units.run(async (work) => {
      const before = await repo.channel(work.tx, input.id, true);
      if (!before)
        throw new NotificationsError('CHANNEL_NOT_FOUND', `No channel with id ${input.id}.`);
      const name = input.name ?? before.name;
      if (name !== before.name && (await repo.nameTaken(work.tx, name, before.id))) {
        throw this.#nameTaken(name);
      }
      if (before.type === 'EMAIL' && input.emailTo && !input.emailTo.length) {
        throw new NotificationsError(
          'EMAIL_ADDRESS_MISSING',
          'An email channel needs an address.',
          {
            fields: [{ path: ['input', 'emailTo'], message: 'needs at least one address' }],
          },
        );
      }
      const enabled = input.enabled ?? before.enabled;
      const saved = await repo.updateChannel(
        work.tx,
        before.id,
        {
          name,
          url: before.type === 'EMAIL' ? null : (input.url ?? before.url),
          emailTo: before.type === 'EMAIL' ? (input.emailTo ?? before.emailTo) : [],
          isFallback: input.isFallback ?? before.isFallback,
          enabled,
          resetFailures: enabled && !before.enabled,
        },
        this.clock.now(),
      );
      await this.audit.record(work, actor, {
        action: 'notification_channel.update',
        targetType: 'notification_channel',
        targetId: saved.id,
        details: {
          name: saved.name,
          enabled: saved.enabled,
          isFallback: saved.isFallback,
          urlChanged: saved.url !== before.url,
        },
      });
      return saved;
    });
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const channelId = parseInput(ID, id, ['id']);
    return this.units.run(async (work) => {
      const before = await repo.channel(work.tx, channelId, true);
      if (!before)
        throw new NotificationsError('CHANNEL_NOT_FOUND', `No channel with id ${channelId}.`);
      const user = await this.#usedBy(work.tx, channelId);
      if (user) {
        throw new NotificationsError(
          'CHANNEL_IN_USE',
          `The escalation policy ${user} notifies ${before.name}; take it out of the policy first.`,
        );
      }
      await repo.failPendingOfChannel(
        work.tx,
        channelId,
        'the channel was deleted',
        this.clock.now(),
      );
      await repo.deleteChannel(work.tx, channelId);
      await this.audit.record(work, actor, {
        action: 'notification_channel.delete',
        targetType: 'notification_channel',
        targetId: channelId,
        details: { name: before.name, type: before.type },
      });
      return channelId;
    });
  }

  /** Queues a test message to the channel (even a disabled one, to check it before enabling). */
  async testSend(actor: Actor, id: string): Promise<DeliveryRecord> {
    const channelId = parseInput(ID, id, ['id']);
    const at = this.clock.now();
    const [delivery] = await this.units.run(async (work) => {
      const channel = await repo.channel(work.tx, channelId);
      if (!channel)
        throw new NotificationsError('CHANNEL_NOT_FOUND', `No channel with id ${channelId}.`);
      const written = await this.enqueue(
        work.tx,
        null,
        [{ kind: 'CHANNEL', channel }],
        {
          event: 'test',
          text: `Test message from Backline to ${channel.name}, sent by ${actor.name}.`,
          incident: null,
          onCall: [],
          at: at.toISOString(),
        },
        at,
      );
      await this.audit.record(work, actor, {
        action: 'notification_channel.test',
        targetType: 'notification_channel',
        targetId: channel.id,
        details: { name: channel.name },
      });
      return written;
    });
    return delivery as DeliveryRecord;
  }

  delivery(id: string): Promise<DeliveryRecord | null> {
    return /^\d+$/.test(id) ? repo.delivery(this.db, id) : Promise.resolve(null);
  }

  #nameTaken(name: string): NotificationsError {
    return new NotificationsError('CHANNEL_NAME_TAKEN', `A channel named ${name} already exists.`, {
      fields: [{ path: ['input', 'name'], message: 'is already taken' }],
    });
  }
}
