import { authedMutation, authedQuery, router } from '../trpc.ts';
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
  list: authedQuery(listRecordsInputSchema, listRecords),
  get: authedQuery(recordLocatorSchema, getRecord),
  create: authedMutation(recordInputSchema, createRecord),
  update: authedMutation(updateRecordInputSchema, updateRecord),
  renewListing: authedMutation(listingActionInputSchema, renewListing),
  expireListing: authedMutation(listingActionInputSchema, expireListing),
  uploadPublicationPdf: authedMutation(uploadPublicationPdfInputSchema, uploadPublicationPdf),
});
