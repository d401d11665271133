import { useRemoveUser } from '../../api/remove-user';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Confirms and removes a user. Whether a removal is allowed (the last admin,
 * one's own account) is the server's call: its answer is shown as it is.
 */
export function RemoveUserDialog(props: { username: string; isSelf: boolean; onClose: () => void; onRemoved: () => void }) {
  const remove = useRemoveUser();
  return (
    <ConfirmDialog
      title={`Remove ${props.username}?`}
      confirmLabel="Remove user"
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(props.username, { onSuccess: props.onRemoved })}
      onClose={props.onClose}
    >
      <p>{props.username} can no longer sign in. Their past decisions stay in the log.</p>
      {props.isSelf && <p className="form-warning">This is your own account.</p>}
    </ConfirmDialog>
  );
}
