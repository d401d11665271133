import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LoadingState } from './components/query-state';
import { AuthGate } from './auth/auth-gate';
import { AccountMenu } from './auth/account-menu';
import { permissions } from './auth/roles';
import { useSession } from './auth/use-session';
import type { Role } from './auth/auth-api';

const links: { to: string; label: string; end?: boolean; visible?: (role: Role) => boolean }[] = [
  { to: '/', label: 'Queue', end: true },
  { to: '/insights', label: 'Insights' },
  { to: '/articles', label: 'Articles' },
  { to: '/reports', label: 'Reports' },
  { to: '/settings', label: 'Settings', visible: permissions.seeSettings },
  { to: '/admin', label: 'Admin', visible: permissions.manageAccounts },
];

export function AppShell() {
  return (
    <AuthGate>
      <SignedInShell />
    </AuthGate>
  );
}

function SignedInShell() {
  const { user } = useSession();
  const role = user?.role ?? 'viewer';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Sift</span>
        <nav aria-label="Main">
          <ul className="nav-list">
            {links
              .filter((l) => !l.visible || l.visible(role))
              .map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end={l.end} className="nav-link">
                    {l.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <AccountMenu />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
