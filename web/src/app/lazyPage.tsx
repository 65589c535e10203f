// Pages load on demand: each route's module is its own chunk, loaded with the messages of the areas
// behind the login, so the login page carries only what it shows (no antd, no page code). While a
// page's chunk arrives, a spinner stands in its place (the shell stays). The deployment's configuration
// comes with the first page.
import { lazy, Suspense, type ComponentType } from 'react';
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

/** A route element that loads `name` from its module the first time it is shown. */
export function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { full = false }: { full?: boolean } = {},
): ComponentType {
  const Lazy = lazy<ComponentType>(async () => {
    const [module] = await Promise.all([
      load(),
      loadAreaMessages(),
      // The deployment's configuration, read synchronously by pages (useDeploymentConfig); a failure
      // here is left to the page's own read, which shows it.
      queryClient.ensureQueryData(configQuery).catch(() => undefined),
    ]);
    return { default: module[name] };
  });
  function Page() {
    return (
      <Suspense fallback={<PageLoading full={full} />}>
        <Lazy />
      </Suspense>
    );
  }
  Page.displayName = `Page(${name})`;
  return Page;
}
