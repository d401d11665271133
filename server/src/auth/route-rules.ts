import type { Role } from '../store/store';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRule {
  method: Method;
  /** Path under /api, Express style: `:name` matches one segment (or part of one). */
  path: string;
  /** Roles allowed; `public` also lets in anonymous requests. */
  roles: readonly Role[] | 'public';
  /** Sites' API keys may call it (ingest and scoring only). */
  apiKey: boolean;
  /** Still allowed while the user must change a one-time password. */
  beforePasswordChange: boolean;
}

const VIEWER: readonly Role[] = ['viewer', 'moderator', 'admin'];
const MODERATOR: readonly Role[] = ['moderator', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

function rule(route: `${Method} /${string}`, roles: RouteRule['roles'], opts: { apiKey?: boolean; beforePasswordChange?: boolean } = {}): RouteRule {
  const [method, path] = route.split(' ') as [Method, string];
  return { method, path, roles, apiKey: opts.apiKey ?? false, beforePasswordChange: opts.beforePasswordChange ?? false };
}

/**
 * Who may call what: the one table the auth gate reads. A route that is not
 * here is refused for everyone (and route-rules.test.ts fails when a mounted
 * route has no rule). HEAD is checked as GET.
 */
export const routeRules: readonly RouteRule[] = [
  // Public
  rule('GET /health', 'public', { apiKey: true, beforePasswordChange: true }),
  rule('GET /auth/config', 'public', { beforePasswordChange: true }),
  rule('POST /auth/login', 'public', { beforePasswordChange: true }),

  // Own account (any signed-in user)
  rule('GET /auth/me', VIEWER, { beforePasswordChange: true }),
  rule('POST /auth/logout', VIEWER, { beforePasswordChange: true }),
  rule('POST /auth/password', VIEWER, { beforePasswordChange: true }),

  // Ingest and scoring: sites with an API key, and admins
  rule('POST /articles', ADMIN, { apiKey: true }),
  rule('POST /comments', ADMIN, { apiKey: true }),
  rule('POST /import', ADMIN, { apiKey: true }),
  rule('POST /score', VIEWER, { apiKey: true }),

  // Reading: viewers and up
  rule('GET /articles', VIEWER),
  rule('GET /articles/:id', VIEWER),
  rule('GET /comments/:id', VIEWER),
  rule('GET /comments/:id/history', VIEWER),
  rule('GET /queue', VIEWER),
  rule('GET /queue/counts', VIEWER),
  rule('GET /events', VIEWER),
  rule('GET /settings', VIEWER),
  rule('GET /stats/sentiment-distribution', VIEWER),
  rule('GET /stats/sentiment-over-time', VIEWER),
  rule('GET /stats/flags-over-time', VIEWER),
  rule('GET /stats/decisions-over-time', VIEWER),
  rule('GET /stats/articles', VIEWER),
  rule('GET /stats/moderators', VIEWER),
  rule('GET /export/comments.csv', VIEWER),
  rule('GET /export/comments.json', VIEWER),
  rule('GET /export/comments.ndjson', VIEWER),
  rule('GET /export/audit.csv', VIEWER),
  rule('GET /reports/summary', VIEWER),

  // Deciding: moderators and admins
  rule('POST /comments/:id/decision', MODERATOR),
  rule('POST /comments/:id/undo', MODERATOR),
  rule('POST /decisions/bulk', MODERATOR),
  rule('GET /model', MODERATOR),

  // Administration
  rule('GET /audit', ADMIN),
  rule('GET /audit/events', ADMIN),
  rule('PUT /settings', ADMIN),
  rule('POST /settings/preview', ADMIN),
  rule('GET /rescore', ADMIN),
  rule('POST /rescore', ADMIN),
  rule('POST /model/rebuild', ADMIN),
  rule('POST /model/reset', ADMIN),
  rule('GET /users', ADMIN),
  rule('POST /users', ADMIN),
  rule('DELETE /users/:username', ADMIN),
  rule('POST /users/:username/reset', ADMIN),
  rule('GET /keys', ADMIN),
  rule('POST /keys', ADMIN),
  rule('DELETE /keys/:id', ADMIN),
];
