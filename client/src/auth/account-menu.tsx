import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/api-fetch';
import { useSession } from './use-session';

/** Who is signed in, with sign-out. */
export function AccountMenu() {
  const { user, logout } = useSession();
  if (!user) return null;
  return (
    <div className="account-menu">
      <span>
        {user.username} <small>({user.role})</small>
      </span>
      <button type="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Sign out
      </button>
    </div>
  );
}

/** Change-password form; shown on its own while a one-time password must be replaced. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { user, changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && next !== repeat;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    changePassword.mutate({ currentPassword: current, newPassword: next }, { onSuccess: () => onDone?.() });
  };

  return (
    <form className="password-form" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      {user?.mustChangePassword && <p>You signed in with a one-time password. Choose your own to continue.</p>}
      <label>
        Current password
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />
      </label>
      <label>
        New password (at least 10 characters)
        <input type="password" autoComplete="new-password" minLength={10} value={next} onChange={(e) => setNext(e.target.value)} required />
      </label>
      <label>
        New password again
        <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required aria-invalid={mismatch} />
      </label>
      {mismatch && <p role="alert">The new passwords differ.</p>}
      {changePassword.isError && <p role="alert">{errorMessage(changePassword.error)}</p>}
      {changePassword.isSuccess && <p role="status">Password changed. Your other sessions were signed out.</p>}
      <button type="submit" disabled={changePassword.isPending || mismatch}>
        Change password
      </button>
    </form>
  );
}
