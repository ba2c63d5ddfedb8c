import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * Existing figures gain a basis and keep their qualifier as the text's word (docs/decisions/0008-figure-model.md):
 * - every figure counts over the report's month, except figures of the indicators the starting catalogue
 *   declares as levels (the radiation facilities and devices, the projects under way), which become levels
 *   at the end of the report's month;
 * - qualifier codes become the words they stood for (about -> "khoảng", nearly -> "gần", at_least -> "trên"),
 *   in figures and in events' attendee counts (records and the records frozen into approved editions).
 * Approved editions are immutable, so their triggers are suspended for the rewrite, and the content hash of
 * every submitted or approved edition is computed again over the rewritten content (the hash is SHA-256 of the
 * canonical JSON of the content, as packages/db/src/content-hash.ts computes it). Self-contained on purpose:
 * a migration must not change when the code around it does.
 */
const levelIndicators = new Set([
  'tasks.central_projects_managed',
  'radiation.source_facilities',
  'radiation.source_devices',
  'radiation.xray_industrial_units',
  'radiation.xray_industrial_devices',
  'radiation.medical_xray_units',
  'radiation.medical_xray_devices',
  'radiation.accelerator_units',
  'radiation.accelerator_devices',
]);
const wordOf: Record<string, string> = { about: 'khoảng', nearly: 'gần', at_least: 'trên' };
const codeOf: Record<string, string> = {
  khoảng: 'about',
  'xấp xỉ': 'about',
  'ước tính': 'about',
  'ước đạt': 'about',
  gần: 'nearly',
  trên: 'at_least',
  hơn: 'at_least',
  'ít nhất': 'at_least',
  'tối thiểu': 'at_least',
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Fact = { [k: string]: Json } & { indicator: string; qualifier?: string; basis?: Json };
type SectionContent = { [k: string]: Json } & { facts?: Fact[] };

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? JSON.stringify(value.normalize('NFC')) : JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const upFact = (f: Fact): Fact => ({
  ...f,
  qualifier: wordOf[f.qualifier ?? ''] ?? f.qualifier ?? 'exact',
  basis: f.basis ?? (levelIndicators.has(f.indicator) ? { kind: 'level' } : { kind: 'month' }),
});
const downFact = (f: Fact): Fact => {
  const { basis: _basis, ...rest } = f;
  return { ...rest, qualifier: f.qualifier === 'exact' ? 'exact' : (codeOf[f.qualifier ?? ''] ?? 'exact') };
};
type Event = { [k: string]: Json } & { attendeesQualifier?: string };
const upEvent = (e: Event): Event => ({
  ...e,
  attendeesQualifier: wordOf[e.attendeesQualifier ?? ''] ?? e.attendeesQualifier ?? 'exact',
});
const downEvent = (e: Event): Event => ({
  ...e,
  attendeesQualifier:
    e.attendeesQualifier === 'exact' ? 'exact' : (codeOf[e.attendeesQualifier ?? ''] ?? 'exact'),
});

async function rewrite(
  db: Kysely<any>,
  mapFact: (f: Fact) => Fact,
  mapEvent: (e: Event) => Event,
): Promise<void> {
  await sql`ALTER TABLE report_sections DISABLE TRIGGER report_sections_frozen`.execute(db);
  await sql`ALTER TABLE report_editions DISABLE TRIGGER report_editions_frozen`.execute(db);
  try {
    const sections = await db
      .selectFrom('report_sections')
      .select(['edition_id', 'key', 'content'])
      .execute();
    for (const s of sections) {
      const content = s.content as SectionContent;
      if (!Array.isArray(content.facts) || content.facts.length === 0) continue;
      const next = { ...content, facts: content.facts.map(mapFact) };
      await db
        .updateTable('report_sections')
        .set({ content: JSON.stringify(next) })
        .where('edition_id', '=', s.edition_id)
        .where('key', '=', s.key)
        .execute();
    }
    const events = await db
      .selectFrom('records')
      .select(['id', 'data'])
      .where('kind', '=', 'event')
      .execute();
    for (const r of events) {
      await db
        .updateTable('records')
        .set({ data: JSON.stringify(mapEvent(r.data as Event)) })
        .where('id', '=', r.id)
        .execute();
    }
    const editions = await db
      .selectFrom('report_editions')
      .select([
        'id',
        'status',
        'subject',
        'place',
        'closing',
        'recipients',
        'archive',
        'signature',
        'frozen_records',
        'content_hash',
        'submitted_hash',
      ])
      .execute();
    for (const e of editions) {
      const frozen = e.frozen_records as { events?: Event[] } | null;
      const frozenNext = frozen?.events ? { ...frozen, events: frozen.events.map(mapEvent) } : frozen;
      const rows = await db
        .selectFrom('report_sections')
        .select(['key', 'parent_key', 'label', 'division', 'content'])
        .where('edition_id', '=', e.id)
        .orderBy('position')
        .execute();
      const content = {
        subject: e.subject,
        place: e.place,
        closing: e.closing,
        recipients: e.recipients,
        archive: e.archive,
        signature: e.signature ?? null,
        sections: rows.map((s) => ({
          ...(s.content as SectionContent),
          key: s.key,
          parentKey: s.parent_key,
          label: s.label,
          division: s.division,
        })),
      };
      const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
      await db
        .updateTable('report_editions')
        .set({
          frozen_records: frozenNext === null ? null : JSON.stringify(frozenNext),
          content_hash: e.content_hash === null ? null : hash,
          submitted_hash: e.submitted_hash === null ? null : hash,
        })
        .where('id', '=', e.id)
        .execute();
    }
  } finally {
    await sql`ALTER TABLE report_editions ENABLE TRIGGER report_editions_frozen`.execute(db);
    await sql`ALTER TABLE report_sections ENABLE TRIGGER report_sections_frozen`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await rewrite(db, upFact, upEvent);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rewrite(db, downFact, downEvent);
}
