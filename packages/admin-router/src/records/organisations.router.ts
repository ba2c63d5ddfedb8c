import { authedMutation, authedQuery, router } from '../trpc.ts';
import { listOrganisations } from './list-organisations.ts';
import { listOrganisationsInputSchema, upsertOrganisationInputSchema } from './record-inputs.schema.ts';
import { upsertOrganisation } from './upsert-organisation.ts';

/** Organisations with effective-dated names. */
export const organisationsRouter = router({
  list: authedQuery(listOrganisationsInputSchema, listOrganisations),
  upsert: authedMutation(upsertOrganisationInputSchema, upsertOrganisation),
});
