import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../api/api-fetch';
import { authKeys, DEMO_ACCOUNTS, fetchAuthConfig } from './auth-api';
import { useSession } from './use-session';

/**
 * Sign-in form. Everything shown (errors included) is rendered as text by
 * React, never as HTML. Mount it where `useSession().isSignedIn` is false.
 */
export function LoginPage() {
  const { login } = useSession();
  const config = useQuery({ queryKey: authKeys.config, queryFn: ({ signal }) => fetchAuthConfig(signal), staleTime: Infinity });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <main className="login-page">
      <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Sift</h1>
        <label>
          Username
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {login.isError && (
          <p role="alert" className="form-error">
            {errorMessage(login.error)}
          </p>
        )}
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        {config.data?.demo && (
          <p className="demo-hint" data-testid="demo-hint">
            Demo mode: sign in as {DEMO_ACCOUNTS.join(', ')} with the password <code>demo</code>.
          </p>
        )}
      </form>
    </main>
  );
}
