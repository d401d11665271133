import type { AuthStore, Role, StoredApiKey, StoredSession, StoredUser } from '../store';
import type { Db } from './database';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
  must_change_password: number;
  is_demo: number;
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
  mustChangePassword: r.must_change_password === 1,
  isDemo: r.is_demo === 1,
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

/** The auth part of the SQLite store. */
export class SqliteAuth implements AuthStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      countUsers: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
      userByName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
      userById: db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?'),
      users: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
      insertUser: db.prepare(
        `INSERT INTO users (username, role, password_hash, must_change_password, is_demo, created_at)
         VALUES (@username, @role, @passwordHash, @mustChangePassword, @isDemo, @createdAt) ON CONFLICT (username) DO NOTHING`,
      ),
      setPassword: db.prepare<[string, number, number], unknown>('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?'),
      deleteUser: db.prepare<[number], unknown>('DELETE FROM users WHERE id = ?'),
      deleteUserSessions: db.prepare<[number], unknown>('DELETE FROM sessions WHERE user_id = ?'),
      insertSession: db.prepare<[string, number, number, number], unknown>(
        'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      ),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?'),
      touchSession: db.prepare<[number, string], unknown>('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
      deleteSession: db.prepare<[string], unknown>('DELETE FROM sessions WHERE token_hash = ?'),
      pruneSessions: db.prepare<[number, number], unknown>('DELETE FROM sessions WHERE created_at < ? OR last_seen_at < ?'),
      insertKey: db.prepare(
        `INSERT INTO api_keys (name, prefix, key_hash, created_at, created_by)
         VALUES (@name, @prefix, @keyHash, @createdAt, @createdBy)`,
      ),
      keyById: db.prepare<[number], ApiKeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = ?`),
      keyByHash: db.prepare<[string], ApiKeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE key_hash = ?`),
      keys: db.prepare<[], ApiKeyRow>(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY id`),
      revokeKey: db.prepare<[number, number], unknown>('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      touchKey: db.prepare<[number, number], unknown>('UPDATE api_keys SET last_used_at = ? WHERE id = ?'),
    };
  }

  async countUsers(): Promise<number> {
    return this.stmts.countUsers.get()?.n ?? 0;
  }

  async findUser(username: string): Promise<StoredUser | null> {
    const row = this.stmts.userByName.get(username);
    return row ? toUser(row) : null;
  }

  async listUsers(): Promise<StoredUser[]> {
    return this.stmts.users.all().map(toUser);
  }

  async insertUser(user: Omit<StoredUser, 'id'>): Promise<StoredUser | null> {
    const info = this.stmts.insertUser.run({
      ...user,
      mustChangePassword: user.mustChangePassword ? 1 : 0,
      isDemo: user.isDemo ? 1 : 0,
    });
    if (info.changes === 0) return null;
    const row = this.stmts.userById.get(Number(info.lastInsertRowid));
    return row ? toUser(row) : null;
  }

  async setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): Promise<void> {
    this.db.transaction(() => {
      this.stmts.setPassword.run(passwordHash, mustChangePassword ? 1 : 0, userId);
      this.stmts.deleteUserSessions.run(userId);
    })();
  }

  async deleteUser(userId: number): Promise<boolean> {
    return this.db.transaction(() => {
      this.stmts.deleteUserSessions.run(userId);
      return this.stmts.deleteUser.run(userId).changes > 0;
    })();
  }

  async insertSession(s: StoredSession): Promise<void> {
    this.stmts.insertSession.run(s.tokenHash, s.userId, s.createdAt, s.lastSeenAt);
  }

  async findSession(tokenHash: string): Promise<{ session: StoredSession; user: StoredUser } | null> {
    const row = this.stmts.session.get(tokenHash);
    if (!row) return null;
    const user = this.stmts.userById.get(row.user_id);
    return user ? { session: toSession(row), user: toUser(user) } : null;
  }

  async touchSession(tokenHash: string, at: number): Promise<void> {
    this.stmts.touchSession.run(at, tokenHash);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.stmts.deleteSession.run(tokenHash);
  }

  async pruneSessions(createdBefore: number, idleBefore: number): Promise<number> {
    return this.stmts.pruneSessions.run(createdBefore, idleBefore).changes;
  }

  async insertApiKey(key: { name: string; prefix: string; keyHash: string; createdAt: number; createdBy: string | null }): Promise<StoredApiKey> {
    const info = this.stmts.insertKey.run(key);
    const row = this.stmts.keyById.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('api key vanished after insert');
    return toApiKey(row);
  }

  async listApiKeys(): Promise<StoredApiKey[]> {
    return this.stmts.keys.all().map(toApiKey);
  }

  async findApiKeyByHash(keyHash: string): Promise<StoredApiKey | null> {
    const row = this.stmts.keyByHash.get(keyHash);
    return row ? toApiKey(row) : null;
  }

  async revokeApiKey(id: number, at: number): Promise<boolean> {
    return this.stmts.revokeKey.run(at, id).changes > 0;
  }

  async touchApiKey(id: number, at: number): Promise<void> {
    this.stmts.touchKey.run(at, id);
  }
}

/** The auth methods, bound, for SqliteStore to take on. */
export function sqliteAuth(db: Db): AuthStore {
  const auth = new SqliteAuth(db);
  const bound = {} as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(SqliteAuth.prototype)) {
    if (name === 'constructor') continue;
    const fn = (auth as unknown as Record<string, unknown>)[name];
    if (typeof fn === 'function') bound[name] = fn.bind(auth);
  }
  return bound as unknown as AuthStore;
}
