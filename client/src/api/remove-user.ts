import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './api-fetch';
import { accountKeys } from './query-keys';

export function removeUser(username: string) {
  return apiFetch<void>(`/api/users/${encodeURIComponent(username)}`, { method: 'DELETE' });
}

export function useRemoveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeUser,
    onSuccess: (_answer, username) => {
      // Drop the row at once, so focus can move somewhere that stays.
      queryClient.setQueryData<{ items: { username: string }[] }>(accountKeys.users(), (data) =>
        data ? { ...data, items: data.items.filter((u) => u.username !== username) } : data,
      );
      return queryClient.invalidateQueries({ queryKey: accountKeys.users() });
    },
  });
}
