import { authedProcedure, router } from '../trpc.ts';
import { getPublication } from './get-publication.ts';
import { listPublications } from './list-publications.ts';
import { listPublicationsInputSchema, publicationLocatorSchema } from './publication-inputs.schema.ts';

/** Site publications for the publishing screen (rollback and manual publish come with the publisher). */
export const publicationsRouter = router({
  list: authedProcedure
    .input(listPublicationsInputSchema)
    .query(({ ctx, input }) => listPublications(ctx, input)),
  get: authedProcedure.input(publicationLocatorSchema).query(({ ctx, input }) => getPublication(ctx, input)),
});
