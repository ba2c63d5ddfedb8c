import { getDivisions } from '@khcn/db';
import { compareVietnamese } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** The divisions (phòng, đơn vị) sections and users belong to, from the settings. */
export async function listDivisions(ctx: AuthedContext): Promise<Array<{ code: string; name: string }>> {
  const divisions = await getDivisions(ctx.db);
  return Object.entries(divisions)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
}
