import { Router, type Request, type Response } from 'express';
import { ErrorCode } from '@sift/shared';
import { ApiError } from '../http/api-error';
import { validate } from '../http/validate';
import type { AuthService } from './auth-service';
import type { AuthLocals } from './auth-gate';
import { publicUser } from './accounts';
import { ChangePasswordInput, LoginInput } from './auth-schemas';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

function setRetryAfter(res: Response, err: unknown): void {
  if (err instanceof ApiError && err.status === 429) {
    const retryAfter = (err.details as { retryAfter?: number } | undefined)?.retryAfter;
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
  }
}

const clientIp = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** /auth/login, /auth/logout, /auth/password, /auth/me, /auth/config. */
export function authRouter(deps: { auth: AuthService }): Router {
  const { auth } = deps;
  const router = Router();

  router.get('/auth/config', (_req, res) => {
    res.json({ demo: auth.demo });
  });

  router.post('/auth/login', async (req, res) => {
    const input = validate(LoginInput, req.body);
    try {
      const { token, user } = await auth.login(input.username, input.password, clientIp(req));
      setSessionCookie(req, res, token, auth.absoluteMs);
      res.json({ user: publicUser(user) });
    } catch (err) {
      setRetryAfter(res, err);
      throw err;
    }
  });

  router.post('/auth/logout', async (req, res) => {
    const locals = res.locals as AuthLocals;
    if (locals.sessionToken) await auth.logout(locals.sessionToken, locals.actor.id);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  router.post('/auth/password', async (req, res) => {
    const locals = res.locals as AuthLocals;
    const input = validate(ChangePasswordInput, req.body);
    if (!locals.sessionUser) throw new ApiError(400, ErrorCode.validation, 'only a signed-in user can change their password');
    try {
      const token = await auth.changePassword(locals.sessionUser, input.currentPassword, input.newPassword, clientIp(req));
      setSessionCookie(req, res, token, auth.absoluteMs);
      res.json({ user: publicUser({ ...locals.sessionUser, mustChangePassword: false }) });
    } catch (err) {
      setRetryAfter(res, err);
      throw err;
    }
  });

  router.get('/auth/me', (_req, res) => {
    const { actor, sessionUser } = res.locals as AuthLocals;
    // The test actor has no stored user; show what the gate knows.
    res.json({
      user: sessionUser ? publicUser(sessionUser) : { username: actor.id, role: actor.role, mustChangePassword: false, demo: false },
    });
  });

  return router;
}
