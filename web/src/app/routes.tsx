// The route table. Pages behind RequireAuth get the shell; role-limited pages sit in a RoleGate
// keyed by their menu entry (menu.tsx), so the menu and the guard cannot disagree.
import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout.js';
import { RequireAuth, RoleGate } from './guards.js';
import { LoginPage } from '../pages/login/LoginPage.js';
import { HomePage } from '../pages/home/HomePage.js';
import { OrgBrowserPage } from '../pages/orgs/OrgBrowserPage.js';
import { UsersPage } from '../pages/admin/users/UsersPage.js';
import { NotFoundPage } from '../pages/errors/NotFoundPage.js';
import { ErrorPage } from '../pages/errors/ErrorPage.js';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <ErrorPage /> },
  {
    element: <RequireAuth />,
    errorElement: <ErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'orgs', element: <OrgBrowserPage /> },
              { path: 'orgs/:code', element: <OrgBrowserPage /> },
              {
                path: 'admin/users',
                element: (
                  <RoleGate menuKey="users">
                    <UsersPage />
                  </RoleGate>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
