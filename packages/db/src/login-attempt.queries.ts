import type { DbExecutor, DbTransaction } from './create-db.ts';

export type LoginAttempt = { key: string; failures: number; firstFailureAt: Date; lockedUntil: Date | null };

export async function findLoginAttempts(db: DbExecutor, keys: string[]): Promise<LoginAttempt[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('login_attempts').selectAll().where('key', 'in', keys).execute();
  return rows.map((r) => ({
    key: r.key,
    failures: r.failures,
    firstFailureAt: new Date(r.first_failure_at),
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
  }));
}

export async function saveLoginAttempt(db: DbExecutor, a: LoginAttempt): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({
      key: a.key,
      failures: a.failures,
      first_failure_at: a.firstFailureAt,
      locked_until: a.lockedUntil,
    })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: a.failures,
        first_failure_at: a.firstFailureAt,
        locked_until: a.lockedUntil,
      }),
    )
    .execute();
}

export async function clearLoginAttempts(db: DbExecutor, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('login_attempts').where('key', 'in', keys).execute();
}

/**
 * The attempt rows of `keys`, locked until the transaction ends (created empty when missing), so that concurrent
 * failures are counted one after the other instead of overwriting each other. Use inside a transaction.
 */
export async function lockLoginAttempts(
  trx: DbTransaction,
  keys: string[],
  now: Date,
): Promise<LoginAttempt[]> {
  if (keys.length === 0) return [];
  await trx
    .insertInto('login_attempts')
    .values(keys.map((key) => ({ key, failures: 0, first_failure_at: now, locked_until: null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await trx
    .selectFrom('login_attempts')
    .selectAll()
    .where('key', 'in', keys)
    .orderBy('key')
    .forUpdate()
    .execute();
  return rows.map((r) => ({
    key: r.key,
    failures: r.failures,
    firstFailureAt: new Date(r.first_failure_at),
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
  }));
}
