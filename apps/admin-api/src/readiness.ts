import type { Database } from '@khcn/db';

const TIMEOUT_MS = 2000;

/** `SELECT 1` on the database, failing after two seconds: what /readyz reports. */
export async function checkDatabase(db: Database): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Database did not answer within 2 s')), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
