import { type Config, maintainerName } from '@khcn/config';
import { type Database, findUserByUsername } from '@khcn/db';

/**
 * Who runs a maintainer command, for its audit entry: `--as <name>` or the login user the `khcn` wrapper passed.
 * When the name is a platform account's username the entry is that account's; the name is kept either way.
 */
export async function resolveMaintainer(
  db: Database,
  config: Pick<Config, 'actorName'>,
  as: unknown,
): Promise<{ actorId: string | null; name: string }> {
  const name = maintainerName(config, typeof as === 'string' ? as : undefined);
  const account = await findUserByUsername(db, name).catch(() => undefined);
  return { actorId: account?.user.id ?? null, name };
}
