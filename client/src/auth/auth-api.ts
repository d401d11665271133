import { apiFetch } from '../api/api-fetch';

// Mirrors server/src/auth (the auth endpoints' shapes are not in @sift/shared yet).
export type Role = 'admin' | 'moderator' | 'viewer';

export interface SessionUser {
  username: string;
  role: Role;
  mustChangePassword: boolean;
  demo: boolean;
}

export const authKeys = {
  me: ['auth', 'me'] as const,
  config: ['auth', 'config'] as const,
  /** True after a 401 ended a session that was signed in: the sign-in page says why. */
  expired: ['auth', 'expired'] as const,
};

export const fetchMe = (signal?: AbortSignal) => apiFetch<{ user: SessionUser }>('/api/auth/me', { signal });
export const fetchAuthConfig = (signal?: AbortSignal) => apiFetch<{ demo: boolean }>('/api/auth/config', { signal });
export const postLogin = (username: string, password: string) =>
  apiFetch<{ user: SessionUser }>('/api/auth/login', { method: 'POST', body: { username, password } });
export const postLogout = () => apiFetch<void>('/api/auth/logout', { method: 'POST' });
export const postPassword = (currentPassword: string, newPassword: string) =>
  apiFetch<{ user: SessionUser }>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });

export const DEMO_ACCOUNTS = ['demo-admin', 'demo-moderator', 'demo-viewer'] as const;
