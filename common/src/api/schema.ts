// Small schema builders shared by every module's contract (common/src/api/<module>.ts): the server
// validates and serialises with them, the web derives its types from them (Static<>).
import { Type, type Static, type TSchema } from 'typebox';

/**
 * `T | null`. Null comes first: ajv coerces types and tries the branches in order, so with the value
 * branch first a null would be coerced to 0 or '' before the null branch is reached.
 */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);

export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

/** Spread into a querystring schema: `Type.Object({ ...pageProps, q: … })` (not an Intersect, which ajv strips). */
export const pageProps = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

export const PageQuery = Type.Object(pageProps);
export type PageQuery = Static<typeof PageQuery>;

/** The paged reply every list route answers with. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const PagedOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });

/** A `{ code, name }` step of an org path (breadcrumbs). */
export const PathItem = Type.Object({ code: Type.String(), name: Type.String() });
export type PathItem = Static<typeof PathItem>;

/** The reply of a 204 (nothing in the body). */
export const NoContent = Type.Null({ description: '无内容' });
