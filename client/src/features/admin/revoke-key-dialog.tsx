import type { ApiKeyInfo } from '../../api/api-keys';
import { useRevokeApiKey } from '../../api/revoke-api-key';
import { ConfirmDialog } from './confirm-dialog';

export function RevokeKeyDialog(props: { apiKey: ApiKeyInfo; onClose: () => void; onRevoked: () => void }) {
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      title={`Revoke key ${props.apiKey.name}?`}
      confirmLabel="Revoke key"
      pending={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutate(props.apiKey.id, { onSuccess: props.onRevoked })}
      onClose={props.onClose}
    >
      <p>
        Requests with the key <code>{props.apiKey.prefix}…</code> are refused from now on. This cannot be undone: a site that still
        needs access gets a new key.
      </p>
    </ConfirmDialog>
  );
}
