// The OpenAPI document's error contract: every operation answers errors with application/problem+json
// (common/src/api/problems.ts), added once here rather than in each route's schema.
import { ProblemBody } from '#common/api/problems.js';

type Doc = {
  components?: { schemas?: Record<string, unknown> };
  paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Adds the Problem schema and 4XX/5XX problem+json responses to every operation. */
export function withProblemResponses<T>(doc: T): T {
  const d = doc as Doc;
  d.components ??= {};
  d.components.schemas = { ...d.components.schemas, Problem: ProblemBody };
  for (const ops of Object.values(d.paths ?? {})) {
    for (const op of Object.values(ops)) {
      if (!op || typeof op !== 'object') continue;
      op.responses ??= {};
      op.responses['4XX'] ??= problemResponse('错误（problem+json，带稳定的 code；422 时 errors 列出各字段）');
      op.responses['5XX'] ??= problemResponse('服务器错误（problem+json）');
    }
  }
  return doc;
}
