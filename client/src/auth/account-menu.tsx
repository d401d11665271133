import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/api-fetch';
import { Dialog } from '../components/dialog';
import { useSession } from './use-session';

/** Who is signed in (and as what), with change-password and sign-out. */
export function AccountMenu() {
  const { user, logout } = useSession();
  const [changing, setChanging] = useState(false);
  if (!user) return null;
  return (
    <div className="account-menu" data-testid="account-menu">
      <span>
        <span data-testid="account-name">{user.username}</span> <span className="account-role">{user.role}</span>
      </span>
      {!user.demo && (
        <button type="button" className="btn btn-small" onClick={() => setChanging(true)} aria-haspopup="dialog">
          Change password
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={() => logout.mutate()} disabled={logout.isPending}>
        Sign out
      </button>
      {changing && (
        <Dialog title="Change password" onClose={() => setChanging(false)}>
          <ChangePasswordForm showTitle={false} />
        </Dialog>
      )}
    </div>
  );
}

/** Change-password form; shown on its own while a one-time password must be replaced. */
export function ChangePasswordForm({ onDone, showTitle = true }: { onDone?: () => void; showTitle?: boolean }) {
  const { user, changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat !== '' && next !== repeat;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    changePassword.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          onDone?.();
        },
      },
    );
  };

  return (
    <form className="password-form" onSubmit={submit} aria-label="Change your password">
      {showTitle && <h1>Change your password</h1>}
      {user?.mustChangePassword && <p className="form-notice">You signed in with a one-time password. Choose your own to continue.</p>}
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
      {mismatch && (
        <p role="alert" className="form-error">
          The new passwords differ.
        </p>
      )}
      {changePassword.isError && (
        <p role="alert" className="form-error">
          {errorMessage(changePassword.error)}
        </p>
      )}
      {changePassword.isSuccess && <p role="status">Password changed. Your other sessions were signed out.</p>}
      <button type="submit" className="btn btn-primary" disabled={changePassword.isPending || mismatch}>
        Change password
      </button>
    </form>
  );
}
