import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SettingsDocument } from '@sift/shared';
import { useSettings } from '../../api/settings';
import { useSaveSettings } from '../../api/save-settings';
import { useSettingsPreview } from '../../api/settings-preview';
import { ApiError, errorMessage } from '../../api/api-fetch';
import { settingsKeys } from '../../api/query-keys';
import { ErrorState, LoadingState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { formatDateTime } from '../../lib/format';
import { draftFromSettings, settingsFromDraft, type SettingsDraft } from './settings-draft';
import { SettingsPreviewPanel } from './settings-preview-panel';
import { SiteModelPanel } from './site-model-panel';
import { useSession } from '../../auth/use-session';
import { permissions } from '../../auth/roles';

export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <LoadingState label="Loading settings…" />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm document={settings.data} />;
}

function explainSaveError(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    const current = (error.details as { current?: Partial<SettingsDocument> } | undefined)?.current;
    const by = current?.updatedBy ? ` by ${current.updatedBy}` : '';
    const at = current?.updatedAt ? ` at ${formatDateTime(current.updatedAt)}` : '';
    return `Someone else saved the settings meanwhile${by}${at}. Reload them, re-apply your change and save again.`;
  }
  return `Not saved: ${errorMessage(error)}`;
}

function SettingsForm({ document }: { document: SettingsDocument }) {
  // Only admins change settings (and run previews); everyone else may read them.
  const readOnly = !permissions.editSettings(useSession().user?.role);
  const client = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(document.settings));
  const [baseVersion, setBaseVersion] = useState(document.version);
  const preview = useSettingsPreview();
  const save = useSaveSettings();
  const parsed = useMemo(() => settingsFromDraft(draft), [draft]);
  const draftKey = JSON.stringify(parsed.settings ?? null);
  const [previewedKey, setPreviewedKey] = useState<string | null>(null);
  const previewCurrent = preview.isSuccess && previewedKey === draftKey;

  useEffect(() => {
    // A saved or reloaded document becomes the new starting point.
    setDraft(draftFromSettings(document.settings));
    setBaseVersion(document.version);
  }, [document]);

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const runPreview = () => {
    if (!parsed.settings) return;
    setPreviewedKey(draftKey);
    preview.mutate(parsed.settings);
  };

  const runSave = () => {
    if (!parsed.settings) return;
    save.mutate(
      { settings: parsed.settings, expectedVersion: baseVersion },
      { onSuccess: () => toast.show({ message: 'Settings saved.', tone: 'success' }) },
    );
  };

  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      <p className="muted">
        Version {document.version}
        {document.updatedBy ? `, last saved by ${document.updatedBy}` : ''}
        {document.updatedAt ? ` on ${formatDateTime(document.updatedAt)}` : ''}.
      </p>
      {readOnly && (
        <p className="read-only-hint" data-testid="settings-read-only">
          Read only: only an admin can change the settings.
        </p>
      )}
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) runPreview();
        }}
      >
        <fieldset className="plain-fieldset" disabled={readOnly}>
        <fieldset>
          <legend>Moderation mode</legend>
          <label className="radio-row">
            <input type="radio" name="mode" value="pre" checked={draft.moderationMode === 'pre'} onChange={() => set('moderationMode', 'pre')} />
            Pre-moderation: nothing is published before a moderator approves it
          </label>
          <label className="radio-row">
            <input type="radio" name="mode" value="post" checked={draft.moderationMode === 'post'} onChange={() => set('moderationMode', 'post')} />
            Post-moderation: published unless held
          </label>
        </fieldset>
        <fieldset>
          <legend>Thresholds</legend>
          <div className="field">
            <label htmlFor="hold-threshold">Hold for a human at priority ≥ (0–1)</label>
            <input id="hold-threshold" type="number" min={0} max={1} step={0.01} value={draft.holdPriorityThreshold} onChange={(e) => set('holdPriorityThreshold', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="auto-approve">Auto-approve unflagged comments below priority (0–1, post-moderation)</label>
            <input id="auto-approve" type="number" min={0} max={1} step={0.01} value={draft.autoApproveBelow} onChange={(e) => set('autoApproveBelow', e.target.value)} />
          </div>
          <label className="checkbox-row">
            <input type="checkbox" checked={draft.autoRejectBanned} onChange={(e) => set('autoRejectBanned', e.target.checked)} />
            Reject comments with a banned word automatically
          </label>
        </fieldset>
        <div className="field-pair">
          <div className="field">
            <label htmlFor="banned-words">Banned words</label>
            <textarea id="banned-words" rows={8} value={draft.bannedWords} onChange={(e) => set('bannedWords', e.target.value)} aria-describedby="words-help" />
          </div>
          <div className="field">
            <label htmlFor="suspect-words">Suspect words</label>
            <textarea id="suspect-words" rows={8} value={draft.suspectWords} onChange={(e) => set('suspectWords', e.target.value)} aria-describedby="words-help" />
          </div>
        </div>
        <p id="words-help" className="muted">
          One word or phrase a line; <code>*</code> matches any letters (<code>idiot*</code> also catches “idiots”).
        </p>
        <div className="field">
          <label htmlFor="overrides">Sentiment overrides</label>
          <textarea id="overrides" rows={6} value={draft.sentimentOverrides} onChange={(e) => set('sentimentOverrides', e.target.value)} aria-describedby="overrides-help" />
          <p id="overrides-help" className="muted">
            One <code>word=weight</code> a line, weight from −5 (very negative) to 5 (very positive), e.g. <code>sick=2</code>.
          </p>
        </div>
        {parsed.errors.length > 0 && (
          <ul className="form-errors" role="alert">
            {parsed.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        </fieldset>
        {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="btn" disabled={!parsed.settings || preview.isPending}>
            {preview.isPending ? 'Checking…' : 'Preview the effect'}
          </button>
          <button type="button" className="btn btn-primary" disabled={!parsed.settings || !previewCurrent || save.isPending} onClick={runSave} aria-describedby="save-help">
            {save.isPending ? 'Saving…' : 'Save settings'}
          </button>
          <span id="save-help" className="muted">
            {previewCurrent ? 'Preview is up to date.' : 'Preview the change before saving.'}
          </span>
        </div>
        )}
      </form>
      {preview.isError && <ErrorState error={preview.error} onRetry={runPreview} />}
      {previewCurrent && preview.data && <SettingsPreviewPanel preview={preview.data} />}
      <SiteModelPanel canRebuild={!readOnly} />
      {save.isError && (
        <div className="state state-error" role="alert">
          <span>{explainSaveError(save.error)}</span>
          <button type="button" className="btn btn-small" onClick={() => void client.invalidateQueries({ queryKey: settingsKeys.all })}>
            Reload settings
          </button>
        </div>
      )}
    </div>
  );
}
