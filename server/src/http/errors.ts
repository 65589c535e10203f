// One error handler for the whole API: everything leaves as problem+json with a stable code.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { classifyDbError } from '../db/errors.js';
import { ProblemError, pickLang, problem, problemBody, type FieldError } from './problem.js';

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Fastify/ajv validation issues → our field errors. */
export function fieldErrorsFromValidation(issues: AjvIssue[], context?: string): FieldError[] {
  const errors = issues.map((v): FieldError => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const missing = typeof v.params?.missingProperty === 'string' ? v.params.missingProperty : '';
    const field = [path, missing].filter(Boolean).join('.') || context || 'body';
    switch (v.keyword) {
      case 'required':
        return { field, reason: 'required' };
      case 'maxLength':
        return { field, reason: 'too_long', params: { max: Number(v.params?.limit) } };
      case 'minLength':
        return {
          field,
          reason: v.params?.limit === 1 ? 'required' : 'too_short',
          params: { min: Number(v.params?.limit) },
        };
      case 'pattern':
      case 'format':
        return { field, reason: 'invalid_format' };
      default:
        return { field, reason: 'invalid_value' };
    }
  });
  // A union (null or a number) fails once per branch and again as a whole: one error per field.
  return errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, err: ProblemError): FastifyReply {
  const body = problemBody(err, pickLang(req.headers['accept-language']), req.url.split('?')[0], req.id);
  if (err.status === 429 && typeof err.extra?.retryAfter === 'number')
    reply.header('retry-after', String(err.extra.retryAfter));
  return reply.code(err.status).type('application/problem+json; charset=utf-8').send(body);
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof ProblemError) return sendProblem(req, reply, error);
    if (error.validation) {
      const context = error.validationContext;
      const errors = fieldErrorsFromValidation(error.validation as AjvIssue[], context);
      // A path parameter that fails its schema names no such thing, rather than a form to fix.
      if (context === 'params') return sendProblem(req, reply, problem('not_found'));
      return sendProblem(req, reply, problem('validation_failed', { fields: errors }));
    }
    if (
      error instanceof SyntaxError ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
    ) {
      return sendProblem(req, reply, problem('malformed_json'));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return sendProblem(req, reply, problem('payload_too_large'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return sendProblem(req, reply, problem('unsupported_media_type'));
    }
    if (classifyDbError(error) === 'unique') return sendProblem(req, reply, problem('conflict'));
    if (classifyDbError(error) === 'foreign_key') return sendProblem(req, reply, problem('conflict'));
    // Log the error itself, never the request body (it may hold personal data).
    req.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, 'unhandled error');
    return sendProblem(req, reply, problem('internal_error'));
  });
}
