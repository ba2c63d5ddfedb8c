import type { RecordKind } from '@khcn/domain';

/** A one-line title for a record of any kind, for lists and links. */
export function recordTitle(kind: RecordKind, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  switch (kind) {
    case 'appraisal':
      return text('projectName') ?? `Dự án lĩnh vực ${text('sector') ?? ''}`.trim();
    case 'transfer':
      return [text('organisation'), text('technology')].filter(Boolean).join(' — ');
    default:
      return text('title') ?? text('id') ?? '';
  }
}
