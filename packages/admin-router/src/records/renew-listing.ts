import { renewListing as renewedListing, todayInVietnam } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';
import { changeListing } from './change-listing.ts';
import type { ListingActionInput } from './record-inputs.schema.ts';

/** Renews a technology exchange listing for one more quarter from today (listings lapse unless renewed). */
export function renewListing(ctx: AuthedContext, input: ListingActionInput) {
  const today = todayInVietnam(ctx.now());
  return changeListing(ctx, input, 'record.renewListing', (listing) => renewedListing(listing, today));
}
