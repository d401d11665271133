import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from './app-shell';
import { QueuePage } from './features/queue/queue-page';
import { ArticlesPage } from './features/articles/articles-page';
import { ReportsPage } from './features/reports/reports-page';
import { SettingsPage } from './features/settings/settings-page';
import { NotFoundPage } from './not-found-page';

// Charts (recharts) are only loaded on the pages that draw them; the admin
// page only by the admins who open it.
const InsightsPage = lazy(() => import('./features/insights/insights-page'));
const ArticlePage = lazy(() => import('./features/articles/article-page'));
const AdminPage = lazy(() => import('./features/admin/admin-page'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <QueuePage /> },
      { path: 'insights', element: <InsightsPage /> },
      { path: 'articles', element: <ArticlesPage /> },
      { path: 'articles/:id', element: <ArticlePage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
