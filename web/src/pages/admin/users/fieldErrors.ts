// 422 validation problems onto form fields: each field error shows under its field; what has no
// field in the form is returned for an Alert.
import type { FormInstance } from 'antd';
import type { ApiError, FieldProblem } from '../../../api/client.js';

export function applyFieldErrors<T extends object>(
  form: FormInstance<T>,
  err: ApiError,
  fields: readonly string[],
): FieldProblem[] {
  const errors = err.problem.errors ?? [];
  const onForm = errors.filter((e) => fields.includes(e.field));
  const byField = new Map<string, string[]>();
  for (const e of onForm) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  form.setFields([...byField].map(([name, messages]) => ({ name: name as never, errors: messages })));
  return errors.filter((e) => !fields.includes(e.field));
}
