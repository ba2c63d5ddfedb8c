import { type DbExecutor, findIndicator, listIndicators, type StoredIndicator } from '@khcn/db';
import { DomainError, type Indicator, indicatorNameAt } from '@khcn/domain';

/** The indicator, or NOT_FOUND with a Vietnamese message. */
export async function requireIndicator(db: DbExecutor, code: string): Promise<StoredIndicator> {
  const indicator = await findIndicator(db, code);
  if (!indicator) {
    throw new DomainError('NOT_FOUND', `Indicator ${code} not found`, {
      userMessage: `Không tìm thấy chỉ tiêu “${code}”.`,
    });
  }
  return indicator;
}

/** Sums and limits name other indicators of the catalogue, never the indicator itself. */
export async function requireKnownRelations(
  db: DbExecutor,
  indicator: Pick<Indicator, 'code' | 'sumOf' | 'atMost'>,
): Promise<void> {
  const known = new Set((await listIndicators(db)).map((i) => i.code));
  const fieldErrors = [
    ...indicator.sumOf.flatMap((code, i) =>
      code === indicator.code || !known.has(code)
        ? [
            {
              path: `sumOf.${i}`,
              message: `Bằng tổng các chỉ tiêu: “${code}” không phải chỉ tiêu khác trong danh mục`,
            },
          ]
        : [],
    ),
    ...(indicator.atMost !== null && (indicator.atMost === indicator.code || !known.has(indicator.atMost))
      ? [
          {
            path: 'atMost',
            message: `Không lớn hơn chỉ tiêu: “${indicator.atMost}” không phải chỉ tiêu khác trong danh mục`,
          },
        ]
      : []),
  ];
  if (fieldErrors.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `Unknown related indicators of ${indicator.code}`, {
      userMessage: fieldErrors.map((f) => f.message).join('; '),
      fieldErrors,
    });
  }
}

/** CONFLICT when someone changed the indicator since the editor read it. */
export function indicatorConflict(indicator: StoredIndicator): DomainError {
  return new DomainError('CONFLICT', `Indicator ${indicator.code} changed`, {
    userMessage: `Chỉ tiêu “${indicatorNameAt(indicator, '9999-12')}” vừa được người khác sửa; hãy tải lại rồi sửa tiếp.`,
    details: { current: indicator },
  });
}
