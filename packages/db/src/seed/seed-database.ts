import {
  type AnyRecord,
  defaultDivisions,
  hungYenSiteConfig,
  recordKindEntries,
  reportFrameSettingsSchema,
  seed,
  type SiteConfig,
} from '@khcn/domain';
import type { Database } from '../create-db.ts';
import { hashReportContent } from '../content-hash.ts';
import { hashPassword } from '../password-hash.ts';
import { insertAuditEntry } from '../audit.queries.ts';
import { upsertOrganisation } from '../organisation.queries.ts';
import { insertRecord } from '../record.queries.ts';
import { findReportByPeriod, insertReportWithDraft, updateEditionWorkflow } from '../report.queries.ts';
import { putSetting } from '../settings.queries.ts';
import { findUserByUsername, insertUser } from '../user.queries.ts';
import { DEMO_PASSWORD, demoUsers } from './demo-users.ts';

export type SeedOptions = {
  now: Date;
  /** Create the demo accounts (one per role). */
  withDemoUsers: boolean;
  /**
   * Whether the demo accounts must change the shared, published password at first sign-in (default true). Only
   * `pnpm start`'s throwaway embedded database says false, so the walk-through works as the README shows it.
   */
  demoUsersMustChangePassword?: boolean;
  site?: SiteConfig;
  onProgress?: (message: string) => void;
};

export type SeedResult = { seeded: boolean; reportEditionId: string | null };

/**
 * Loads the November 2024 report of Sở KH&CN Hưng Yên, approved as issued, with its records, organisations,
 * the site identity and (optionally) the demo accounts. Idempotent: does nothing when 2024-11 exists.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  const progress = options.onProgress ?? (() => {});
  if (await findReportByPeriod(db, seed.seedPeriod)) return { seeded: false, reportEditionId: null };

  const passwordHash = options.withDemoUsers ? await hashPassword(DEMO_PASSWORD) : null;
  return db.transaction().execute(async (trx) => {
    const at = options.now;
    progress('cấu hình đơn vị');
    await putSetting(trx, 'site', options.site ?? hungYenSiteConfig, at);
    await putSetting(trx, 'divisions', defaultDivisions, at);
    // The demo department's own frame (place, recipients, signer): new reports start from it.
    await putSetting(trx, 'reportFrame', reportFrameSettingsSchema.parse(seed.seedContent()), at);

    let approver: string | null = null;
    if (passwordHash) {
      progress('tài khoản minh họa');
      for (const u of demoUsers) {
        if (await findUserByUsername(trx, u.username)) continue;
        await insertUser(trx, {
          ...u,
          passwordHash,
          mustChangePassword: options.demoUsersMustChangePassword ?? true,
          at,
        });
      }
      approver = demoUsers.find((u) => u.roles.includes('leader'))!.id;
    }

    progress('tổ chức');
    for (const org of seed.seedOrganisations) await upsertOrganisation(trx, org, at);

    progress('hồ sơ: nhiệm vụ, ấn phẩm, thanh tra');
    const records = seed.seedRecords();
    for (const [kind, { collection }] of recordKindEntries)
      for (const data of records[collection])
        await insertRecord(trx, { record: { kind, data } as AnyRecord, at, by: null });

    progress('báo cáo tháng 11/2024');
    const content = seed.seedContent();
    const reportId = `report-${seed.seedPeriod}`;
    const editionId = `edition-${seed.seedPeriod}-1`;
    await insertReportWithDraft(trx, { reportId, editionId, period: seed.seedPeriod, content, at, by: null });
    if (approver) {
      const contentHash = hashReportContent(content, records);
      await updateEditionWorkflow(trx, {
        editionId,
        expectedStatus: 'draft',
        at,
        patch: {
          status: 'approved',
          submittedHash: contentHash,
          contentHash,
          approvedBy: approver,
          approvedAt: new Date('2024-12-05T09:00:00+07:00'),
          number: { ...seed.seedReportNumber, year: 2024 },
          issuedOn: seed.seedIssuedOn,
          frozenRecords: records,
        },
      });
    }
    await insertAuditEntry(trx, {
      at,
      actorId: null,
      action: 'seed.import',
      entityKind: 'report_edition',
      entityId: editionId,
      after: {
        period: seed.seedPeriod,
        source: 'shared/seed/000_0b71991c296128b4.txt',
        approved: approver !== null,
      },
    });
    return { seeded: true, reportEditionId: editionId };
  });
}
