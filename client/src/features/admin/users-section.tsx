import { useUsers, type AccountUser } from '../../api/users';
import { QueryContent } from '../../components/query-content';
import { formatDateTime } from '../../lib/format';
import { AddUserDialog } from './add-user-dialog';
import { AdminSection } from './admin-section';
import { AdminTable, RowAction } from './admin-table';
import { RemoveUserDialog } from './remove-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { useSectionDialog } from './use-section-dialog';

type OpenDialog = { kind: 'add' } | { kind: 'reset'; username: string } | { kind: 'remove'; username: string };

function accountState(u: AccountUser): string {
  if (u.demo) return 'Demo account';
  if (u.mustChangePassword) return 'Must change password';
  return 'Active';
}

/** The users table with add, reset password and remove. */
export function UsersSection({ currentUsername }: { currentUsername: string }) {
  const users = useUsers();
  const { dialog, open, close, finish, heading } = useSectionDialog<OpenDialog>();
  const list = users.data ?? [];
  // The server does not report sign-ins yet; the column appears when it does.
  const showLastLogin = list.some((u) => u.lastLoginAt !== undefined);
  const columns = ['Username', 'Role', 'Created', ...(showLastLogin ? ['Last sign-in'] : []), 'State'];

  return (
    <AdminSection headingId="users-heading" title="Users" headingRef={heading} actionLabel="Add user" onAction={() => open({ kind: 'add' })}>
      <QueryContent query={users} loadingLabel="Loading users…" isEmpty={list.length === 0} empty="No users.">
        <AdminTable testId="users-table" caption="Users who can sign in to Sift" columns={columns}>
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
                <RowAction label="Reset password" ariaLabel={`Reset password of ${u.username}`} onClick={() => open({ kind: 'reset', username: u.username })} />
                <RowAction label="Remove" ariaLabel={`Remove ${u.username}`} danger onClick={() => open({ kind: 'remove', username: u.username })} />
              </td>
            </tr>
          ))}
        </AdminTable>
      </QueryContent>
      {dialog?.kind === 'add' && <AddUserDialog onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog username={dialog.username} onClose={close} />}
      {dialog?.kind === 'remove' && (
        <RemoveUserDialog
          username={dialog.username}
          isSelf={dialog.username === currentUsername}
          onClose={close}
          onRemoved={() => finish(`User ${dialog.username} removed.`)}
        />
      )}
    </AdminSection>
  );
}
