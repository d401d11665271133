import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys, DEMO_ACCOUNTS, fetchAuthConfig } from './auth-api';
import { explainLoginError, loginRetryAfter } from './login-error';
import { useCountdown } from './use-countdown';
import { useSession } from './use-session';

/**
 * Sign-in form. Everything shown (errors included) is rendered as text by
 * React, never as HTML. Mount it where `useSession().isSignedIn` is false.
 */
export function LoginPage() {
  const { login } = useSession();
  const client = useQueryClient();
  const config = useQuery({ queryKey: authKeys.config, queryFn: ({ signal }) => fetchAuthConfig(signal), staleTime: Infinity, retry: false });
  const expired = client.getQueryData<boolean>(authKeys.expired) === true;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);
  const blocked = secondsLeft > 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (blocked) return;
    login.mutate(
      { username, password },
      {
        onError: (error) => {
          const wait = loginRetryAfter(error);
          setBlockedUntil(wait ? Date.now() + wait * 1000 : null);
        },
      },
    );
  };

  return (
    <main className="login-page" id="main">
      <form className="login-form card" onSubmit={submit} aria-labelledby="login-title">
        <p className="brand login-brand" aria-hidden="true">
          Sift
        </p>
        <h1 id="login-title">Sign in to Sift</h1>
        {expired && !login.isError && (
          <p className="form-notice" role="status" data-testid="session-ended">
            Your session has ended. Sign in again to carry on where you were.
          </p>
        )}
        <label className="field">
          Username
          <input name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label className="field">
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {login.isError && (
          <p role="alert" className="form-error" data-testid="login-error">
            {explainLoginError(login.error, blockedUntil === null ? undefined : secondsLeft)}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={login.isPending || blocked}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        {config.data?.demo && (
          <div className="demo-hint" data-testid="demo-hint">
            <p>Demo mode: sign in with the password <code>demo</code> as</p>
            <ul>
              {DEMO_ACCOUNTS.map((name) => (
                <li key={name}>
                  <button type="button" className="btn-link" onClick={() => { setUsername(name); setPassword('demo'); }}>
                    {name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </main>
  );
}
