import { type Queryable, rowMapper, type StoredRow } from '../store/index.ts';
import type { ApiTokenRecord, SessionRecord, UserRecord } from './auth.types.ts';
import type { Role } from './roles.ts';

const users = rowMapper<UserRecord>()(
  `id, email, name, role, disabled, created_at, last_login_at, must_change_password,
  password_hash IS NOT NULL AS has_password,
  EXISTS (SELECT 1 FROM user_identities i WHERE i.user_id = users.id) AS single_sign_on`,
  {
    // A user who signs in through the identity provider is not asked to replace a password.
    mustChangePassword: (r) => r.must_change_password === true && !r.single_sign_on,
  },
);
const USER_COLUMNS = users.columns;
const toUser = users.from;

const tokens = rowMapper<ApiTokenRecord>()(
  'id, user_id, name, role, prefix, created_at, expires_at, last_used_at, revoked_at, parent_id',
);
const TOKEN_COLUMNS = tokens.columns;
const toToken = tokens.from;

export const usersRepository = {
  async count(db: Queryable): Promise<number> {
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM users');
    return Number(rows[0]?.n ?? 0);
  },

  async countActiveAdmins(db: Queryable): Promise<number> {
    const { rows } = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM users WHERE role = 'ADMIN' AND NOT disabled",
    );
    return Number(rows[0]?.n ?? 0);
  },

  async list(db: Queryable): Promise<UserRecord[]> {
    const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY lower(email)`);
    return rows.map(toUser);
  },

  async findById(db: Queryable, id: string): Promise<UserRecord | null> {
    return (await usersRepository.findByIds(db, [id])).get(id) ?? null;
  },

  /** The users with these ids (uuids), by id; one query for a page's worth. */
  async findByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, UserRecord>> {
    const { rows } = await db.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(toUser).map((u) => [u.id, u]));
  },

  async findCredentials(
    db: Queryable,
    email: string,
  ): Promise<{ user: UserRecord; passwordHash: string | null } | null> {
    const { rows } = await db.query(
      `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    const row = rows[0];
    return row ? { user: toUser(row), passwordHash: row.password_hash as string | null } : null;
  },

  async passwordHash(db: Queryable, id: string): Promise<string | null> {
    const { rows } = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [id],
    );
    return rows[0]?.password_hash ?? null;
  },

  async findByEmail(db: Queryable, email: string): Promise<UserRecord | null> {
    const { rows } = await db.query(
      `SELECT ${USER_COLUMNS} FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] ? toUser(rows[0]) : null;
  },

  /** A user without a password (null) signs in only through single sign-on. */
  async insert(
    db: Queryable,
    user: {
      id?: string;
      email: string;
      name: string;
      role: Role;
      passwordHash: string | null;
      mustChangePassword?: boolean;
    },
  ): Promise<UserRecord> {
    const { rows } = await db.query(
      `INSERT INTO users (id, email, name, role, password_hash, must_change_password)
       VALUES (coalesce($5::uuid, gen_random_uuid()), $1, $2, $3, $4, $6)
       ON CONFLICT DO NOTHING RETURNING ${USER_COLUMNS}`,
      [
        user.email,
        user.name,
        user.role,
        user.passwordHash,
        user.id ?? null,
        user.mustChangePassword ?? false,
      ],
    );
    if (!rows[0]) throw new UniqueViolation('email');
    return toUser(rows[0]);
  },

  async update(
    db: Queryable,
    id: string,
    changes: {
      name?: string;
      role?: Role;
      disabled?: boolean;
      passwordHash?: string;
      mustChangePassword?: boolean;
    },
  ): Promise<UserRecord | null> {
    const { rows } = await db.query(
      `UPDATE users SET
         name = coalesce($2, name),
         role = coalesce($3, role),
         disabled = coalesce($4, disabled),
         password_hash = coalesce($5, password_hash),
         must_change_password = coalesce($6, must_change_password),
         updated_at = now()
       WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [
        id,
        changes.name ?? null,
        changes.role ?? null,
        changes.disabled ?? null,
        changes.passwordHash ?? null,
        changes.mustChangePassword ?? null,
      ],
    );
    return rows[0] ? toUser(rows[0]) : null;
  },

  async lockForUpdate(db: Queryable, id: string): Promise<void> {
    await db.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [id]);
  },

  async recordLogin(db: Queryable, id: string, at: Date): Promise<void> {
    await db.query('UPDATE users SET last_login_at = $2 WHERE id = $1', [id, at]);
  },
};

/** Links between users and their accounts at an OpenID Connect provider. */
export const identitiesRepository = {
  async findUserId(db: Queryable, issuer: string, subject: string): Promise<string | null> {
    const { rows } = await db.query<{ user_id: string }>(
      'SELECT user_id FROM user_identities WHERE issuer = $1 AND subject = $2',
      [issuer, subject],
    );
    return rows[0]?.user_id ?? null;
  },

  /** Links the identity to the user, or only records the sign-in when it already is linked. */
  async link(
    db: Queryable,
    link: { issuer: string; subject: string; userId: string; at: Date },
  ): Promise<'linked' | 'existing'> {
    const { rows } = await db.query<{ inserted: boolean }>(
      `INSERT INTO user_identities (issuer, subject, user_id, created_at, last_login_at)
       VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (issuer, subject) DO UPDATE SET last_login_at = excluded.last_login_at
       WHERE user_identities.user_id = excluded.user_id
       RETURNING (xmax = 0) AS inserted`,
      [link.issuer, link.subject, link.userId, link.at],
    );
    if (!rows[0]) throw new UniqueViolation('identity');
    return rows[0].inserted ? 'linked' : 'existing';
  },
};

export class UniqueViolation extends Error {
  readonly field: string;
  constructor(field: string) {
    super(`${field} already exists`);
    this.field = field;
  }
}

export const sessionsRepository = {
  async insert(
    db: Queryable,
    s: {
      idHash: string;
      userId: string;
      now: Date;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<void> {
    await db.query(
      `INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [s.idHash, s.userId, s.now, s.expiresAt, s.ip, s.userAgent],
    );
  },

  async find(db: Queryable, idHash: string): Promise<SessionRecord | null> {
    const { rows } = await db.query<{
      id_hash: string;
      user_id: string;
      created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
    }>(
      'SELECT id_hash, user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = $1',
      [idHash],
    );
    const row = rows[0];
    return row
      ? {
          idHash: row.id_hash,
          userId: row.user_id,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          expiresAt: row.expires_at,
        }
      : null;
  },

  async touch(db: Queryable, idHash: string, at: Date): Promise<void> {
    await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, at]);
  },

  async delete(db: Queryable, idHash: string): Promise<void> {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  },

  async deleteForUser(db: Queryable, userId: string, except?: string): Promise<number> {
    const result = await db.query(
      'DELETE FROM sessions WHERE user_id = $1 AND id_hash IS DISTINCT FROM $2',
      [userId, except ?? null],
    );
    return result.rowCount;
  },

  async deleteExpired(db: Queryable, now: Date, idleBefore: Date): Promise<number> {
    const result = await db.query(
      'DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at < $2',
      [now, idleBefore],
    );
    return result.rowCount;
  },
};

export const tokensRepository = {
  async insert(
    db: Queryable,
    t: {
      userId: string;
      name: string;
      role: Role;
      tokenHash: string;
      prefix: string;
      now: Date;
      expiresAt: Date;
      parentId: string | null;
    },
  ): Promise<ApiTokenRecord> {
    const { rows } = await db.query(
      `INSERT INTO api_tokens (user_id, name, role, token_hash, prefix, created_at, expires_at, parent_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${TOKEN_COLUMNS}`,
      [t.userId, t.name, t.role, t.tokenHash, t.prefix, t.now, t.expiresAt, t.parentId],
    );
    return toToken(rows[0] as StoredRow);
  },

  async findByHash(db: Queryable, tokenHash: string): Promise<ApiTokenRecord | null> {
    const { rows } = await db.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? toToken(rows[0]) : null;
  },

  async findById(db: Queryable, id: string): Promise<ApiTokenRecord | null> {
    const { rows } = await db.query(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    return rows[0] ? toToken(rows[0]) : null;
  },

  async list(db: Queryable, userId: string | null): Promise<ApiTokenRecord[]> {
    const { rows } = userId
      ? await db.query(
          `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
          [userId],
        )
      : await db.query(`SELECT ${TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at DESC`);
    return rows.map(toToken);
  },

  /** Revokes the token and every token made from it, directly or further down. */
  async revoke(
    db: Queryable,
    id: string,
    at: Date,
  ): Promise<{ token: ApiTokenRecord; descendants: string[] } | null> {
    const { rows } = await db.query(
      `WITH RECURSIVE lineage AS (
         SELECT id FROM api_tokens WHERE id = $1
         UNION SELECT t.id FROM api_tokens t JOIN lineage l ON t.parent_id = l.id
       )
       UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2)
       WHERE id IN (SELECT id FROM lineage) RETURNING ${TOKEN_COLUMNS}`,
      [id, at],
    );
    const revoked = rows.map(toToken);
    const token = revoked.find((t) => t.id === id);
    if (!token) return null;
    return {
      token,
      descendants: revoked.filter((t) => t.id !== id).map((t) => t.id),
    };
  },

  /** Whether the token and every token above it are unrevoked and unexpired. */
  async lineageActive(db: Queryable, id: string, now: Date): Promise<boolean> {
    const { rows } = await db.query<{ bad: string }>(
      `WITH RECURSIVE lineage AS (
         SELECT id, parent_id, revoked_at, expires_at FROM api_tokens WHERE id = $1
         UNION SELECT t.id, t.parent_id, t.revoked_at, t.expires_at
         FROM api_tokens t JOIN lineage l ON t.id = l.parent_id
       )
       SELECT count(*) AS bad FROM lineage WHERE revoked_at IS NOT NULL OR expires_at <= $2`,
      [id, now],
    );
    return Number(rows[0]?.bad ?? 0) === 0;
  },

  async touch(db: Queryable, id: string, at: Date): Promise<void> {
    await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, at]);
  },
};
