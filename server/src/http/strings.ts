// Text is valid at the edge: every string of a JSON body, a query, path parameters and a multipart
// `data` field is checked (no lone surrogates, no NUL or other control characters) and normalised to NFC
// before any route sees it — a bad one is a 422 naming the field. (File cells: hub/values.ts.)
import type { FastifyInstance } from 'fastify';
import { cleanStrings } from '#common/text.js';
import { invalid } from './problem.js';

/** The value with every string cleaned, or a 422 naming the fields (prefixed by where they came from). */
export function cleanOrRefuse<T>(value: T, where?: string): T {
  const { value: cleaned, bad } = cleanStrings(value);
  if (bad.length)
    throw invalid(bad.map((field) => ({ field: where ? `${where}.${field}` : field, reason: 'invalid_characters' })));
  return cleaned as T;
}

export function installTextChecks(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (req.query && typeof req.query === 'object') req.query = cleanOrRefuse(req.query);
    if (req.params && typeof req.params === 'object') req.params = cleanOrRefuse(req.params);
  });
}
