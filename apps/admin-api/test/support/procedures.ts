import { appRouter } from '@khcn/admin-router';

type ProcedureType = 'query' | 'mutation' | 'subscription';

/** Every procedure of the admin router, by path, read from the router itself so new ones are covered. */
export const procedures: Array<{ path: string; type: ProcedureType }> = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureType } }>,
)
  .map(([path, procedure]) => ({ path, type: procedure._def.type }))
  .sort((a, b) => a.path.localeCompare(b.path));

export const mutations = procedures.filter((p) => p.type === 'mutation').map((p) => p.path);
export const queries = procedures.filter((p) => p.type === 'query').map((p) => p.path);

/** Procedures anyone may call without a session. */
export const publicProcedures = new Set(['auth.signIn', 'auth.me']);
