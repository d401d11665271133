import type { Comment } from '@sift/shared';

/**
 * A small client of the real API for setting up and checking browser tests:
 * a signed-in session (cookie) or an API key, JSON in and out.
 */
export class SiftApi {
  private constructor(
    readonly baseUrl: string,
    private readonly auth: { cookie?: string; apiKey?: string },
  ) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<SiftApi> {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return new SiftApi(baseUrl, { cookie });
  }

  withApiKey(apiKey: string): SiftApi {
    return new SiftApi(this.baseUrl, { apiKey });
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.auth.cookie) headers.Cookie = this.auth.cookie;
    if (this.auth.apiKey) headers.Authorization = `Bearer ${this.auth.apiKey}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  comment(id: number): Promise<Comment> {
    return this.get<Comment>(`/api/comments/${id}`);
  }

  /** Every comment id the queue lists for these query params (all pages). */
  async queueIds(params: URLSearchParams): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams(params);
      q.set('limit', '200');
      if (cursor) q.set('cursor', cursor);
      const page: { items: { id: number }[]; nextCursor: string | null } = await this.get(`/api/queue?${q}`);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }
}
