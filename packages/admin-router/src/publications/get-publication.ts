import { findPublication, type Publication } from '@khcn/db';
import { DomainError, requirePermission } from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

/** One site publication with its stages and log. */
export async function getPublication(ctx: AuthedContext, input: { id: string }): Promise<Publication> {
  requirePermission(ctx.actor, 'report.read');
  const publication = await findPublication(ctx.db, input.id);
  if (!publication) {
    throw new DomainError('NOT_FOUND', `Publication ${input.id} not found`, {
      userMessage: 'Không tìm thấy lượt công khai.',
    });
  }
  return publication;
}
