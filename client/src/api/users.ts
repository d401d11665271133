import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../auth/auth-api';
import { apiFetch } from './api-fetch';
import { accountKeys } from './query-keys';

// Mirrors PublicUser in server/src/auth/accounts.ts (not in @sift/shared yet).
export interface AccountUser {
  username: string;
  role: Role;
  mustChangePassword: boolean;
  demo: boolean;
  createdAt: string;
  /** Not sent by the server yet; shown when it is. */
  lastLoginAt?: string | null;
}

export function fetchUsers(signal?: AbortSignal) {
  return apiFetch<{ items: AccountUser[] }>('/api/users', { signal });
}

export function usersQueryOptions() {
  return queryOptions({ queryKey: accountKeys.users(), queryFn: ({ signal }) => fetchUsers(signal), select: (data) => data.items });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}
