// problem+json field errors onto an antd form: each error shows under its field (the server's field
// name mapped to the form's), and what the form has no field for is returned for an alert.
import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import type { ApiError, FieldProblem } from '../../api/client.js';

/** Server field → form field; a list where the names are the same. */
export type FieldMap<V> = Readonly<Record<string, keyof V & string>> | readonly (keyof V & string)[];

export function showFieldErrors<V>(form: FormInstance<V>, err: ApiError, fields: FieldMap<V>): FieldProblem[] {
  const fieldOf = (name: string): string | undefined =>
    Array.isArray(fields) ? (fields.includes(name) ? name : undefined) : (fields as Record<string, string>)[name];
  const errors = err.problem.errors ?? [];
  const byField = new Map<string, string[]>();
  for (const e of errors) {
    const f = fieldOf(e.field);
    if (f) byField.set(f, [...(byField.get(f) ?? []), e.message]);
  }
  form.setFields([...byField].map(([name, messages]) => ({ name: name as never, errors: messages })));
  return errors.filter((e) => !fieldOf(e.field));
}

/** `(err) => rest`: shows the error's field messages on the form, returns those without a field. */
export function useFieldErrors<V>(form: FormInstance<V>, fields: FieldMap<V>): (err: ApiError) => FieldProblem[] {
  return useCallback((err: ApiError) => showFieldErrors(form, err, fields), [form, fields]);
}

/** The problem as one line: its title and each field message (for a form without field errors). */
export function problemLine(err: ApiError, separator: string): string {
  return [err.problem.title, ...(err.problem.errors?.map((e) => e.message) ?? [])].join(separator);
}
