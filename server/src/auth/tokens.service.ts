import { z } from 'zod';
import type { AuditService } from '../audit/index.ts';
import type { Clock } from '../shared/clock.ts';
import { parseInput } from '../shared/errors.ts';
import { tokenExpiryDays, tokenName } from '../shared/validation.ts';
import { type Db, UnitOfWork } from '../store/index.ts';
import { AuthError } from './auth.errors.ts';
import { tokensRepository } from './auth.repository.ts';
import { actorOf } from './auth.service.ts';
import type { ApiTokenRecord, Principal } from './auth.types.ts';
import type { Revocations } from './revocations.ts';
import { ROLES, roleAtLeast } from './roles.ts';
import { hashSecret, newTokenSecret } from './secrets.ts';

const createTokenInput = z.object({
  name: tokenName,
  role: z.enum(ROLES),
  expiresInDays: tokenExpiryDays,
});

export function tokenStatus(token: ApiTokenRecord, now: Date): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
  if (token.revokedAt) return 'REVOKED';
  return token.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

export class TokensService {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #clock: Clock;
  readonly #revocations: Revocations;

  constructor(db: Db, audit: AuditService, clock: Clock, revocations: Revocations) {
    this.#db = db;
    this.#units = new UnitOfWork(db);
    this.#audit = audit;
    this.#clock = clock;
    this.#revocations = revocations;
  }

  list(by: Principal, all: boolean): Promise<ApiTokenRecord[]> {
    if (all && by.role !== 'ADMIN') {
      throw new AuthError('OTHERS_TOKENS_FORBIDDEN', "Only admins can list other users' tokens.");
    }
    return tokensRepository.list(this.#db, all ? null : by.user.id);
  }

  async create(by: Principal, raw: unknown): Promise<{ token: ApiTokenRecord; secret: string }> {
    const input = parseInput(createTokenInput, raw);
    if (!roleAtLeast(by.role, input.role)) {
      throw new AuthError(
        'TOKEN_ROLE_TOO_HIGH',
        `A token cannot carry a role above your own (${by.role}).`,
        {
          fields: [{ path: ['input', 'role'], message: `must be at most ${by.role}` }],
        },
      );
    }
    const now = this.#clock.now();
    const requested = now.getTime() + input.expiresInDays * 86_400_000;
    // A token made by a token is bound to it: no longer-lived, and revoked with it.
    const parent = by.token ?? null;
    const days = parent
      ? Math.ceil((parent.expiresAt.getTime() - now.getTime()) / 86_400_000)
      : Number.POSITIVE_INFINITY;
    // Within the parent's last day, the new token ends when the parent does.
    const expiresAt = new Date(
      parent ? Math.min(requested, parent.expiresAt.getTime()) : requested,
    );
    if (parent && input.expiresInDays > days) {
      throw new AuthError(
        'TOKEN_OUTLIVES_PARENT',
        `A token cannot outlive the token that creates it, which expires ${parent.expiresAt.toISOString()}.`,
        {
          fields: [
            {
              path: ['input', 'expiresInDays'],
              message: `must be at most ${days} (the creating token's remaining days)`,
            },
          ],
        },
      );
    }
    const secret = newTokenSecret();
    const token = await this.#units.run(async (work) => {
      const created = await tokensRepository.insert(work.tx, {
        userId: by.user.id,
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(secret),
        prefix: secret.slice(0, 8),
        now,
        expiresAt,
        parentId: parent?.id ?? null,
      });
      await this.#audit.record(work, actorOf(by), {
        action: 'token.create',
        targetType: 'api_token',
        targetId: created.id,
        details: {
          name: created.name,
          role: created.role,
          owner: by.user.email,
          expiresAt: created.expiresAt.toISOString(),
          ...(parent ? { parentTokenId: parent.id } : {}),
        },
      });
      return created;
    });
    return { token, secret };
  }

  async revoke(by: Principal, id: string): Promise<ApiTokenRecord> {
    const found = z.uuid().safeParse(id).success
      ? await tokensRepository.findById(this.#db, id)
      : null;
    // Someone else's token is reported as missing, not forbidden, so ids cannot be probed.
    if (!found || (found.userId !== by.user.id && by.role !== 'ADMIN')) {
      throw new AuthError('TOKEN_NOT_FOUND', `No API token with id ${id}.`);
    }
    if (found.revokedAt) return found;
    const result = await this.#units.run(async (work) => {
      const revoked = await tokensRepository.revoke(work.tx, id, this.#clock.now());
      if (!revoked) throw new AuthError('TOKEN_NOT_FOUND', `No API token with id ${id}.`);
      await this.#audit.record(work, actorOf(by), {
        action: 'token.revoke',
        targetType: 'api_token',
        targetId: id,
        details: {
          name: revoked.token.name,
          ...(revoked.descendants.length ? { alsoRevoked: revoked.descendants } : {}),
        },
      });
      return revoked;
    });
    this.#revocations.publish({
      reason: 'TOKEN_REVOKED',
      tokenIds: [id, ...result.descendants],
    });
    return result.token;
  }
}
