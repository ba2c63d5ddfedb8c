import { type DbExecutor, listIndicators, updateSectionIfVersion } from '@khcn/db';
import {
  DomainError,
  requireEditable,
  requireSectionEditor,
  type SectionContent,
  type UpdateSectionInput,
} from '@khcn/domain';
import { recordAudit } from '../audit/record-audit.ts';
import { auditConflict } from '../audit/record-rejected-attempt.ts';
import type { AuthedContext } from '../auth/authed-context.ts';
import { requireSection, sectionContentOf, withLockedEdition } from './require-edition.ts';

export type SectionConflictDetails = {
  key: string;
  /** The version the editor started from. */
  yourVersion: number;
  /** The version saved meanwhile, and its content: the client merges and saves again with this version. */
  currentVersion: number;
  currentContent: SectionContent;
};

/** Every figure names an indicator of the department's catalogue (retired ones are reconciliation errors). */
async function requireCatalogueIndicators(db: DbExecutor, content: SectionContent): Promise<void> {
  const known = new Set((await listIndicators(db)).map((i) => i.code));
  const fieldErrors = content.facts.flatMap((fact, index) =>
    known.has(fact.indicator)
      ? []
      : [
          {
            path: `facts.${index}.indicator`,
            message: `Số liệu ${index + 1} – Chỉ tiêu: “${fact.indicator}” không có trong danh mục chỉ tiêu`,
          },
        ],
  );
  if (fieldErrors.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Unknown indicators in section`, {
      userMessage: fieldErrors.map((f) => f.message).join('; '),
      fieldErrors,
    });
  }
}

/**
 * Saves one section of a draft with optimistic concurrency: the save succeeds only if nobody saved the
 * section since `version`. A stale save gets CONFLICT carrying the current content (nothing is silently
 * overwritten) and is audited as rejected with the content the editor tried to save (nothing is lost).
 */
export async function updateSection(
  ctx: AuthedContext,
  input: UpdateSectionInput,
): Promise<{ key: string; version: number }> {
  const entityId = `${input.editionId}#${input.key}`;
  return auditConflict(
    ctx,
    (conflict) => ({
      action: 'report.updateSection',
      entityKind: 'report_section',
      entityId,
      before: { version: conflict.details.currentVersion, content: conflict.details.currentContent },
      after: { version: input.version, content: input.content },
    }),
    () =>
      withLockedEdition(ctx.db, input.editionId, async (trx, stored) => {
        const section = requireSection(stored, input.key);
        requireSectionEditor(ctx.actor, section.division);
        requireEditable(stored.edition.status);
        await requireCatalogueIndicators(trx, input.content);
        const currentVersion = stored.sectionVersions[input.key] ?? 0;
        const version = await updateSectionIfVersion(trx, {
          editionId: input.editionId,
          key: input.key,
          expectedVersion: input.version,
          content: input.content,
          by: ctx.actor.userId,
          at: ctx.now(),
        });
        if (version === null) {
          const details: SectionConflictDetails = {
            key: input.key,
            yourVersion: input.version,
            currentVersion,
            currentContent: sectionContentOf(section),
          };
          throw new DomainError('CONFLICT', `Section ${entityId} is at version ${currentVersion}`, {
            userMessage: `Mục ${section.label} ${section.title} vừa được người khác lưu; hãy xem nội dung mới nhất, gộp thay đổi của bạn rồi lưu lại.`,
            details,
          });
        }
        await recordAudit(trx, ctx, {
          action: 'report.updateSection',
          entityKind: 'report_section',
          entityId,
          before: { version: currentVersion, content: sectionContentOf(section) },
          after: { version, content: input.content },
        });
        return { key: input.key, version };
      }),
  );
}
