import { authedProcedure, router } from '../trpc.ts';
import { listOrganisations } from './list-organisations.ts';
import { listOrganisationsInputSchema, upsertOrganisationInputSchema } from './record-inputs.schema.ts';
import { upsertOrganisation } from './upsert-organisation.ts';

/** Organisations with effective-dated names. */
export const organisationsRouter = router({
  list: authedProcedure
    .input(listOrganisationsInputSchema)
    .query(({ ctx, input }) => listOrganisations(ctx, input)),
  upsert: authedProcedure
    .input(upsertOrganisationInputSchema)
    .mutation(({ ctx, input }) => upsertOrganisation(ctx, input)),
});
