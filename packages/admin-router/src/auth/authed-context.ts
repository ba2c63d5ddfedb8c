import type { Context, SessionActor } from '../context.ts';

/** The context inside an `authedProcedure`: the actor is known. */
export type AuthedContext = Omit<Context, 'actor'> & { actor: SessionActor };
