// Validating a value against a TypeBox schema outside Fastify's body parsing (the JSON `data` field
// of a multipart form), with the same 422 field errors as everywhere else.
import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { fieldErrorsFromValidation } from './errors.js';
import { invalid } from './problem.js';

const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();

export function parseWith<T extends TSchema>(schema: T, value: unknown): Static<T> {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, (c = Compile(schema)));
  if (c.Check(value)) return value as Static<T>;
  const issues = [...c.Errors(value)].flatMap((e) => {
    const required = (e.params as { requiredProperties?: string[] }).requiredProperties;
    return required
      ? required.map((p) => ({ ...e, params: { missingProperty: p } }))
      : [e as { instancePath: string; keyword: string; params: Record<string, unknown> }];
  });
  throw invalid(fieldErrorsFromValidation(issues));
}
