import { z } from 'zod';
import { type AuditService, SYSTEM_ACTOR } from '../audit/index.ts';
import { parseInput } from '../shared/errors.ts';
import { email, personName } from '../shared/validation.ts';
import { type Db, type Queryable, UnitOfWork } from '../store/index.ts';
import { AuthError } from './auth.errors.ts';
import { sessionsRepository, UniqueViolation, usersRepository } from './auth.repository.ts';
import { actorOf } from './auth.service.ts';
import { BOOTSTRAP_ADMIN_EMAIL, type Principal, type UserRecord } from './auth.types.ts';
import { passwordProblem, passwordSchema } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { Revocations } from './revocations.ts';
import { ROLES } from './roles.ts';
import { generatePassword } from './secrets.ts';

export { BOOTSTRAP_ADMIN_EMAIL };

const BOOTSTRAP_LOCK_KEY = 72_041_003;

const password = passwordSchema;
const name = personName;

const createUserInput = z.object({
  email: email.transform((address) => address.toLowerCase()),
  name,
  role: z.enum(ROLES),
  password,
});

const updateUserInput = z.object({
  id: z.uuid('must be a user id'),
  name: name.optional().nullable(),
  role: z.enum(ROLES).optional().nullable(),
  disabled: z.boolean().optional().nullable(),
});

export class UsersService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #revocations: Revocations;

  constructor(db: Db, audit: AuditService, revocations: Revocations) {
    this.#db = db;
    this.#units = new UnitOfWork(db);
    this.#audit = audit;
    this.#revocations = revocations;
  }

  list(): Promise<UserRecord[]> {
    return usersRepository.list(this.#db);
  }

  get(id: string): Promise<UserRecord | null> {
    if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
    return usersRepository.findById(this.#db, id);
  }

  /** The users with these ids, by id (ids that are not user ids are left out). */
  getMany(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    return usersRepository.findByIds(
      this.#db,
      ids.filter((id) => z.uuid().safeParse(id).success),
    );
  }

  async create(by: Principal, raw: unknown): Promise<UserRecord> {
    const input = parseInput(createUserInput, raw);
    assertPasswordFor(input.password, input.email, ['input', 'password']);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.#units.run(async (work) => {
        // The admin chose this password: the user replaces it at first sign-in.
        const user = await usersRepository.insert(work.tx, {
          ...input,
          passwordHash,
          mustChangePassword: true,
        });
        await this.#audit.record(work, actorOf(by), {
          action: 'user.create',
          targetType: 'user',
          targetId: user.id,
          details: { email: user.email, name: user.name, role: user.role },
        });
        return user;
      });
    } catch (error) {
      if (error instanceof UniqueViolation) {
        throw new AuthError('EMAIL_TAKEN', `A user with email ${input.email} already exists.`, {
          fields: [{ path: ['input', 'email'], message: 'is already taken' }],
        });
      }
      throw error;
    }
  }

  async update(by: Principal, raw: unknown): Promise<UserRecord> {
    const input = parseInput(updateUserInput, raw);
    let ended: 'USER_DISABLED' | 'ROLE_CHANGED' | null = null;
    const updated = await this.#units.run(async (work) => {
      await usersRepository.lockForUpdate(work.tx, input.id);
      const before = await usersRepository.findById(work.tx, input.id);
      if (!before) throw new AuthError('USER_NOT_FOUND', `No user with id ${input.id}.`);
      const changes = {
        ...(input.name != null && input.name !== before.name ? { name: input.name } : {}),
        ...(input.role != null && input.role !== before.role ? { role: input.role } : {}),
        ...(input.disabled != null && input.disabled !== before.disabled
          ? { disabled: input.disabled }
          : {}),
      };
      if (Object.keys(changes).length === 0) return before;
      const after = await usersRepository.update(work.tx, input.id, changes);
      if (!after) throw new AuthError('USER_NOT_FOUND', `No user with id ${input.id}.`);
      if (
        before.role === 'ADMIN' &&
        !before.disabled &&
        (after.role !== 'ADMIN' || after.disabled)
      ) {
        await assertAnAdminRemains(work.tx);
      }
      if (after.disabled) await sessionsRepository.deleteForUser(work.tx, after.id);
      ended = after.disabled ? 'USER_DISABLED' : 'role' in changes ? 'ROLE_CHANGED' : null;
      await this.#audit.record(work, actorOf(by), {
        action: 'user.update',
        targetType: 'user',
        targetId: after.id,
        details: {
          email: after.email,
          changes: Object.fromEntries(
            Object.keys(changes).map((k) => [
              k,
              { from: before[k as keyof typeof changes], to: after[k as keyof typeof changes] },
            ]),
          ),
        },
      });
      return after;
    });
    // Open subscriptions were authorised for the old role or an enabled account.
    if (ended) this.#revocations.publish({ reason: ended, userId: updated.id });
    else this.#revocations.userChanged(updated.id);
    return updated;
  }

  async setPassword(by: Principal, raw: unknown): Promise<UserRecord> {
    const input = parseInput(z.object({ id: z.uuid('must be a user id'), password }), raw);
    const target = await usersRepository.findById(this.#db, input.id);
    if (!target) throw new AuthError('USER_NOT_FOUND', `No user with id ${input.id}.`);
    assertPasswordFor(input.password, target.email, ['input', 'password']);
    const passwordHash = await hashPassword(input.password);
    const updated = await this.#units.run(async (work) => {
      // Set by an admin: the user replaces it at their next sign-in.
      const user = await usersRepository.update(work.tx, input.id, {
        passwordHash,
        mustChangePassword: by.user.id !== input.id,
      });
      if (!user) throw new AuthError('USER_NOT_FOUND', `No user with id ${input.id}.`);
      // A new password ends every session that knew the old one.
      await sessionsRepository.deleteForUser(work.tx, user.id);
      await this.#audit.record(work, actorOf(by), {
        action: 'user.set_password',
        targetType: 'user',
        targetId: user.id,
        details: { email: user.email },
      });
      return user;
    });
    this.#revocations.publish({ reason: 'PASSWORD_CHANGED', userId: updated.id });
    return updated;
  }

  async changeOwnPassword(by: Principal, raw: unknown): Promise<void> {
    const input = parseInput(z.object({ currentPassword: z.string(), newPassword: password }), raw);
    assertPasswordFor(input.newPassword, by.user.email, ['input', 'newPassword']);
    if (input.newPassword === input.currentPassword) {
      throw new AuthError(
        'PASSWORD_UNCHANGED',
        'The new password must differ from the current one.',
        {
          fields: [
            { path: ['input', 'newPassword'], message: 'must differ from the current password' },
          ],
        },
      );
    }
    const stored = await usersRepository.passwordHash(this.#db, by.user.id);
    if (stored === null && by.user.singleSignOn) {
      throw new AuthError(
        'NO_PASSWORD',
        'This account signs in through single sign-on and has no password to change.',
      );
    }
    if (!stored || !(await verifyPassword(input.currentPassword, stored))) {
      throw new AuthError('WRONG_PASSWORD', 'The current password is incorrect.', {
        fields: [{ path: ['input', 'currentPassword'], message: 'is incorrect' }],
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    const keep = by.session?.idHash;
    await this.#units.run(async (work) => {
      await usersRepository.update(work.tx, by.user.id, {
        passwordHash,
        mustChangePassword: false,
      });
      // Whoever else knew the old password is signed out; this session goes on.
      const ended = await sessionsRepository.deleteForUser(work.tx, by.user.id, keep);
      await this.#audit.record(work, actorOf(by), {
        action: 'user.change_password',
        targetType: 'user',
        targetId: by.user.id,
        details: { endedSessions: ended },
      });
    });
    this.#revocations.publish({
      reason: 'PASSWORD_CHANGED',
      userId: by.user.id,
      ...(keep ? { keepSession: keep } : {}),
    });
  }

  /**
   * On an empty store, creates the first admin. Returns the generated password when
   * none was configured, so the caller can show it once; null when nothing was created.
   */
  async bootstrapAdmin(
    configured: string | undefined,
  ): Promise<{ email: string; generatedPassword: string | null } | null> {
    const chosen = configured ?? generatePassword();
    const passwordHash = await hashPassword(chosen);
    return this.#units.run(async (work) => {
      await work.tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_KEY]);
      if ((await usersRepository.count(work.tx)) > 0) return null;
      const user = await usersRepository.insert(work.tx, {
        email: BOOTSTRAP_ADMIN_EMAIL,
        name: 'Administrator',
        role: 'ADMIN',
        passwordHash,
      });
      await this.#audit.record(work, SYSTEM_ACTOR, {
        action: 'user.bootstrap',
        targetType: 'user',
        targetId: user.id,
        details: {
          email: user.email,
          role: user.role,
          passwordSource: configured ? 'environment' : 'generated',
        },
      });
      return { email: user.email, generatedPassword: configured ? null : chosen };
    });
  }
}

function assertPasswordFor(password: string, email: string, path: string[]): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new AuthError('WEAK_PASSWORD', `Invalid input: ${path.join('.')}: ${problem}`, {
      fields: [{ path, message: problem }],
    });
  }
}

async function assertAnAdminRemains(tx: Queryable): Promise<void> {
  if ((await usersRepository.countActiveAdmins(tx)) === 0) {
    throw new AuthError('LAST_ADMIN', 'At least one active admin must remain.');
  }
}
