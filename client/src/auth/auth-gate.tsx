import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../components/query-state';
import { ChangePasswordForm } from './account-menu';
import { LoginPage } from './login-page';
import { useSession } from './use-session';

/**
 * Shows its children only to a signed-in user who may use the app: the
 * sign-in page otherwise (at the same URL, so signing in lands where the
 * person was going), and the change-password form while a one-time password
 * has to be replaced.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isLoading) {
    return (
      <div className="gate-page">
        <LoadingState label="Loading…" />
      </div>
    );
  }
  if (session.error) {
    return (
      <div className="gate-page">
        <ErrorState error={session.error} onRetry={() => window.location.reload()} />
      </div>
    );
  }
  if (!session.user) return <LoginPage />;
  if (session.user.mustChangePassword) {
    return (
      <main className="login-page" id="main">
        <div className="card login-form">
          <ChangePasswordForm />
          <button type="button" className="btn btn-ghost" onClick={() => session.logout.mutate()}>
            Sign out
          </button>
        </div>
      </main>
    );
  }
  return <>{children}</>;
}
