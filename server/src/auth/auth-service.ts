import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Logger } from '../logger';
import type { AuthStore, StoredUser } from '../store/store';
import type { AuditEventStore } from '../store/moderation-store';
import { FailureLimiter } from './failure-limiter';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hash';
import { randomToken, sha256, SESSION_TOKEN_FORMAT } from './secrets';
import { normaliseUsername } from './auth-schemas';

export interface AuthOptions {
  /** Demo accounts may log in only while this is true. */
  demo?: boolean;
  sessionIdleMs?: number;
  sessionAbsoluteMs?: number;
  loginFailuresPerAccount?: number;
  loginFailuresPerIp?: number;
  loginWindowMs?: number;
  now?: () => number;
}

export type AuthDeps = { store: AuthStore & AuditEventStore; logger: Logger };

const HOUR = 3_600_000;
// Writing last_seen_at on every request would turn reads into writes.
const TOUCH_EVERY_MS = 60_000;

export function rateLimited(retryAfter: number): ApiError {
  return new ApiError(429, ErrorCode.rateLimited, `too many failed attempts; try again in ${retryAfter} s`, { retryAfter });
}

/** Logins, sessions and password changes. */
export class AuthService {
  /** Set by index.ts once it knows whether this database holds the demo data. */
  demo: boolean;
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly now: () => number;
  private readonly perAccount: FailureLimiter;
  private readonly perIp: FailureLimiter;

  constructor(private readonly deps: AuthDeps, opts: AuthOptions = {}) {
    this.demo = opts.demo ?? false;
    this.idleMs = opts.sessionIdleMs ?? 12 * HOUR;
    this.absoluteMs = opts.sessionAbsoluteMs ?? 7 * 24 * HOUR;
    this.now = opts.now ?? Date.now;
    const window = opts.loginWindowMs ?? 15 * 60_000;
    this.perAccount = new FailureLimiter(opts.loginFailuresPerAccount ?? 10, window, this.now);
    this.perIp = new FailureLimiter(opts.loginFailuresPerIp ?? 50, window, this.now);
  }

  audit(actor: string | null, action: string, details: Record<string, unknown> = {}): Promise<unknown> {
    return this.deps.store.appendAuditEvent({ at: this.now(), actor, action, details });
  }

  /** Checks a password against a user; unknown users cost as much time as known ones. */
  private async passwordMatches(user: StoredUser | null, password: string): Promise<boolean> {
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    // Demo accounts have a published password: dead outside demo mode.
    return ok && user !== null && (!user.isDemo || this.demo);
  }

  async login(rawUsername: string, password: string, ip: string): Promise<{ token: string; user: StoredUser }> {
    const username = normaliseUsername(rawUsername);
    const wait = Math.max(this.perAccount.retryAfter(username), this.perIp.retryAfter(ip));
    if (wait > 0) {
      this.deps.logger.warn({ username, ip }, 'login refused: too many failures');
      throw rateLimited(wait);
    }
    const user = await this.deps.store.findUser(username);
    if (!(await this.passwordMatches(user, password)) || !user) {
      this.perAccount.fail(username);
      this.perIp.fail(ip);
      await this.audit(null, 'auth.login_failed', { username, ip, knownUser: user !== null });
      throw new ApiError(401, ErrorCode.invalidCredentials, 'wrong username or password');
    }
    this.perAccount.reset(username);
    const token = await this.startSession(user);
    await this.audit(user.username, 'auth.login', { ip });
    return { token, user };
  }

  private async startSession(user: StoredUser): Promise<string> {
    const token = randomToken();
    const now = this.now();
    await this.deps.store.pruneSessions(now - this.absoluteMs, now - this.idleMs);
    await this.deps.store.insertSession({ tokenHash: sha256(token), userId: user.id, createdAt: now, lastSeenAt: now });
    return token;
  }

  /** The user of a live session; expired sessions are deleted on sight. */
  async sessionUser(token: string): Promise<StoredUser | null> {
    if (!SESSION_TOKEN_FORMAT.test(token)) return null;
    const tokenHash = sha256(token);
    const found = await this.deps.store.findSession(tokenHash);
    if (!found) return null;
    const now = this.now();
    const { session, user } = found;
    if (session.createdAt + this.absoluteMs <= now || session.lastSeenAt + this.idleMs <= now || (user.isDemo && !this.demo)) {
      await this.deps.store.deleteSession(tokenHash);
      return null;
    }
    if (now - session.lastSeenAt >= TOUCH_EVERY_MS) await this.deps.store.touchSession(tokenHash, now);
    return user;
  }

  async logout(token: string, actor: string): Promise<void> {
    await this.deps.store.deleteSession(sha256(token));
    await this.audit(actor, 'auth.logout');
  }

  /** Ends every session of the user and opens a new one for the caller. */
  async changePassword(user: StoredUser, currentPassword: string, newPassword: string, ip: string): Promise<string> {
    const wait = this.perAccount.retryAfter(user.username);
    if (wait > 0) throw rateLimited(wait);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      this.perAccount.fail(user.username);
      this.perIp.fail(ip);
      await this.audit(user.username, 'auth.password_change_failed', { ip });
      throw new ApiError(401, ErrorCode.invalidCredentials, 'the current password is wrong');
    }
    if (currentPassword === newPassword) {
      throw new ApiError(400, ErrorCode.validation, 'the new password must differ from the current one', {
        issues: [{ path: ['newPassword'], message: 'must differ from the current password' }],
      });
    }
    await this.deps.store.setPassword(user.id, await hashPassword(newPassword), false);
    await this.audit(user.username, 'auth.password_changed', { ip });
    return this.startSession({ ...user, mustChangePassword: false });
  }
}
