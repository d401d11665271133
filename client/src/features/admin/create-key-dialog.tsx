import { useState, type FormEvent } from 'react';
import { useCreateApiKey } from '../../api/create-api-key';
import { Dialog } from '../../components/dialog';
import { FormError } from '../../components/form-error';
import { DoneButton, SubmitButton } from './confirm-dialog';
import { OneTimeSecret } from './one-time-secret';
import { useFocusOnMount } from './use-focus-on-mount';

/** Names and creates an API key, then shows the key once. */
export function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const first = useFocusOnMount<HTMLInputElement>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim() });
  };

  return (
    <Dialog title="Create API key" onClose={onClose}>
      {create.data ? (
        <div className="admin-result">
          <p role="status">
            Key <strong>{create.data.name}</strong> created.
          </p>
          <OneTimeSecret
            label="New API key"
            value={create.data.key}
            warning="Copy the key now: you won't see it again (Sift keeps only a hash of it). Sites send it as Authorization: Bearer <key>."
          />
          <DoneButton onClose={onClose} />
        </div>
      ) : (
        <form className="admin-form" onSubmit={submit} aria-label="Create API key">
          <label className="field">
            <span className="field-label">Name</span>
            <input ref={first} value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} placeholder="e.g. news site backend" />
          </label>
          <FormError error={create.error} />
          <SubmitButton pending={create.isPending} label="Create key" pendingLabel="Creating…" />
        </form>
      )}
    </Dialog>
  );
}
