import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../auth/auth-api';
import { apiFetch } from './api-fetch';
import { accountKeys } from './query-keys';
import type { AccountUser } from './users';

export interface CreateUserVariables {
  username: string;
  role: Role;
  /** Left out: the server generates a one-time password and answers it, once. */
  password?: string;
}

export interface CreatedUser {
  user: AccountUser;
  password?: string;
}

export function createUser(variables: CreateUserVariables) {
  return apiFetch<CreatedUser>('/api/users', { method: 'POST', body: variables });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.users() }),
  });
}
