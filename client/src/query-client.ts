import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api/api-fetch';
import { authKeys } from './auth/auth-api';

const isAuthKey = (key: QueryKey) => key[0] === authKeys.me[0];

/**
 * A 401 from any query or mutation means the session is gone (expired,
 * signed out elsewhere, password changed): drop what was cached for that user
 * and mark the session signed out, which puts the sign-in page in place of
 * the app at the same URL, so signing in again returns there.
 */
export function signedOutBy401(client: QueryClient, error: unknown, key?: QueryKey): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (key && isAuthKey(key)) return;
  const wasSignedIn = client.getQueryData(authKeys.me) != null;
  client.removeQueries({ predicate: (q) => !isAuthKey(q.queryKey) });
  client.setQueryData(authKeys.expired, wasSignedIn);
  client.setQueryData(authKeys.me, null);
}

export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => signedOutBy401(client, error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => signedOutBy401(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retrying a 4xx only repeats the same answer.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return client;
}
