import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { accountKeys } from './query-keys';

/** Sets a new one-time password (answered once) and ends the user's sessions. */
export function resetPassword(username: string) {
  return apiFetch<{ password: string }>(`/api/users/${encodeURIComponent(username)}/reset`, { method: 'POST' });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    // The user now has to change the password at the next sign-in.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.users() }),
  });
}
