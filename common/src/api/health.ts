// The reply of GET /health.
import { Type, type Static } from 'typebox';

export const HealthView = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  databaseVersion: Type.String(),
  version: Type.String(),
  demo: Type.Boolean(),
});
export type Health = Static<typeof HealthView>;
