import { useId, useState, type FormEvent } from 'react';
import { useCreateUser, type CreatedUser } from '../../api/create-user';
import type { Role } from '../../auth/auth-api';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form-error';
import { DoneButton, SubmitButton } from './confirm-dialog';
import { OneTimeSecret } from './one-time-secret';
import { useFocusOnMount } from './use-focus-on-mount';

export const roleChoices: { value: Role; label: string }[] = [
  { value: 'viewer', label: 'Viewer — reads the queue, charts and reports' },
  { value: 'moderator', label: 'Moderator — also decides on comments' },
  { value: 'admin', label: 'Admin — also settings, users and API keys' },
];

/**
 * Adds a user. Without a password the server generates a one-time one: it is
 * shown here once and is gone when the dialog closes (it lives only in this
 * dialog's mutation state).
 */
export function AddUserDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateUser();
  return (
    <Dialog title="Add user" onClose={onClose}>
      {create.data ? (
        <CreatedUserResult created={create.data} onClose={onClose} />
      ) : (
        <AddUserForm
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
        />
      )}
    </Dialog>
  );
}

function AddUserForm(props: { pending: boolean; error: unknown; onSubmit: (input: { username: string; role: Role; password?: string }) => void }) {
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const passwordHint = useId();
  const first = useFocusOnMount<HTMLInputElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({ username: username.trim(), role, ...(password ? { password } : {}) });
  };

  return (
    <form className="admin-form" onSubmit={submit} aria-label="Add user">
      <label className="field">
        <span className="field-label">Username</span>
        <input ref={first} value={username} onChange={(e) => setUsername(e.target.value)} required maxLength={64} autoComplete="off" spellCheck={false} />
      </label>
      <label className="field">
        <span className="field-label">Role</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roleChoices.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Password (optional)</span>
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          minLength={10}
          autoComplete="new-password"
          aria-describedby={passwordHint}
        />
      </label>
      <p id={passwordHint} className="muted field-hint">
        Leave it empty to get a one-time password, which the user must replace at first sign-in. Otherwise at least 10 characters.
      </p>
      <FormError error={props.error} />
      <SubmitButton pending={props.pending} label="Add user" pendingLabel="Adding…" />
    </form>
  );
}

function CreatedUserResult({ created, onClose }: { created: CreatedUser; onClose: () => void }) {
  const { username } = created.user;
  return (
    <div className="admin-result">
      <p role="status">
        User <strong>{username}</strong> added as {created.user.role}.
      </p>
      {created.password ? (
        <OneTimeSecret
          label={`One-time password for ${username}`}
          value={created.password}
          warning={`Copy it now and pass it to ${username} safely: you won't see it again. They must choose their own password at first sign-in.`}
        />
      ) : (
        <p>They sign in with the password you set.</p>
      )}
      <DoneButton onClose={onClose} />
    </div>
  );
}
