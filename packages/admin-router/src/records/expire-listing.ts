import type { AuthedContext } from '../auth/authed-context.ts';
import { changeListing } from './change-listing.ts';
import type { ListingActionInput } from './record-inputs.schema.ts';

/** Takes a listing off the exchange now (status expired); the next published site no longer shows it. */
export function expireListing(ctx: AuthedContext, input: ListingActionInput) {
  return changeListing(ctx, input, 'record.expireListing', (listing) => ({ ...listing, status: 'expired' }));
}
