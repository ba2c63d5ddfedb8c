/**
 * True when a database error is a unique-constraint violation (SQLSTATE 23505), optionally of one named
 * constraint. Both `pg` and PGlite put the SQLSTATE in `code` and the constraint's name in `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
