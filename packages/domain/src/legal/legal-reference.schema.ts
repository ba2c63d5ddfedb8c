import { z } from 'zod';
import { isoDateSchema, shortTextSchema } from '../common.schema.ts';
import { formatDate, parseIsoDate } from '../format/vietnamese-format.ts';

export const legalDocumentKinds = {
  law: 'Luật',
  decree: 'Nghị định',
  circular: 'Thông tư',
  decision: 'Quyết định',
  plan: 'Kế hoạch',
  directive: 'Chỉ thị',
  official_letter: 'Công văn',
  report: 'Báo cáo',
  standard: 'Tiêu chuẩn',
} as const;
export type LegalDocumentKind = keyof typeof legalDocumentKinds;
export const legalDocumentKindSchema = z.enum(
  Object.keys(legalDocumentKinds) as [LegalDocumentKind, ...LegalDocumentKind[]],
);

/** A structured legal reference: "Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023 của Chủ tịch UBND tỉnh". */
export const legalReferenceSchema = z.object({
  kind: legalDocumentKindSchema,
  number: z.string().regex(/^\d{1,5}$/),
  /** Year inside the number for national documents: 23/2013/TT-BKHCN. */
  year: z.number().int().min(1945).max(2100).optional(),
  symbol: z.string().regex(/^[A-ZĐ0-9][A-ZĐa-z0-9-]*$/),
  issuedOn: isoDateSchema.optional(),
  issuer: shortTextSchema.optional(),
  title: shortTextSchema.optional(),
});
export type LegalReference = z.infer<typeof legalReferenceSchema>;

/** "2730/QĐ-CTUBND" or "23/2013/TT-BKHCN". */
export function formatLegalCode(ref: LegalReference): string {
  return ref.year ? `${ref.number}/${ref.year}/${ref.symbol}` : `${ref.number}/${ref.symbol}`;
}

/** "Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023". */
export function formatLegalReference(ref: LegalReference): string {
  const date = ref.issuedOn ? ` ngày ${formatDate(ref.issuedOn)}` : '';
  return `${legalDocumentKinds[ref.kind]} số ${formatLegalCode(ref)}${date}`;
}

const kindByWord = new Map<string, LegalDocumentKind>(
  Object.entries(legalDocumentKinds).map(([k, v]) => [v.toLowerCase(), k as LegalDocumentKind]),
);

/**
 * Parses the fixed form used in reports: "Quyết định số 2730/QĐ-CTUBND ngày 20/12/2023".
 * Returns null when the text is not in that form.
 */
export function parseLegalReference(text: string): LegalReference | null {
  const match =
    /^(Luật|Nghị định|Thông tư|Quyết định|Kế hoạch|Chỉ thị|Công văn|Báo cáo|Tiêu chuẩn)\s+số\s+(\d{1,5})\/(?:(\d{4})\/)?([A-ZĐ0-9][A-ZĐa-z0-9-]*)(?:\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/u.exec(
      text.normalize('NFC').trim(),
    );
  if (!match) return null;
  const kind = kindByWord.get(match[1]!.toLowerCase());
  if (!kind) return null;
  const ref: LegalReference = { kind, number: match[2]!, symbol: match[4]! };
  if (match[3]) ref.year = Number(match[3]);
  if (match[5] && match[6] && match[7]) {
    const iso = `${match[7]}-${match[6].padStart(2, '0')}-${match[5].padStart(2, '0')}`;
    parseIsoDate(iso);
    ref.issuedOn = iso;
  }
  return ref;
}
