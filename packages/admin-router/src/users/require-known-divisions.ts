import { type DbExecutor, getDivisions } from '@khcn/db';
import { DomainError } from '@khcn/domain';

/** Divisions given to a user must be among the configured divisions (setting "divisions"). */
export async function requireKnownDivisions(db: DbExecutor, divisions: readonly string[]): Promise<void> {
  const known = await getDivisions(db);
  const unknown = divisions.filter((d) => !(d in known));
  if (unknown.length > 0) {
    const message = `Phòng: không có đơn vị ${unknown.join(', ')}`;
    throw new DomainError('VALIDATION_FAILED', `Unknown divisions: ${unknown.join(', ')}`, {
      userMessage: message,
      fieldErrors: [{ path: 'divisions', message }],
    });
  }
}
