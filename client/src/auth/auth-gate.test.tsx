import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppShell } from '../app-shell';
import { apiFetch } from '../api/api-fetch';
import { createQueryClient } from '../query-client';
import { ToastProvider } from '../components/toast';
import { jsonResponse, mockFetch } from '../test/render';
import type { Role } from './auth-api';

const user = (role: Role, extra: object = {}) => ({ user: { username: `the-${role}`, role, mustChangePassword: false, demo: false, ...extra } });
const unauthenticated = () => jsonResponse({ error: { code: 'unauthenticated', message: 'sign in first' } }, 401);

/** A page that reads the API, like every real page does. */
function ProbePage() {
  const data = useQuery({ queryKey: ['probe'], queryFn: () => apiFetch<{ ok: boolean }>('/api/probe') });
  return <p>{data.isSuccess ? 'probe loaded' : 'probing'}</p>;
}

function renderApp(path: string) {
  const client = createQueryClient();
  const router = createMemoryRouter([{ path: '/', element: <AppShell />, children: [{ path: '*', element: <ProbePage /> }, { index: true, element: <ProbePage /> }] }], {
    initialEntries: [path],
  });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { router, client };
}

async function signIn(username: string, password: string) {
  const name = await screen.findByLabelText('Username');
  if (username) await userEvent.type(name, username);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('sign-in and the session', () => {
  it('shows the sign-in page when signed out, then the app with the nav of the role', async () => {
    let session: Role | null = null;
    vi.stubGlobal(
      'fetch',
      mockFetch((url, init) => {
        if (url.pathname === '/api/auth/config') return jsonResponse({ demo: false });
        if (url.pathname === '/api/auth/me') return session ? jsonResponse(user(session)) : unauthenticated();
        if (url.pathname === '/api/auth/login') {
          const body = JSON.parse(String(init?.body)) as { username: string; password: string };
          if (body.password !== 'right-password') return jsonResponse({ error: { code: 'invalid_credentials', message: 'invalid credentials' } }, 401);
          session = 'moderator';
          return jsonResponse(user('moderator'));
        }
        if (url.pathname === '/api/auth/logout') {
          session = null;
          return new Response(null, { status: 204 });
        }
        if (url.pathname === '/api/probe') return session ? jsonResponse({ ok: true }) : unauthenticated();
        return undefined;
      }).fn,
    );
    renderApp('/insights');
    await signIn('mod', 'wrong');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong username or password.');
    await userEvent.clear(screen.getByLabelText('Password'));
    await signIn('', 'right-password');
    expect(await screen.findByText('probe loaded')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Queue', 'Insights', 'Articles', 'Reports']);
    expect(screen.getByTestId('account-name')).toHaveTextContent('the-moderator');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Sift' })).toBeInTheDocument();
  });

  it('shows Settings to admins only', async () => {
    vi.stubGlobal('fetch', mockFetch((url) => (url.pathname === '/api/auth/me' ? jsonResponse(user('admin')) : url.pathname === '/api/probe' ? jsonResponse({ ok: true }) : undefined)).fn);
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
  });

  it('goes back to the sign-in page when any query answers 401, and returns to the same page after signing in', async () => {
    let signedIn = true;
    vi.stubGlobal(
      'fetch',
      mockFetch((url) => {
        if (url.pathname === '/api/auth/config') return jsonResponse({ demo: false });
        if (url.pathname === '/api/auth/me') return signedIn ? jsonResponse(user('viewer')) : unauthenticated();
        if (url.pathname === '/api/auth/login') {
          signedIn = true;
          return jsonResponse(user('viewer'));
        }
        // The session expired on the server between /auth/me and this request.
        if (url.pathname === '/api/probe') {
          if (signedIn) {
            signedIn = false;
            return unauthenticated();
          }
          return unauthenticated();
        }
        return undefined;
      }).fn,
    );
    const { router } = renderApp('/reports');
    expect(await screen.findByTestId('session-ended')).toHaveTextContent('Your session has ended');
    expect(router.state.location.pathname).toBe('/reports');
    vi.stubGlobal(
      'fetch',
      mockFetch((url) => {
        if (url.pathname === '/api/auth/login') return jsonResponse(user('viewer'));
        if (url.pathname === '/api/auth/me') return jsonResponse(user('viewer'));
        if (url.pathname === '/api/probe') return jsonResponse({ ok: true });
        return undefined;
      }).fn,
    );
    await signIn('v', 'pw');
    expect(await screen.findByText('probe loaded')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reports');
  });

  it('says how long to wait after too many attempts (429 with Retry-After) and blocks the button meanwhile', async () => {
    vi.stubGlobal(
      'fetch',
      mockFetch((url) => {
        if (url.pathname === '/api/auth/me') return unauthenticated();
        if (url.pathname === '/api/auth/login') {
          return new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'too many failed attempts; try again in 90 s' } }), {
            status: 429,
            headers: { 'Content-Type': 'application/json', 'Retry-After': '90' },
          });
        }
        return undefined;
      }).fn,
    );
    renderApp('/');
    await signIn('admin', 'guess');
    expect(await screen.findByTestId('login-error')).toHaveTextContent(/Too many failed attempts\. Try again in (2 minutes|90 seconds|89 seconds)\./);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('asks for a new password before anything else after a one-time password', async () => {
    let must = true;
    const { fn, calls } = mockFetch((url) => {
      if (url.pathname === '/api/auth/me') return jsonResponse(user('admin', { mustChangePassword: must }));
      if (url.pathname === '/api/auth/password') {
        must = false;
        return jsonResponse(user('admin'));
      }
      if (url.pathname === '/api/probe') return jsonResponse({ ok: true });
      return undefined;
    });
    vi.stubGlobal('fetch', fn);
    renderApp('/');
    expect(await screen.findByText(/one-time password/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    await userEvent.type(screen.getByLabelText('Current password'), 'one-time-pw');
    await userEvent.type(screen.getByLabelText('New password (at least 10 characters)'), 'a-long-new-password');
    await userEvent.type(screen.getByLabelText('New password again'), 'a-long-new-password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('probe loaded')).toBeInTheDocument();
    const change = calls.find((c) => c.url.pathname === '/api/auth/password');
    expect(JSON.parse(String(change?.init?.body))).toEqual({ currentPassword: 'one-time-pw', newPassword: 'a-long-new-password' });
  });
});

describe('waiting for the session', () => {
  it('shows nothing of the app before /api/auth/me answers', async () => {
    let answer!: (r: Response) => void;
    vi.stubGlobal('fetch', mockFetch((url) => (url.pathname === '/api/auth/me' ? (new Promise<Response>((r) => (answer = r)) as unknown as Response) : jsonResponse({ ok: true }))).fn);
    renderApp('/');
    expect(screen.queryByRole('navigation')).toBeNull();
    await waitFor(() => expect(answer).toBeDefined());
    answer(jsonResponse(user('moderator')));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
