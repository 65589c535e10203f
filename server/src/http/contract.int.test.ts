// The API contract (common/src/api): the OpenAPI document declares a reply schema for every JSON
// operation (Fastify serialises with it) and problem+json for every error, and the errors the
// server sends match that schema.
import { expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { ProblemBody } from '#common/api/problems.js';
import { describeEachDatabase } from '../testing/harness.js';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

describeEachDatabase('API contract', (env) => {
  it('documents problem+json for the errors of every operation', async () => {
    const doc = (await env().anon.get('/api/docs/json')).json();
    expect(doc.components.schemas.Problem.properties.code).toBeDefined();
    for (const [url, ops] of Object.entries(doc.paths as Paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const r = op.responses?.['4XX']?.content?.['application/problem+json']?.schema;
        expect(r, `${method} ${url}`).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
  });

  it('declares the reply of every operation that answers JSON', async () => {
    const doc = (await env().anon.get('/api/docs/json')).json();
    const undeclared: string[] = [];
    for (const [url, ops] of Object.entries(doc.paths as Paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const ok = Object.entries(op.responses ?? {}).some(
          ([status, r]) => /^2/.test(status) && (status === '204' || r.content),
        );
        if (!ok) undeclared.push(`${method.toUpperCase()} ${url}`);
      }
    }
    // Files (XLSX, PNG, attachments, the resident's download, a service request's photo) are not JSON.
    const files =
      /\.xlsx$|\/qr|\/photo$|\/pdf$|^GET \/open311\/v2\/media\/|^GET \/api\/v1\/(demo\/files|attachments|me\/export)|^GET \/api\/v1\/topics\/{id}\/attachments\/|\/photos\/{fileId}$/;
    expect(undeclared.filter((op) => !files.test(op))).toEqual([]);
  });

  it('sends errors that match the Problem schema', async () => {
    const anon = env().anon;
    const unauthenticated = await anon.get('/api/v1/auth/me');
    expect(unauthenticated.statusCode).toBe(401);
    expect(Value.Check(ProblemBody, unauthenticated.json())).toBe(true);
    const invalid = await anon.post('/api/v1/auth/login', { username: '' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect(Value.Check(ProblemBody, invalid.json())).toBe(true);
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toContain('password');
  });
});
