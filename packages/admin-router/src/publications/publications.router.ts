import { authedProcedure, router } from '../trpc.ts';
import { getPublication } from './get-publication.ts';
import { listPublications } from './list-publications.ts';
import { publishNow } from './publish-now.ts';
import { rollbackPublication } from './rollback-publication.ts';
import { listPublicationsInputSchema, publicationLocatorSchema } from './publication-inputs.schema.ts';

/** Site publications for the publishing screen: their stages, which is live, manual publish and rollback. */
export const publicationsRouter = router({
  rollback: authedProcedure
    .input(publicationLocatorSchema)
    .mutation(({ ctx, input }) => rollbackPublication(ctx, input)),
  publishNow: authedProcedure.mutation(({ ctx }) => publishNow(ctx)),
  list: authedProcedure
    .input(listPublicationsInputSchema)
    .query(({ ctx, input }) => listPublications(ctx, input)),
  get: authedProcedure.input(publicationLocatorSchema).query(({ ctx, input }) => getPublication(ctx, input)),
});
