// Paging parameters and the paged reply shape every list route uses.
import type { PageQuery } from '#common/api/schema.js';

export { PageQuery, PagedOf, pageProps, type Page } from '#common/api/schema.js';

export function pageOf(q: PageQuery): { page: number; pageSize: number; offset: number } {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  return { page, pageSize, offset: (page - 1) * pageSize };
}
