import { useResetPassword } from '../../api/reset-password';
import { Dialog } from '../../components/dialog';
import { ConfirmDialog, DoneButton } from './confirm-dialog';
import { OneTimeSecret } from './one-time-secret';

/** Confirms, resets, then shows the new one-time password once. */
export function ResetPasswordDialog({ username, onClose }: { username: string; onClose: () => void }) {
  const reset = useResetPassword();
  if (reset.data) {
    return (
      <Dialog title={`New password for ${username}`} onClose={onClose}>
        <OneTimeSecret
          label={`One-time password for ${username}`}
          value={reset.data.password}
          warning={`Copy it now and pass it to ${username} safely: you won't see it again. They must choose their own password at the next sign-in.`}
        />
        <DoneButton onClose={onClose} />
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Reset the password of ${username}?`}
      confirmLabel="Reset password"
      pending={reset.isPending}
      error={reset.error}
      onConfirm={() => reset.mutate(username)}
      onClose={onClose}
    >
      <p>
        A new one-time password replaces the current one, and {username} is signed out everywhere. You will see the new password
        once, to pass on.
      </p>
    </ConfirmDialog>
  );
}
