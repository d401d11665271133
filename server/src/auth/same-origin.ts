import type { Request } from 'express';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function changesState(method: string): boolean {
  return STATE_CHANGING.has(method);
}

/**
 * CSRF defence for cookie-authenticated writes: the browser must say the
 * request comes from our own pages. `Sec-Fetch-Site` is sent by every current
 * browser; `Origin` by all of them on cross-site POSTs. Non-browser clients
 * send neither and are let through: they cannot ride on a victim's cookie.
 */
export function isSameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  if (!host) return false;
  try {
    const url = new URL(origin);
    return url.host.toLowerCase() === host.toLowerCase() && (url.protocol === 'http:' || url.protocol === 'https:');
  } catch {
    // "null" (sandboxed frames, some redirects) and garbage.
    return false;
  }
}
