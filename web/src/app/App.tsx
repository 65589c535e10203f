// Providers: server data (TanStack Query), the session and the router. antd's providers sit in AntdRoot (routes.tsx), around every
// page but the login page, so the login page loads without antd.
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from '../api/queries.js';
import { SessionProvider, useSession } from '../api/session.js';
import { PageLoading, preloadRoutes } from './lazyPage.js';
import { routes } from './routes.js';
import { dropShellPreview } from './shellPreview.js';

const router = createBrowserRouter(routes);
preloadRoutes(routes, window.location.pathname);
// The server's inbox preview belongs to /inbox only: leaving it (a redirect, a tap) removes it.
router.subscribe((state) => {
  if (state.location.pathname !== '/inbox') dropShellPreview();
});

function Routed() {
  const { ready } = useSession();
  if (!ready) return <PageLoading full />;
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Routed />
      </SessionProvider>
    </QueryClientProvider>
  );
}
