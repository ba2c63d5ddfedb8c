import { findOrganisation, upsertOrganisation as upsertStoredOrganisation, withTransaction } from '@khcn/db';
import { DomainError, hasPermission, type OrganisationName } from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import type { UpsertOrganisationInput } from './record-inputs.schema.ts';

/** Names are effective-dated: at most one name is valid on any day. */
function requireDisjointNames(names: readonly OrganisationName[]): void {
  const sorted = [...names].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (!previous.validTo || previous.validTo > current.validFrom) {
      const message = `Tên theo thời kỳ: "${previous.name}" còn hiệu lực khi "${current.name}" bắt đầu (${current.validFrom})`;
      throw new DomainError('VALIDATION_FAILED', 'Overlapping organisation names', {
        userMessage: message,
        fieldErrors: [{ path: 'organisation.names', message }],
      });
    }
  }
}

/**
 * Creates an organisation (no version) or updates it (the version the user started from). A rename adds a
 * name with its start date and closes the previous one, so reports keep the name valid on their date.
 */
export async function upsertOrganisation(
  ctx: AuthedContext,
  input: UpsertOrganisationInput,
): Promise<{ id: string; version: number }> {
  if (!hasPermission(ctx.actor, 'record.write') && !hasPermission(ctx.actor, 'settings.manage')) {
    throw new DomainError('FORBIDDEN', `Actor ${ctx.actor.userId} may not edit organisations`, {
      userMessage: 'Bạn không có quyền thực hiện thao tác này.',
    });
  }
  const { organisation } = input;
  requireDisjointNames(organisation.names);
  return auditConflict(
    ctx,
    (conflict) => ({
      action: 'organisation.update',
      entityKind: 'organisation',
      entityId: organisation.id,
      before: conflict.details.current,
      after: { ...organisation, version: input.version },
    }),
    () =>
      withTransaction(ctx.db, async (trx) => {
        const before = await findOrganisation(trx, organisation.id);
        if (before && input.version === undefined) {
          throw new DomainError('DUPLICATE', `Organisation ${organisation.id} exists`, {
            userMessage: `Mã ${organisation.id} đã được dùng cho một tổ chức khác.`,
            fieldErrors: [
              { path: 'organisation.id', message: `Mã định danh: ${organisation.id} đã được dùng` },
            ],
          });
        }
        if (!before && input.version !== undefined) {
          throw new DomainError('NOT_FOUND', `Organisation ${organisation.id} not found`, {
            userMessage: 'Không tìm thấy tổ chức.',
          });
        }
        if (before && before.version !== input.version) {
          throw new DomainError('CONFLICT', `Organisation ${organisation.id} is at ${before.version}`, {
            userMessage: 'Tổ chức vừa được người khác cập nhật; hãy xem bản mới nhất rồi lưu lại.',
            details: { yourVersion: input.version, currentVersion: before.version, current: before },
          });
        }
        await upsertStoredOrganisation(trx, organisation, ctx.now());
        const version = before ? before.version + 1 : 1;
        await recordAudit(trx, ctx, {
          action: before ? 'organisation.update' : 'organisation.create',
          entityKind: 'organisation',
          entityId: organisation.id,
          ...(before ? { before } : {}),
          after: { ...organisation, version },
        });
        return { id: organisation.id, version };
      }),
  );
}
