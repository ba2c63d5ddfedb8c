import { authedProcedure, router } from '../trpc.ts';
import { createRecord } from './create-record.ts';
import { expireListing } from './expire-listing.ts';
import { getRecord } from './get-record.ts';
import { listRecords } from './list-records.ts';
import {
  listingActionInputSchema,
  listRecordsInputSchema,
  recordInputSchema,
  recordLocatorSchema,
  updateRecordInputSchema,
  uploadPublicationPdfInputSchema,
} from './record-inputs.schema.ts';
import { renewListing } from './renew-listing.ts';
import { updateRecord } from './update-record.ts';
import { uploadPublicationPdf } from './upload-publication-pdf.ts';

/** Records that reports link and the public site shows: tasks, listings, publications, inspections... */
export const recordsRouter = router({
  list: authedProcedure.input(listRecordsInputSchema).query(({ ctx, input }) => listRecords(ctx, input)),
  get: authedProcedure.input(recordLocatorSchema).query(({ ctx, input }) => getRecord(ctx, input)),
  create: authedProcedure.input(recordInputSchema).mutation(({ ctx, input }) => createRecord(ctx, input)),
  update: authedProcedure
    .input(updateRecordInputSchema)
    .mutation(({ ctx, input }) => updateRecord(ctx, input)),
  renewListing: authedProcedure
    .input(listingActionInputSchema)
    .mutation(({ ctx, input }) => renewListing(ctx, input)),
  expireListing: authedProcedure
    .input(listingActionInputSchema)
    .mutation(({ ctx, input }) => expireListing(ctx, input)),
  uploadPublicationPdf: authedProcedure
    .input(uploadPublicationPdfInputSchema)
    .mutation(({ ctx, input }) => uploadPublicationPdf(ctx, input)),
});
