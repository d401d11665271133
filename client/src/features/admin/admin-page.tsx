import { permissions } from '../../auth/roles';
import { useSession } from '../../auth/use-session';
import { ApiKeysSection } from './api-keys-section';
import { UsersSection } from './users-section';
import './admin.css';

/**
 * Users and API keys. Only admins get the page (and the nav entry); the
 * server refuses everyone else anyway, so others see why rather than a 403.
 */
export function AdminPage() {
  const { user } = useSession();
  if (!user || !permissions.manageAccounts(user.role)) {
    return (
      <div className="page">
        <h1>Admin</h1>
        <p className="read-only-hint" data-testid="admins-only">
          Admins only: users and API keys are managed by an admin. Ask one if you need an account or a key.
        </p>
      </div>
    );
  }
  return (
    <div className="page admin-page">
      <h1>Admin</h1>
      <UsersSection currentUsername={user.username} />
      <ApiKeysSection />
    </div>
  );
}

export default AdminPage;
