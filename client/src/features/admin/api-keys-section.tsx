import { useApiKeys, type ApiKeyInfo } from '../../api/api-keys';
import { QueryContent } from '../../components/query-content';
import { formatDateTime, formatRelative } from '../../lib/format';
import { AdminSection } from './admin-section';
import { AdminTable, RowAction } from './admin-table';
import { CreateKeyDialog } from './create-key-dialog';
import { RevokeKeyDialog } from './revoke-key-dialog';
import { useSectionDialog } from './use-section-dialog';

type OpenDialog = { kind: 'create' } | { kind: 'revoke'; apiKey: ApiKeyInfo };

/** The API keys table with create and revoke. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  const { dialog, open, close, finish, heading } = useSectionDialog<OpenDialog>();
  const list = keys.data ?? [];

  return (
    <AdminSection headingId="keys-heading" title="API keys" headingRef={heading} actionLabel="Create API key" onAction={() => open({ kind: 'create' })}>
      <p className="muted">Sites use a key to send articles and comments and to score text. Keys cannot read the queue or decide.</p>
      <QueryContent query={keys} loadingLabel="Loading API keys…" isEmpty={list.length === 0} empty="No API keys yet.">
        <AdminTable testId="api-keys-table" caption="API keys for sites" columns={['Name', 'Key starts with', 'Created', 'Last used', 'State']}>
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
                {k.revokedAt === null && <RowAction label="Revoke" ariaLabel={`Revoke key ${k.name}`} danger onClick={() => open({ kind: 'revoke', apiKey: k })} />}
              </td>
            </tr>
          ))}
        </AdminTable>
      </QueryContent>
      {dialog?.kind === 'create' && <CreateKeyDialog onClose={close} />}
      {dialog?.kind === 'revoke' && (
        <RevokeKeyDialog apiKey={dialog.apiKey} onClose={close} onRevoked={() => finish(`Key ${dialog.apiKey.name} revoked.`)} />
      )}
    </AdminSection>
  );
}
