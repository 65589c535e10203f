// RFC 9457 problem+json errors with stable codes. Services throw ProblemError; the app's error
// handler turns it (and validation, JSON and database errors) into a response.
import {
  FIELD_REASONS,
  PROBLEM_TITLES,
  fillTemplate,
  type FieldReason,
  type Lang,
  type ProblemCode,
} from '../../../common/src/i18n/problems.js';
import { IMPORT_REASON_LABELS } from '../../../common/src/i18n/labels.js';

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

export const badRequest = (code: ProblemCode, detail?: string) => new ProblemError(400, code, detail);
export const unauthenticated = (code: ProblemCode = 'unauthenticated') => new ProblemError(401, code);
export const forbidden = (code: 'forbidden_role' | 'out_of_scope' = 'forbidden_role', detail?: string) =>
  new ProblemError(403, code, detail);
export const notFound = (code: ProblemCode = 'not_found', detail?: string) => new ProblemError(404, code, detail);
export const conflict = (code: ProblemCode = 'conflict', detail?: string) => new ProblemError(409, code, detail);
export const invalid = (errors: FieldError[]) => new ProblemError(422, 'validation_failed', undefined, errors);

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
  const title = PROBLEM_TITLES[err.code][lang];
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
