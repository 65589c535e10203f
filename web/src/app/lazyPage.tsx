// Pages load on demand: each route's module is its own chunk, loaded with the messages of the areas
// behind the login, so the login page carries only what it shows (no antd, no page code). While a
// page's chunk arrives, a spinner stands in its place (the shell stays). The deployment's configuration
// comes with the first page.
import { isValidElement, lazy, Suspense, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { configQuery } from '../api/config.js';
import { queryClient } from '../api/queries.js';
import { loadAreaMessages } from '../i18n/index.js';

/** A plain spinner (no antd: it also shows before antd has loaded). */
export function PageLoading({ full = false }: { full?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={full ? 'full-page-center' : 'page-loading'} data-testid="page-loading">
      <span className="plain-spinner" role="status" aria-label={t('app.loading')} />
    </div>
  );
}

/** A page component that can start loading before it is rendered. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/** A route element that loads `name` from its module the first time it is shown. */
export function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { full = false }: { full?: boolean } = {},
): LazyPage {
  let loading: Promise<[Record<K, ComponentType>, ...unknown[]]> | null = null;
  const preload = () =>
    (loading ??= Promise.all([
      load(),
      loadAreaMessages(),
      // The deployment's configuration, read synchronously by pages (useDeploymentConfig); a failure
      // here is left to the page's own read, which shows it.
      queryClient.ensureQueryData(configQuery).catch(() => undefined),
    ]).catch((e: unknown) => {
      loading = null; // a lost connection may be retried by the next render
      throw e;
    }));
  const Lazy = lazy<ComponentType>(async () => ({ default: (await preload())[0][name] }));
  function Page() {
    return (
      <Suspense fallback={<PageLoading full={full} />}>
        <Lazy />
      </Suspense>
    );
  }
  Page.displayName = `Page(${name})`;
  Page.preload = preload;
  return Page;
}

/**
 * Starts loading every lazy layout and page the address will show, all at once, while the session is
 * still being read: otherwise each nested layout would fetch the next only once it renders (a round
 * trip each, which a phone's link makes long).
 */
export function preloadRoutes(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) preloadElement(match.route.element);
}

/** The element's own lazy page, or the one it wraps (a role gate around a page). */
function preloadElement(element: unknown): void {
  if (!isValidElement<{ children?: unknown }>(element)) return;
  const type = element.type as Partial<LazyPage>;
  if (typeof type.preload === 'function') void type.preload().catch(() => undefined);
  else preloadElement(element.props.children);
}
