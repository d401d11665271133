import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';
import type { Actor } from '../http/actor';
import type { Logger } from '../logger';
import type { AuthStore, Role, StoredUser } from '../store/store';
import type { AuthService } from './auth-service';
import { findRule as defaultFindRule } from './match-rule';
import type { RouteRule } from './route-rules';
import { changesState, isSameOrigin } from './same-origin';
import { API_KEY_FORMAT, sha256 } from './secrets';
import { clearSessionCookie, sessionToken } from './session-cookie';

export interface AuthGateOptions {
  auth: AuthService;
  store: AuthStore;
  logger: Logger;
  /**
   * Tests only, settable only in code: requests without credentials act as
   * this user. Production never sets it (see index.ts).
   */
  testActor?: { id: string; role: Role };
  /** Ingest requests per API key per minute. */
  ingestPerMinute?: number;
  findRule?: (method: string, path: string) => RouteRule | null;
}

/** What the gate found out about a request, for the handlers after it. */
export interface AuthLocals {
  actor: Actor;
  /** Set when a session cookie authenticated the request. */
  sessionUser?: StoredUser;
  sessionToken?: string;
}

const KEY_TOUCH_EVERY_MS = 60_000;

/**
 * The one access check in front of every /api route: finds the route's rule
 * (no rule: refused), identifies the caller (API key, session cookie), checks
 * CSRF for cookie-borne writes, then the role. Puts the actor in
 * res.locals.actor so that handlers attribute their writes to it.
 */
export function authGate(opts: AuthGateOptions): RequestHandler {
  const findRule = opts.findRule ?? defaultFindRule;
  const ingestLimiter = rateLimit({
    windowMs: 60_000,
    limit: opts.ingestPerMinute ?? 600,
    keyGenerator: (_req, res) => (res.locals as AuthLocals).actor.id,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    validate: false,
    handler: (_req, _res, next) => next(new ApiError(429, ErrorCode.rateLimited, 'too many requests for this API key; slow down')),
  });

  async function identify(req: Request, res: Response): Promise<'apikey' | 'cookie' | 'test' | null> {
    const locals = res.locals as AuthLocals;
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? '';
      const key = API_KEY_FORMAT.test(secret) ? await opts.store.findApiKeyByHash(sha256(secret)) : null;
      if (!key || key.revokedAt !== null) throw new ApiError(401, ErrorCode.unauthenticated, 'invalid or revoked API key');
      const now = opts.auth.now();
      if (key.lastUsedAt === null || now - key.lastUsedAt >= KEY_TOUCH_EVERY_MS) await opts.store.touchApiKey(key.id, now);
      locals.actor = { id: `apikey:${key.id}`, kind: 'apikey' };
      return 'apikey';
    }
    const token = sessionToken(req);
    if (token !== null) {
      const user = await opts.auth.sessionUser(token);
      if (user) {
        locals.actor = { id: user.username, kind: 'user', role: user.role };
        locals.sessionUser = user;
        locals.sessionToken = token;
        return 'cookie';
      }
      // A stale cookie: tell the browser to drop it, then carry on as anonymous.
      clearSessionCookie(req, res);
    }
    if (opts.testActor) {
      locals.actor = { id: opts.testActor.id, kind: 'user', role: opts.testActor.role };
      return 'test';
    }
    locals.actor = { id: 'anonymous', kind: 'anonymous' };
    return null;
  }

  return async (req, res, next) => {
    const rule = findRule(req.method, req.path);
    if (!rule) {
      if (opts.testActor) opts.logger.warn({ method: req.method, path: req.path }, 'no access rule for this route: add one to auth/route-rules.ts');
      throw new ApiError(404, ErrorCode.notFound, `no route for ${req.method} ${req.path}`);
    }
    const via = await identify(req, res);
    const { actor, sessionUser } = res.locals as AuthLocals;
    if (via !== 'apikey' && changesState(req.method) && !isSameOrigin(req)) {
      throw new ApiError(403, ErrorCode.csrf, 'cross-site request refused');
    }
    if (rule.roles !== 'public') {
      if (actor.kind === 'anonymous') throw new ApiError(401, ErrorCode.unauthenticated, 'sign in first');
      if (actor.kind === 'apikey' && !rule.apiKey) throw new ApiError(403, ErrorCode.forbidden, 'API keys may only send articles and comments, import and score');
      if (actor.kind === 'user' && !rule.roles.includes(actor.role as Role)) {
        throw new ApiError(403, ErrorCode.forbidden, `a ${actor.role} may not ${req.method} ${req.path}`);
      }
      if (sessionUser?.mustChangePassword && !rule.beforePasswordChange) {
        throw new ApiError(403, ErrorCode.forbidden, 'change your one-time password first', { mustChangePassword: true });
      }
    }
    if (via === 'apikey' && rule.apiKey && changesState(req.method)) {
      await ingestLimiter(req, res, next);
      return;
    }
    next();
  };
}
