import { useMutation } from '@tanstack/react-query';
import type { Settings, SettingsPreview } from '@sift/shared';
import { apiFetch } from './api-fetch';

export function previewSettings(settings: Settings) {
  return apiFetch<SettingsPreview>('/api/settings/preview', { method: 'POST', body: { settings } });
}

/** A mutation, not a query: the preview is asked for on demand for one draft. */
export function useSettingsPreview() {
  return useMutation({ mutationFn: previewSettings });
}
