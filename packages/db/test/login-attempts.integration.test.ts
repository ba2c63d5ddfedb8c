import { describe, expect, it } from 'vitest';
import { findLoginAttempts, lockLoginAttempts, saveLoginAttempt, withTransaction } from '../src/index.ts';
import { useTestDatabase } from '../src/testing/test-database.ts';

const t = useTestDatabase();

describe('login attempts under concurrency', () => {
  it('counts simultaneous failures one after the other (none is lost)', async () => {
    const now = new Date('2026-01-05T02:00:00Z');
    const fail = () =>
      withTransaction(t.db, async (trx) => {
        const [row] = await lockLoginAttempts(trx, ['account:nguoidung'], now);
        await new Promise((r) => setTimeout(r, 20)); // both transactions are open at once
        await saveLoginAttempt(trx, { ...row!, failures: row!.failures + 1 });
      });
    await Promise.all([fail(), fail(), fail()]);
    const [attempt] = await findLoginAttempts(t.db, ['account:nguoidung']);
    expect(attempt!.failures).toBe(3);
  });
});
