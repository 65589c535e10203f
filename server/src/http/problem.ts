// RFC 9457 problem+json errors with stable codes. Services throw ProblemError; the app's error
// handler turns it (and validation, JSON and database errors) into a response.
import {
  FIELD_REASONS,
  PROBLEM_TITLES,
  fillTemplate,
  type FieldReason,
  type Lang,
  type ProblemCode,
} from '#common/i18n/problems.js';
import { IMPORT_REASON_LABELS } from '#common/i18n/labels.js';
import { statusOf } from '#common/api/problems.js';

export interface FieldError {
  field: string;
  reason: FieldReason | string;
  params?: Record<string, string | number | undefined>;
  /** Filled from the reason in the caller's language when the reply is sent. */
  message?: string;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? code);
  }
}

export interface ProblemOptions {
  /** Shown as `detail` (a name, a number, the state moved from …). */
  detail?: string | null;
  /** Field errors (422 and friends): each names a field and a reason. */
  fields?: FieldError[];
  /** Extra members of the body (e.g. `retryAfter`, `prechecks`). */
  extra?: Record<string, unknown>;
}

/** The one way to raise an error: the status comes from the catalogue (common/src/api/problems.ts). */
export const problem = (code: ProblemCode, opts: ProblemOptions = {}): ProblemError =>
  new ProblemError(statusOf(code), code, opts.detail ?? undefined, opts.fields, opts.extra);

// Shorthands for the commonest problems.
export const badRequest = (code: ProblemCode, detail?: string) => problem(code, { detail });
export const unauthenticated = (code: ProblemCode = 'unauthenticated') => problem(code);
export const forbidden = (code: 'forbidden_role' | 'out_of_scope' = 'forbidden_role', detail?: string) =>
  problem(code, { detail });
export const notFound = (code: ProblemCode = 'not_found', detail?: string) => problem(code, { detail });
export const conflict = (code: ProblemCode = 'conflict', detail?: string) => problem(code, { detail });
export const invalid = (fields: FieldError[]) => problem('validation_failed', { fields });

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: Required<Pick<FieldError, 'field' | 'reason' | 'message'>>[];
  [key: string]: unknown;
}

export function problemBody(err: ProblemError, lang: Lang, instance?: string, requestId?: string): ProblemBody {
  // A title may name a parameter the error carries (the seconds to wait before the next login attempt).
  const title = fillTemplate(PROBLEM_TITLES[err.code][lang], err.extra as Record<string, string | number> | undefined);
  const body: ProblemBody = {
    type: `https://jianfu.cn/problems/${err.code}`,
    title,
    status: err.status,
    code: err.code,
    ...(err.extra ?? {}),
  };
  if (err.detail) body.detail = err.detail;
  if (instance) body.instance = instance;
  if (requestId) body.requestId = requestId;
  if (err.errors) {
    body.errors = err.errors.map((e) => ({
      field: e.field,
      reason: e.reason,
      message: e.message ?? fieldMessage(e, lang),
    }));
  }
  return body;
}

function fieldMessage(e: FieldError, lang: Lang): string {
  const known = (FIELD_REASONS as Record<string, Record<Lang, string>>)[e.reason];
  if (known) return fillTemplate(known[lang], e.params);
  // Value checks shared with dataset imports (bad_mobile, unknown_code …) keep the import's wording.
  return IMPORT_REASON_LABELS[e.reason]?.[lang] ?? e.reason;
}
