import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Settings, SettingsDocument } from '@sift/shared';
import { apiFetch } from './api-fetch';
import { settingsKeys } from './query-keys';

export interface SaveSettingsVariables {
  settings: Settings;
  expectedVersion: number;
}

export function saveSettings(variables: SaveSettingsVariables) {
  return apiFetch<SettingsDocument>('/api/settings', { method: 'PUT', body: variables });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSettings,
    onSuccess: (document) => queryClient.setQueryData(settingsKeys.document(), document),
  });
}
