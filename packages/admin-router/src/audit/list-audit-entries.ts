import { type AuditSubjects, findAuditSubjects, listAuditEntries as listStoredAuditEntries } from '@khcn/db';
import {
  type AuditChange,
  type AuditListInput,
  describeAuditChanges,
  formatPeriod,
  requirePermission,
} from '@khcn/domain';
import type { AuthedContext } from '../auth/authed-context.ts';

const editionName = (e: { period: string; editionNo: number }) =>
  `Báo cáo ${formatPeriod(e.period)}${e.editionNo > 1 ? ` (đính chính lần ${e.editionNo})` : ''}`;

/** Every id an entry mentions: its subject, and the ids among its before/after values. */
function idsOf(entry: { entityId: string | null; before: unknown; after: unknown }): string[] {
  const ids: string[] = [];
  if (entry.entityId) ids.push(entry.entityId.split('#')[0]!);
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /^[\w.:-]{1,100}$/.test(value)) ids.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.before);
  walk(entry.after);
  return ids;
}

/** Names for the ids values may hold: people, reports, publications, records, organisations. */
function namesOf(subjects: AuditSubjects): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, u] of subjects.users) names.set(id, u.displayName);
  for (const [id, e] of subjects.editions) names.set(id, editionName(e));
  for (const [id, p] of subjects.publications) names.set(id, `lượt xuất bản #${p.seq}`);
  for (const [id, r] of subjects.records) names.set(id, r.title);
  for (const [id, o] of subjects.organisations) names.set(id, o.name);
  return names;
}

const settingsNames: Record<string, string> = { site: 'Thông tin đơn vị', divisions: 'Danh mục phòng' };

/** What the entry is about, named: "Báo cáo tháng 12 năm 2024", "Lê Văn Đức (lvduc)", a record's title. */
function subjectName(kind: string, id: string | null, subjects: AuditSubjects): string | null {
  if (!id) return null;
  if (kind === 'report_edition') {
    const e = subjects.editions.get(id);
    return e ? editionName(e) : null;
  }
  if (kind === 'report_section') {
    const [editionId, key] = id.split('#');
    const e = subjects.editions.get(editionId!);
    return e ? `${editionName(e)}, mục ${key}` : null;
  }
  if (kind === 'user') {
    const u = subjects.users.get(id);
    return u ? `${u.displayName} (${u.username})` : null;
  }
  if (kind === 'publication') {
    const p = subjects.publications.get(id);
    return p ? `Lượt xuất bản #${p.seq}` : null;
  }
  if (kind === 'organisation') return subjects.organisations.get(id)?.name ?? null;
  if (kind === 'settings') return settingsNames[id] ?? null;
  if (kind.startsWith('record.')) return subjects.records.get(id)?.title ?? null;
  return null;
}

export type AuditListEntry = Awaited<ReturnType<typeof listStoredAuditEntries>>['items'][number] & {
  /** What the entry is about, by name; null when it no longer exists. */
  entityName: string | null;
  /** The entry's changes in words (no JSON, no ids). */
  changes: AuditChange[];
};

/**
 * One page of the audit log, newest first, filtered by who, what, which entity and when: each entry with the
 * names of the people, reports and records it concerns and its changes in words.
 */
export async function listAuditEntries(
  ctx: AuthedContext,
  input: AuditListInput,
): Promise<{ items: AuditListEntry[]; total: number }> {
  requirePermission(ctx.actor, 'audit.read');
  const page = await listStoredAuditEntries(ctx.db, {
    actorId: input.actorId,
    action: input.action,
    entityKind: input.entityKind,
    entityId: input.entityId,
    from: input.from ? new Date(input.from) : undefined,
    to: input.to ? new Date(input.to) : undefined,
    page: input.page,
    pageSize: input.pageSize,
  });
  const subjects = await findAuditSubjects(ctx.db, page.items.flatMap(idsOf));
  const names = namesOf(subjects);
  return {
    total: page.total,
    items: page.items.map((entry) => ({
      ...entry,
      entityName: subjectName(entry.entityKind, entry.entityId, subjects),
      changes: describeAuditChanges(entry.before, entry.after, names),
    })),
  };
}
