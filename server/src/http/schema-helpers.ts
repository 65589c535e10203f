// Small schema builders shared by the route schemas.
import { Type, type TSchema } from 'typebox';

/**
 * `T | null`. Null comes first: ajv coerces types and tries the branches in order, so with the value
 * branch first a null would be coerced to 0 or '' before the null branch is reached.
 */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([Type.Null(), t]);

export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
