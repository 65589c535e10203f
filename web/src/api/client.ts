// The one fetch wrapper: JSON in and out, the session cookie, the UI language, the CSRF token, and
// RFC 9457 problem bodies turned into a typed ApiError.
import type { FieldProblem, ProblemBody } from '#common/api/problems.js';

export type { FieldProblem };
/** An error response body (the contract's problem+json). */
export type Problem = ProblemBody;

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type QueryScalar = string | number | boolean | null | undefined;
type QueryValue = QueryScalar | readonly QueryScalar[];
export type Query = Record<string, QueryValue>;

interface RequestOptions {
  query?: object;
  body?: unknown;
  /** multipart/form-data instead of JSON (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
}

const state = {
  csrfToken: null as string | null,
  language: 'zh-CN',
  onUnauthorized: null as ((code: string) => void) | null,
  networkTitle: 'Network error',
};

export const apiConfig = {
  setCsrfToken(token: string | null): void {
    state.csrfToken = token;
  },
  setLanguage(lang: string, networkTitle: string): void {
    state.language = lang;
    state.networkTitle = networkTitle;
  },
  /** Called when a request finds the session gone (not for the login and me calls themselves). */
  setUnauthorizedHandler(handler: ((code: string) => void) | null): void {
    state.onUnauthorized = handler;
  },
};

export function queryString(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query as Query)) {
    // Arrays repeat the key (status=a&status=b), as the server's array query schemas expect.
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one === undefined || one === null || one === '') continue;
      params.append(k, String(one));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const SESSION_CALLS = ['/auth/login', '/auth/me'];

async function toProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      if (typeof body.code === 'string' && typeof body.title === 'string')
        return { ...body, status: res.status } as Problem;
    } catch {
      // fall through to the generic problem
    }
  }
  return { type: 'about:blank', title: res.statusText || `HTTP ${res.status}`, status: res.status, code: 'http_error' };
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.language };
  if (opts.body !== undefined && !opts.form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${queryString(opts.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ type: 'about:blank', title: state.networkTitle, status: 0, code: 'network_error' });
  }
  if (!res.ok) {
    const problem = await toProblem(res);
    if (res.status === 401 && !SESSION_CALLS.includes(path)) state.onUnauthorized?.(problem.code);
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: object, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, signal?: AbortSignal) =>
    request<T>('POST', path, { body: body ?? {}, signal }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /**
   * JSON when there are no files; otherwise multipart/form-data with the JSON in the `data` field and
   * each file as `files`, as the dispatch and inbox routes read it.
   */
  postWithFiles: <T>(path: string, data: unknown, files: readonly File[]) => {
    if (files.length === 0) return request<T>('POST', path, { body: data });
    const form = new FormData();
    form.append('data', JSON.stringify(data));
    for (const f of files) form.append('files', f, f.name);
    return request<T>('POST', path, { form });
  },
};
