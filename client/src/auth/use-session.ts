import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-fetch';
import { authKeys, fetchMe, postLogin, postLogout, postPassword, type Role, type SessionUser } from './auth-api';

/**
 * The signed-in user (null when signed out) and the actions on the session.
 * A 401 from /api/auth/me means "signed out", not an error.
 */
export function useSession() {
  const client = useQueryClient();
  const me = useQuery({
    queryKey: authKeys.me,
    queryFn: async ({ signal }) => {
      try {
        return (await fetchMe(signal)).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
  const setUser = (user: SessionUser | null) => client.setQueryData(authKeys.me, user);

  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => postLogin(v.username, v.password),
    onSuccess: ({ user }) => {
      // Everything cached belonged to whoever was signed in before.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      client.setQueryData(authKeys.expired, false);
      setUser(user);
    },
  });
  const logout = useMutation({
    mutationFn: postLogout,
    onSettled: () => {
      // Not client.clear(): that would detach the mounted session observer,
      // which then keeps showing the old user.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      client.setQueryData(authKeys.expired, false);
      setUser(null);
    },
  });
  const changePassword = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) => postPassword(v.currentPassword, v.newPassword),
    onSuccess: ({ user }) => setUser(user),
  });

  const user = me.data ?? null;
  return {
    user,
    isLoading: me.isPending,
    error: me.error,
    isSignedIn: user !== null,
    can: (...roles: Role[]) => user !== null && roles.includes(user.role),
    login,
    logout,
    changePassword,
  };
}
