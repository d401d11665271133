import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, mockFetch, renderAt } from '../test/render';
import { LoginPage } from './login-page';

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it('shows the demo hint in demo mode and renders server messages as text, never HTML', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const { fn, calls } = mockFetch((url) => {
      if (url.pathname === '/api/auth/config') return jsonResponse({ demo: true });
      if (url.pathname === '/api/auth/me') return jsonResponse({ error: { code: 'unauthenticated', message: 'sign in first' } }, 401);
      if (url.pathname === '/api/auth/login') return jsonResponse({ error: { code: 'validation_failed', message: payload } }, 400);
      return undefined;
    });
    vi.stubGlobal('fetch', fn);
    renderAt('/', <LoginPage />);
    expect(await screen.findByTestId('demo-hint')).toHaveTextContent('demo-moderator');
    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert.textContent).toBe(`Could not sign in: ${payload}`);
    expect(alert.querySelector('img')).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    const loginCall = calls.find((c) => c.url.pathname === '/api/auth/login');
    expect(JSON.parse(String(loginCall?.init?.body))).toEqual({ username: 'admin', password: 'wrong' });
  });

  it('has no demo hint outside demo mode', async () => {
    vi.stubGlobal('fetch', mockFetch((url) => (url.pathname === '/api/auth/config' ? jsonResponse({ demo: false }) : undefined)).fn);
    renderAt('/', <LoginPage />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled());
    expect(screen.queryByTestId('demo-hint')).toBeNull();
  });
});
