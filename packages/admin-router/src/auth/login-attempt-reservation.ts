import {
  clearLoginAttempts,
  type Database,
  type DbTransaction,
  lockLoginAttempts,
  saveLoginAttempt,
  withTransaction,
} from '@khcn/db';
import {
  evaluateLoginThrottle,
  recordLoginFailure,
  releaseLoginFailure,
  type ThrottleKind,
} from './login-throttle.rules.ts';

type Lock = { kind: ThrottleKind; until: Date };

export type LoginReservation =
  /** A key is locked: refuse without looking at the password. */
  | { refused: Lock }
  /** Counted: wait `delayMs`, then check the password; `lockReached` is set when this attempt hit a limit. */
  | { refused: null; delayMs: number; lockReached: Lock | null };

const kindOf = (key: string): ThrottleKind => (key.startsWith('address:') ? 'address' : 'account');

/**
 * Counts a sign-in (or password-change) attempt as a failure BEFORE its password is checked, under the throttle
 * rows' lock. However many attempts arrive together, each one sees the count the previous ones left, so no more
 * passwords are checked than the limit allows, and none once a key is locked. `onRefused` runs in the same
 * transaction (to audit the refusal). A right password gives its count back (`settleRightPassword`).
 */
export function reserveLoginAttempt(
  db: Database,
  args: { keys: string[]; now: Date; onRefused?: (trx: DbTransaction, lock: Lock) => Promise<void> },
): Promise<LoginReservation> {
  return withTransaction(db, async (trx) => {
    const previous = await lockLoginAttempts(trx, args.keys, args.now);
    const verdict = evaluateLoginThrottle(previous, args.now);
    if (verdict.locked) {
      await args.onRefused?.(trx, verdict.locked);
      return { refused: verdict.locked };
    }
    const byKey = new Map(previous.map((a) => [a.key, a]));
    let lockReached: Lock | null = null;
    for (const key of args.keys) {
      const next = recordLoginFailure(key, byKey.get(key), args.now);
      await saveLoginAttempt(trx, next);
      if (next.lockedUntil && (!lockReached || kindOf(key) === 'account')) {
        lockReached = { kind: kindOf(key), until: next.lockedUntil };
      }
    }
    return { refused: null, delayMs: verdict.delayMs, lockReached };
  });
}

/**
 * The password was right: the account's failures are forgiven, and each address gives back the failure this
 * attempt reserved. Call inside the transaction that acts on the success.
 */
export async function settleRightPassword(trx: DbTransaction, args: { keys: string[]; now: Date }) {
  const accounts = args.keys.filter((k) => kindOf(k) === 'account');
  const addresses = args.keys.filter((k) => kindOf(k) === 'address');
  await clearLoginAttempts(trx, accounts);
  for (const attempt of await lockLoginAttempts(trx, addresses, args.now)) {
    await saveLoginAttempt(trx, releaseLoginFailure(attempt, args.now));
  }
}
