import type pg from 'pg';
import type { AuthStore, Role, StoredApiKey, StoredSession, StoredUser } from '../store';
import { withTransaction } from './pg-pool';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
  must_change_password: boolean;
  is_demo: boolean;
  created_at: number;
}

interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
}

interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  created_at: number;
  created_by: string | null;
  revoked_at: number | null;
  last_used_at: number | null;
}

const toUser = (r: UserRow): StoredUser => ({
  id: r.id,
  username: r.username,
  role: r.role,
  passwordHash: r.password_hash,
  mustChangePassword: r.must_change_password,
  isDemo: r.is_demo,
  createdAt: r.created_at,
});

const toSession = (r: SessionRow): StoredSession => ({
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
});

const toApiKey = (r: ApiKeyRow): StoredApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  createdBy: r.created_by,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

const KEY_COLUMNS = 'id, name, prefix, created_at, created_by, revoked_at, last_used_at';

/** The auth part of the PostgreSQL store (mirrors sqlite-auth.ts). */
export class PgAuth implements AuthStore {
  constructor(private readonly pool: pg.Pool) {}

  async countUsers(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM users')).rows[0]?.n ?? 0;
  }

  async findUser(username: string): Promise<StoredUser | null> {
    const row = (await this.pool.query<UserRow>('SELECT * FROM users WHERE username = $1', [username])).rows[0];
    return row ? toUser(row) : null;
  }

  async listUsers(): Promise<StoredUser[]> {
    return (await this.pool.query<UserRow>('SELECT * FROM users ORDER BY username')).rows.map(toUser);
  }

  async insertUser(user: Omit<StoredUser, 'id'>): Promise<StoredUser | null> {
    const { rows } = await this.pool.query<UserRow>(
      `INSERT INTO users (username, role, password_hash, must_change_password, is_demo, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING *`,
      [user.username, user.role, user.passwordHash, user.mustChangePassword, user.isDemo, user.createdAt],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  async setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    await withTransaction(this.pool, async (c) => {
      await c.query('UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3', [passwordHash, mustChangePassword, userId]);
      await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    });
  }

  async deleteUser(userId: number): Promise<boolean> {
    return withTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
      return ((await c.query('DELETE FROM users WHERE id = $1', [userId])).rowCount ?? 0) > 0;
    });
  }

  async insertSession(s: StoredSession): Promise<void> {
    await this.pool.query('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $4)', [
      s.tokenHash,
      s.userId,
      s.createdAt,
      s.lastSeenAt,
    ]);
  }

  async findSession(tokenHash: string): Promise<{ session: StoredSession; user: StoredUser } | null> {
    const { rows } = await this.pool.query<SessionRow & { u: UserRow }>(
      'SELECT s.*, row_to_json(u) AS u FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1',
      [tokenHash],
    );
    const row = rows[0];
    return row ? { session: toSession(row), user: toUser(row.u) } : null;
  }

  async touchSession(tokenHash: string, at: number): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [at, tokenHash]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async pruneSessions(createdBefore: number, idleBefore: number): Promise<number> {
    return (await this.pool.query('DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2', [createdBefore, idleBefore])).rowCount ?? 0;
  }

  async insertApiKey(key: { name: string; prefix: string; keyHash: string; createdAt: number; createdBy: string | null }): Promise<StoredApiKey> {
    const { rows } = await this.pool.query<ApiKeyRow>(
      `INSERT INTO api_keys (name, prefix, key_hash, created_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${KEY_COLUMNS}`,
      [key.name, key.prefix, key.keyHash, key.createdAt, key.createdBy],
    );
    return toApiKey(rows[0]!);
  }

  async listApiKeys(): Promise<StoredApiKey[]> {
    return (await this.pool.query<ApiKeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY id`)).rows.map(toApiKey);
  }

  async findApiKeyByHash(keyHash: string): Promise<StoredApiKey | null> {
    const row = (await this.pool.query<ApiKeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE key_hash = $1`, [keyHash])).rows[0];
    return row ? toApiKey(row) : null;
  }

  async revokeApiKey(id: number, at: number): Promise<boolean> {
    return ((await this.pool.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id])).rowCount ?? 0) > 0;
  }

  async touchApiKey(id: number, at: number): Promise<void> {
    await this.pool.query('UPDATE api_keys SET last_used_at = $1 WHERE id = $2', [at, id]);
  }
}

/** The auth methods, bound, for PgStore to take on. */
export function pgAuth(pool: pg.Pool): AuthStore {
  const auth = new PgAuth(pool);
  const bound: Record<string, unknown> = {};
  for (const name of Object.getOwnPropertyNames(PgAuth.prototype)) {
    if (name === 'constructor') continue;
    bound[name] = ((auth as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown).bind(auth);
  }
  return bound as unknown as AuthStore;
}
