import { DateTime } from 'luxon';
import { z } from 'zod';
import { type Actor, AuditedService, type AuditedServiceDeps } from '../audit/index.ts';
import { type Role, roleAtLeast } from '../auth/roles.ts';
import { ENVIRONMENTS } from '../catalog/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { parseInput } from '../shared/errors.ts';
import type { Queryable } from '../store/index.ts';
import { TARGET_TYPES } from './escalation-policy.ts';
import { OnCallError } from './oncall.errors.ts';
import {
  type OverrideRecord,
  type PolicyRecord,
  oncallRepository as repo,
  type ScheduleRecord,
} from './oncall.repository.ts';
import { type PagingReadiness, pagingReadiness } from './paging-readiness.ts';

/** Who can be on call: the roles that may acknowledge an incident. */
const ON_CALL_ROLE: Role = 'SRE';
const ON_CALL_ROLES: Role[] = ['SRE', 'ADMIN'];

import {
  isTimeZone,
  type OnCall,
  onCallAt,
  SHIFT_KINDS,
  type Shift,
  shiftsBetween,
} from './schedule.ts';

const ID = z.uuid('must be an id');
const NAME = z.string().trim().min(2, 'must be at least 2 characters').max(100);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:mm');

const layerSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    userIds: z.array(z.uuid('must be a user id')).min(1, 'needs at least one person').max(100),
    start: z
      .string()
      .refine(
        (s) => DateTime.fromISO(s).isValid,
        'must be a local date and time (2026-11-02T09:00)',
      ),
    shift: z.enum(SHIFT_KINDS),
    shiftHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 28)
      .nullish(),
    restriction: z.object({ from: HHMM, to: HHMM }).nullish(),
  })
  .superRefine((l, ctx) => {
    if (l.shift === 'CUSTOM' && !l.shiftHours) {
      ctx.addIssue({ code: 'custom', path: ['shiftHours'], message: 'is required for CUSTOM' });
    }
  });

const scheduleSchema = z.object({
  name: NAME,
  description: z.string().max(2000).nullish(),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  layers: z.array(layerSchema).max(10),
});

const stepSchema = z.object({
  timeoutMinutes: z
    .number()
    .int()
    .min(1, 'must be at least a minute')
    .max(24 * 60),
  targets: z
    .array(z.object({ type: z.enum(TARGET_TYPES), id: z.uuid('must be an id') }))
    .min(1, 'needs someone to notify')
    .max(20),
});

const policySchema = z.object({
  name: NAME,
  description: z.string().max(2000).nullish(),
  steps: z.array(stepSchema).min(1, 'needs at least one step').max(20),
  repeat: z.number().int().min(0).max(10).nullish(),
  isDefault: z.boolean().nullish(),
  environments: z.array(z.enum(ENVIRONMENTS)).nullish(),
});

export interface OnCallNow {
  schedule: ScheduleRecord;
  onCall: OnCall | null;
  /** When the current turn ends (within the next two weeks), if known. */
  until: Date | null;
}

export class OnCallService extends AuditedService {
  /** Which of the channels a policy names exist, for policy validation. */
  readonly #channels: Pick<NotificationsService, 'channelsByIds' | 'fallbackChannels'> | null;

  constructor(
    deps: AuditedServiceDeps & {
      channels?: Pick<NotificationsService, 'channelsByIds' | 'fallbackChannels'>;
    },
  ) {
    super(deps);
    this.#channels = deps.channels ?? null;
  }

  schedules(): Promise<ScheduleRecord[]> {
    return repo.schedules(this.db);
  }

  schedule(id: string): Promise<ScheduleRecord | null> {
    return ID.safeParse(id).success ? repo.schedule(this.db, id) : Promise.resolve(null);
  }

  overrides(scheduleId: string, upcomingOnly = true): Promise<OverrideRecord[]> {
    return repo.overrides(this.db, scheduleId, upcomingOnly ? this.clock.now() : undefined);
  }

  policies(): Promise<PolicyRecord[]> {
    return repo.policies(this.db);
  }

  /** Whether an incident of each environment pages someone, and what to fix where it does not. */
  async pagingReadiness(): Promise<PagingReadiness> {
    const [policies, fallback] = await Promise.all([
      repo.policies(this.db),
      this.#channels?.fallbackChannels(this.db) ?? [],
    ]);
    return pagingReadiness(policies, fallback.length);
  }

  /** The people who can be put on call: active users who can acknowledge an incident. */
  async people(): Promise<{ id: string; name: string; email: string }[]> {
    return repo.onCallPeople(this.db, ON_CALL_ROLES);
  }

  policy(id: string): Promise<PolicyRecord | null> {
    return ID.safeParse(id).success ? repo.policy(this.db, id) : Promise.resolve(null);
  }

  users(ids: string[], db: Queryable = this.db) {
    return repo.users(db, ids);
  }

  /** Who is on call on each schedule at `at` (now by default), and until when. */
  async onCallNow(at?: Date | null): Promise<OnCallNow[]> {
    const when = at ?? this.clock.now();
    const result: OnCallNow[] = [];
    for (const schedule of await repo.schedules(this.db)) {
      const overrides = await repo.overrides(this.db, schedule.id, when);
      const onCall = onCallAt(schedule, overrides, when);
      const horizon = new Date(when.getTime() + 14 * 86_400_000);
      const [current] = shiftsBetween(schedule, overrides, when, horizon);
      const known = onCall && current?.userId === onCall.userId && current.end < horizon;
      result.push({ schedule, onCall, until: known ? current.end : null });
    }
    return result;
  }

  /** Who is on call on one schedule at `at`, read in the caller's transaction. */
  async onCallAt(tx: Queryable, scheduleId: string, at: Date): Promise<OnCall | null> {
    const schedule = await repo.schedule(tx, scheduleId);
    if (!schedule) return null;
    return onCallAt(schedule, await repo.overrides(tx, schedule.id, at), at);
  }

  /** The turns of a schedule over `days` days from `from` (now by default). */
  async shifts(schedule: ScheduleRecord, from?: Date | null, days = 7): Promise<Shift[]> {
    const start = from ?? this.clock.now();
    const span = Math.min(Math.max(days, 1), 31);
    const overrides = await repo.overrides(this.db, schedule.id, start);
    return shiftsBetween(schedule, overrides, start, new Date(start.getTime() + span * 86_400_000));
  }

  // --- schedules ----------------------------------------------------------------------

  async createSchedule(actor: Actor, raw: unknown): Promise<ScheduleRecord> {
    const input = parseInput(scheduleSchema, raw);
    return this.units.run(async (work) => {
      if (await repo.scheduleNameTaken(work.tx, input.name)) throw taken('schedule', input.name);
      await this.#requireUsers(
        work.tx,
        input.layers.flatMap((l) => l.userIds),
        { onCall: { path: ['input', 'layers'] } },
      );
      const saved = await repo.insertSchedule(work.tx, {
        name: input.name,
        description: input.description ?? '',
        timeZone: input.timeZone,
        layers: input.layers,
      });
      await this.audit.record(work, actor, {
        action: 'oncall_schedule.create',
        targetType: 'oncall_schedule',
        targetId: saved.id,
        details: { name: saved.name, timeZone: saved.timeZone, layers: saved.layers },
      });
      return saved;
    });
  }

  async updateSchedule(actor: Actor, raw: unknown): Promise<ScheduleRecord> {
    const input = parseInput(scheduleSchema.extend({ id: ID }), raw);
    return this.units.run(async (work) => {
      const before = await repo.schedule(work.tx, input.id, true);
      if (!before) throw notFound('schedule', input.id);
      if (await repo.scheduleNameTaken(work.tx, input.name, before.id)) {
        throw taken('schedule', input.name);
      }
      await this.#requireUsers(
        work.tx,
        input.layers.flatMap((l) => l.userIds),
        { onCall: { path: ['input', 'layers'] } },
      );
      const saved = await repo.updateSchedule(
        work.tx,
        before.id,
        {
          name: input.name,
          description: input.description ?? '',
          timeZone: input.timeZone,
          layers: input.layers,
        },
        this.clock.now(),
      );
      await this.audit.record(work, actor, {
        action: 'oncall_schedule.update',
        targetType: 'oncall_schedule',
        targetId: saved.id,
        details: {
          from: { name: before.name, timeZone: before.timeZone, layers: before.layers },
          to: { name: saved.name, timeZone: saved.timeZone, layers: saved.layers },
        },
      });
      return saved;
    });
  }

  async deleteSchedule(actor: Actor, id: string): Promise<string> {
    const scheduleId = parseInput(ID, id, ['id']);
    return this.units.run(async (work) => {
      const before = await repo.schedule(work.tx, scheduleId, true);
      if (!before) throw notFound('schedule', scheduleId);
      await this.#refuseIfNamed(work.tx, 'SCHEDULE', scheduleId, before.name);
      await repo.deleteSchedule(work.tx, scheduleId);
      await this.audit.record(work, actor, {
        action: 'oncall_schedule.delete',
        targetType: 'oncall_schedule',
        targetId: scheduleId,
        details: { name: before.name },
      });
      return scheduleId;
    });
  }

  async addOverride(actor: Actor, raw: unknown): Promise<OverrideRecord> {
    const input = parseInput(
      z
        .object({ scheduleId: ID, userId: ID, startsAt: z.date(), endsAt: z.date() })
        .refine((o) => o.endsAt > o.startsAt, {
          path: ['endsAt'],
          message: 'must be after startsAt',
        }),
      raw,
    );
    return this.units.run(async (work) => {
      const schedule = await repo.schedule(work.tx, input.scheduleId, true);
      if (!schedule) throw notFound('schedule', input.scheduleId);
      await this.#requireUsers(work.tx, [input.userId], {
        onCall: { path: ['input', 'userId'] },
      });
      const saved = await repo.insertOverride(work.tx, { ...input, at: this.clock.now() });
      await this.audit.record(work, actor, {
        action: 'oncall_override.create',
        targetType: 'oncall_schedule',
        targetId: schedule.id,
        details: {
          overrideId: saved.id,
          userId: saved.userId,
          startsAt: saved.startsAt.toISOString(),
          endsAt: saved.endsAt.toISOString(),
        },
      });
      return saved;
    });
  }

  async removeOverride(actor: Actor, id: string): Promise<OverrideRecord> {
    const overrideId = parseInput(ID, id, ['id']);
    return this.units.run(async (work) => {
      const before = await repo.override(work.tx, overrideId);
      if (!before) throw notFound('override', overrideId);
      await repo.deleteOverride(work.tx, overrideId);
      await this.audit.record(work, actor, {
        action: 'oncall_override.delete',
        targetType: 'oncall_schedule',
        targetId: before.scheduleId,
        details: {
          overrideId,
          userId: before.userId,
          startsAt: before.startsAt.toISOString(),
          endsAt: before.endsAt.toISOString(),
        },
      });
      return before;
    });
  }

  // --- policies -----------------------------------------------------------------------

  async createPolicy(actor: Actor, raw: unknown): Promise<PolicyRecord> {
    const input = parseInput(policySchema, raw);
    return this.units.run(async (work) => {
      if (await repo.policyNameTaken(work.tx, input.name))
        throw taken('escalation policy', input.name);
      const fields = await this.#policyFields(work.tx, input, null);
      const saved = await repo.insertPolicy(work.tx, fields);
      await this.audit.record(work, actor, {
        action: 'escalation_policy.create',
        targetType: 'escalation_policy',
        targetId: saved.id,
        details: { ...fields },
      });
      return saved;
    });
  }

  async updatePolicy(actor: Actor, raw: unknown): Promise<PolicyRecord> {
    const input = parseInput(policySchema.extend({ id: ID }), raw);
    return this.units.run(async (work) => {
      const before = await repo.policy(work.tx, input.id, true);
      if (!before) throw notFound('escalation policy', input.id);
      if (await repo.policyNameTaken(work.tx, input.name, before.id)) {
        throw taken('escalation policy', input.name);
      }
      const fields = await this.#policyFields(work.tx, input, before.id);
      const saved = await repo.updatePolicy(work.tx, before.id, fields, this.clock.now());
      const { id: _, createdAt: __, updatedAt: ___, ...from } = before;
      await this.audit.record(work, actor, {
        action: 'escalation_policy.update',
        targetType: 'escalation_policy',
        targetId: saved.id,
        details: { from, to: { ...fields } },
      });
      return saved;
    });
  }

  async deletePolicy(actor: Actor, id: string): Promise<string> {
    const policyId = parseInput(ID, id, ['id']);
    return this.units.run(async (work) => {
      const before = await repo.policy(work.tx, policyId, true);
      if (!before) throw notFound('escalation policy', policyId);
      await repo.deletePolicy(work.tx, policyId);
      await this.audit.record(work, actor, {
        action: 'escalation_policy.delete',
        targetType: 'escalation_policy',
        targetId: policyId,
        details: { name: before.name },
      });
      return policyId;
    });
  }

  async #policyFields(tx: Queryable, input: z.output<typeof policySchema>, id: string | null) {
    const targets = input.steps.flatMap((s) => s.targets);
    const ofType = (type: string) => targets.filter((t) => t.type === type).map((t) => t.id);
    await this.#requireUsers(tx, ofType('USER'));
    for (const scheduleId of new Set(ofType('SCHEDULE'))) {
      if (!(await repo.schedule(tx, scheduleId))) throw notFound('schedule', scheduleId);
    }
    const channelIds = [...new Set(ofType('CHANNEL'))];
    const found = new Set(
      this.#channels
        ? (await this.#channels.channelsByIds(tx, channelIds)).map((c) => c.id)
        : channelIds,
    );
    const missing = channelIds.find((c) => !found.has(c));
    if (missing) throw notFound('notification channel', missing);
    const environments = [...new Set(input.environments ?? [])];
    const isDefault = input.isDefault ?? false;
    // One default policy, one policy per environment: the newest setting wins.
    if (isDefault) await repo.clearDefault(tx, id);
    await repo.releaseEnvironments(tx, environments, id);
    return {
      name: input.name,
      description: input.description ?? '',
      steps: input.steps,
      repeat: input.repeat ?? 0,
      isDefault,
      environments,
    };
  }

  /** Each user exists; with `onCall`, each can also acknowledge an incident and is active. */
  async #requireUsers(
    tx: Queryable,
    ids: string[],
    options: { onCall?: { path: string[] } } = {},
  ): Promise<void> {
    const wanted = [...new Set(ids)];
    const users = await repo.users(tx, wanted);
    const found = new Set(users.map((u) => u.id));
    const missing = wanted.find((id) => !found.has(id));
    if (missing) throw notFound('user', missing);
    if (!options.onCall) return;
    const unable = users.find((u) => u.disabled || !roleAtLeast(u.role, ON_CALL_ROLE));
    if (unable) {
      throw new OnCallError(
        'CANNOT_BE_ON_CALL',
        `${unable.name} cannot be on call: ${unable.disabled ? 'the account is disabled' : `a ${unable.role} cannot acknowledge incidents`}. Only SREs and admins can.`,
        {
          fields: [{ path: options.onCall.path, message: 'names someone who cannot acknowledge' }],
        },
      );
    }
  }

  async #refuseIfNamed(tx: Queryable, type: string, id: string, name: string): Promise<void> {
    const [policy] = await repo.policiesNaming(tx, type, id);
    if (policy) {
      throw new OnCallError(
        'CHANNEL_IN_USE',
        `The escalation policy ${policy} notifies ${name}; take it out of the policy first.`,
      );
    }
  }
}

function notFound(what: string, id: string): OnCallError {
  return new OnCallError('RECORD_NOT_FOUND', `No ${what} with id ${id}.`);
}

function taken(what: string, name: string): OnCallError {
  return new OnCallError('NAME_TAKEN', `A ${what} named ${name} already exists.`, {
    fields: [{ path: ['input', 'name'], message: 'is already taken' }],
  });
}

/** The name of a policy that notifies the channel, for refusing its deletion. */
export async function policyNamingChannel(
  tx: Queryable,
  channelId: string,
): Promise<string | null> {
  return (await repo.policiesNaming(tx, 'CHANNEL', channelId))[0] ?? null;
}
