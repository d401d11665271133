import { useState } from 'react';
import { useApiKeys, type ApiKeyInfo } from '../../api/api-keys';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { formatDateTime, formatRelative } from '../../lib/format';
import { CreateKeyDialog } from './create-key-dialog';
import { RevokeKeyDialog } from './revoke-key-dialog';
import { useFocusTarget } from './use-focus-on-mount';

type OpenDialog = { kind: 'create' } | { kind: 'revoke'; apiKey: ApiKeyInfo } | null;

/** The API keys table with create and revoke. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  const toast = useToast();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [heading, focusHeading] = useFocusTarget<HTMLHeadingElement>();
  const list = keys.data ?? [];

  return (
    <section className="admin-section" aria-labelledby="keys-heading">
      <div className="section-header">
        <h2 id="keys-heading" ref={heading} tabIndex={-1}>
          API keys
        </h2>
        <button type="button" className="btn btn-primary" aria-haspopup="dialog" onClick={() => setDialog({ kind: 'create' })}>
          Create API key
        </button>
      </div>
      <p className="muted">Sites use a key to send articles and comments and to score text. Keys cannot read the queue or decide.</p>
      {keys.isPending ? (
        <LoadingState label="Loading API keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState>No API keys yet.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="api-keys-table">
            <caption className="visually-hidden">API keys for sites</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
                <tr key={k.id} data-key-id={k.id} data-revoked={k.revokedAt !== null}>
                  <th scope="row">{k.name}</th>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>
                    {formatDateTime(k.createdAt)}
                    {k.createdBy && <span className="muted"> by {k.createdBy}</span>}
                  </td>
                  <td>{k.lastUsedAt ? <time dateTime={k.lastUsedAt} title={formatDateTime(k.lastUsedAt)}>{formatRelative(k.lastUsedAt)}</time> : 'Never'}</td>
                  <td>{k.revokedAt ? <span className="badge badge-revoked">Revoked {formatDateTime(k.revokedAt)}</span> : 'Active'}</td>
                  <td className="row-actions">
                    {k.revokedAt === null && (
                      <button
                        type="button"
                        className="btn btn-small btn-danger-outline"
                        aria-haspopup="dialog"
                        aria-label={`Revoke key ${k.name}`}
                        onClick={() => setDialog({ kind: 'revoke', apiKey: k })}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' && <CreateKeyDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'revoke' && (
        <RevokeKeyDialog
          apiKey={dialog.apiKey}
          onClose={() => setDialog(null)}
          onRevoked={() => {
            toast.show({ message: `Key ${dialog.apiKey.name} revoked.`, tone: 'success' });
            setDialog(null);
            focusHeading();
          }}
        />
      )}
    </section>
  );
}
