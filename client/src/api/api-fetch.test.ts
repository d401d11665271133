import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, toSearchParams } from './api-fetch';

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('sends JSON with same-origin credentials and the query string', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/x', { method: 'POST', body: { a: 1 }, query: { flag: ['insult', 'spam'], q: '', n: 2 } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x?flag=insult%2Cspam&n=2');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
  });

  it('turns the error shape into an ApiError with code and details', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'version_conflict', message: 'changed', details: { current: { status: 'rejected' } }, requestId: 'r1' } }), { status: 409 }));
    const error = await apiFetch('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'version_conflict', message: 'changed', details: { current: { status: 'rejected' } }, requestId: 'r1' });
  });

  it('copes with a non-JSON error and with a network failure', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 502, code: 'http_error' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('leaves empty values out of query strings', () => {
    expect(toSearchParams({ a: undefined, b: null, c: '', d: [], e: 0, f: false }).toString()).toBe('e=0&f=false');
  });
});
