import { findUserById } from '@khcn/db';
import type { Context, SessionActor } from '../context.ts';

export type CurrentUser = SessionActor & { mustChangePassword: boolean };

/** Who is signed in (null when nobody is): what the admin app shows and uses to pick its menus. */
export async function getCurrentUser(ctx: Context): Promise<CurrentUser | null> {
  if (!ctx.actor) return null;
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) return null;
  return { ...ctx.actor, mustChangePassword: user.mustChangePassword };
}
