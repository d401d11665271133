import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { AuthStore, Role, StoredApiKey, StoredUser } from '../store/store';
import type { AuditEventStore } from '../store/moderation-store';
import { hashPassword } from './password-hash';
import { newApiKey, oneTimePassword, sha256 } from './secrets';
import { normaliseUsername, USERNAME } from './auth-schemas';

/** A user as the API shows it: never the hash. */
export interface PublicUser {
  username: string;
  role: Role;
  mustChangePassword: boolean;
  demo: boolean;
  createdAt: string;
}

export interface PublicApiKey {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const publicUser = (u: StoredUser): PublicUser => ({
  username: u.username,
  role: u.role,
  mustChangePassword: u.mustChangePassword,
  demo: u.isDemo,
  createdAt: new Date(u.createdAt).toISOString(),
});

export const publicApiKey = (k: StoredApiKey): PublicApiKey => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  createdAt: new Date(k.createdAt).toISOString(),
  createdBy: k.createdBy,
  revokedAt: iso(k.revokedAt),
  lastUsedAt: iso(k.lastUsedAt),
});

/**
 * Users and API keys, managed by admins (HTTP) and from the shell (CLI).
 * Every change is written to the audit log with the actor.
 */
export class Accounts {
  constructor(
    private readonly store: AuthStore & AuditEventStore,
    private readonly now: () => number = Date.now,
  ) {}

  private audit(actor: string, action: string, details: Record<string, unknown>) {
    return this.store.appendAuditEvent({ at: this.now(), actor, action, details });
  }

  private async mustFind(username: string): Promise<StoredUser> {
    const user = await this.store.findUser(normaliseUsername(username));
    if (!user) throw ApiError.notFound('user');
    return user;
  }

  async list(): Promise<PublicUser[]> {
    return (await this.store.listUsers()).map(publicUser);
  }

  /**
   * Creates a user. Without a password a one-time one is generated, returned
   * once and must be changed at first login.
   */
  async add(actor: string, input: { username: string; role: Role; password?: string; demo?: boolean; mustChangePassword?: boolean }) {
    const username = normaliseUsername(input.username);
    if (!USERNAME.test(username)) throw new ApiError(400, ErrorCode.validation, 'invalid username');
    const password = input.password ?? oneTimePassword();
    const user = await this.store.insertUser({
      username,
      role: input.role,
      passwordHash: await hashPassword(password),
      mustChangePassword: input.mustChangePassword ?? input.password === undefined,
      isDemo: input.demo ?? false,
      createdAt: this.now(),
    });
    if (!user) throw new ApiError(409, ErrorCode.alreadyExists, `user ${username} already exists`);
    await this.audit(actor, 'user.added', { username, role: input.role, demo: user.isDemo });
    return { user: publicUser(user), password: input.password === undefined ? password : undefined };
  }

  async remove(actor: string, username: string): Promise<void> {
    const user = await this.mustFind(username);
    // Signing yourself out of existence is never what an admin meant.
    if (user.username === actor) throw new ApiError(409, ErrorCode.cannotRemoveSelf, 'you cannot remove your own account');
    if (user.role === 'admin') {
      const admins = (await this.store.listUsers()).filter((u) => u.role === 'admin' && !u.isDemo);
      if (admins.length <= 1 && !user.isDemo) throw new ApiError(409, ErrorCode.conflict, 'the last admin cannot be removed');
    }
    await this.store.deleteUser(user.id);
    await this.audit(actor, 'user.removed', { username: user.username });
  }

  /** Sets a new one-time password and ends the user's sessions; returns the password once. */
  async reset(actor: string, username: string): Promise<string> {
    const user = await this.mustFind(username);
    const password = oneTimePassword();
    await this.store.setPassword(user.id, await hashPassword(password), true);
    await this.audit(actor, 'user.password_reset', { username: user.username });
    return password;
  }

  async createKey(actor: string, name: string): Promise<{ key: PublicApiKey; secret: string }> {
    const secret = newApiKey();
    const key = await this.store.insertApiKey({ name, prefix: secret.slice(0, 12), keyHash: sha256(secret), createdAt: this.now(), createdBy: actor });
    await this.audit(actor, 'apikey.created', { id: key.id, name, prefix: key.prefix });
    return { key: publicApiKey(key), secret };
  }

  async listKeys(): Promise<PublicApiKey[]> {
    return (await this.store.listApiKeys()).map(publicApiKey);
  }

  async revokeKey(actor: string, id: number): Promise<void> {
    if (!(await this.store.revokeApiKey(id, this.now()))) throw ApiError.notFound('API key');
    await this.audit(actor, 'apikey.revoked', { id });
  }
}
