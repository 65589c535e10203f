// Translate driver errors into what they mean, the same way for both databases.
export type DbErrorKind = 'unique' | 'foreign_key' | 'not_null' | 'check' | null;

export function classifyDbError(err: unknown): DbErrorKind {
  if (!err || typeof err !== 'object') return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  switch (code) {
    case '23505':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return 'unique';
    case '23503':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return 'foreign_key';
    case '23502':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return 'not_null';
    case '23514':
    case 'SQLITE_CONSTRAINT_CHECK':
      return 'check';
    default:
      return null;
  }
}
