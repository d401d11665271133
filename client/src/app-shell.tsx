import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LoadingState } from './components/query-state';

const links = [
  { to: '/', label: 'Queue', end: true },
  { to: '/insights', label: 'Insights' },
  { to: '/articles', label: 'Articles' },
  { to: '/reports', label: 'Reports' },
  { to: '/settings', label: 'Settings' },
];

export function AppShell() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Sift</span>
        <nav aria-label="Main">
          <ul className="nav-list">
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end={l.end} className="nav-link">
                  {l.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
