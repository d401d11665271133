import { useState } from 'react';
import { useUsers, type AccountUser } from '../../api/users';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { formatDateTime } from '../../lib/format';
import { AddUserDialog } from './add-user-dialog';
import { RemoveUserDialog } from './remove-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { useFocusTarget } from './use-focus-on-mount';

type OpenDialog = { kind: 'add' } | { kind: 'reset'; username: string } | { kind: 'remove'; username: string } | null;

function accountState(u: AccountUser): string {
  if (u.demo) return 'Demo account';
  if (u.mustChangePassword) return 'Must change password';
  return 'Active';
}

/** The users table with add, reset password and remove. */
export function UsersSection({ currentUsername }: { currentUsername: string }) {
  const users = useUsers();
  const toast = useToast();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [heading, focusHeading] = useFocusTarget<HTMLHeadingElement>();
  const list = users.data ?? [];
  // The server does not report sign-ins yet; the column appears when it does.
  const showLastLogin = list.some((u) => u.lastLoginAt !== undefined);

  return (
    <section className="admin-section" aria-labelledby="users-heading">
      <div className="section-header">
        <h2 id="users-heading" ref={heading} tabIndex={-1}>
          Users
        </h2>
        <button type="button" className="btn btn-primary" aria-haspopup="dialog" onClick={() => setDialog({ kind: 'add' })}>
          Add user
        </button>
      </div>
      {users.isPending ? (
        <LoadingState label="Loading users…" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState>No users.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="users-table">
            <caption className="visually-hidden">Users who can sign in to Sift</caption>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                {showLastLogin && <th scope="col">Last sign-in</th>}
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.username} data-username={u.username}>
                  <th scope="row">
                    {u.username}
                    {u.username === currentUsername && <span className="muted"> (you)</span>}
                  </th>
                  <td>{u.role}</td>
                  <td>{formatDateTime(u.createdAt)}</td>
                  {showLastLogin && <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Never'}</td>}
                  <td>{accountState(u)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-haspopup="dialog"
                      aria-label={`Reset password of ${u.username}`}
                      onClick={() => setDialog({ kind: 'reset', username: u.username })}
                    >
                      Reset password
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger-outline"
                      aria-haspopup="dialog"
                      aria-label={`Remove ${u.username}`}
                      onClick={() => setDialog({ kind: 'remove', username: u.username })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'add' && <AddUserDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog username={dialog.username} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && (
        <RemoveUserDialog
          username={dialog.username}
          isSelf={dialog.username === currentUsername}
          onClose={() => setDialog(null)}
          onRemoved={() => {
            toast.show({ message: `User ${dialog.username} removed.`, tone: 'success' });
            setDialog(null);
            focusHeading();
          }}
        />
      )}
    </section>
  );
}
