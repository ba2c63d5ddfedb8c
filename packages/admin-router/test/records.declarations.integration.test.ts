/**
 * The register of declarations of conformity through the real router: TĐC staff enter a notice of receipt, find it
 * by product, company or standard code with or without tones, link it from the metrology section (A.IV.1), and the
 * approval freezes it into the edition the public site publishes.
 */
import { findEditionById } from '@khcn/db';
import {
  buildPublicSnapshot,
  type ConformityDeclarationInput,
  hungYenSiteConfig,
  type SectionContent,
} from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const bricks: ConformityDeclarationInput = {
  id: 'declaration-gach-dong-a',
  period: '2024-11',
  kind: 'regulation',
  organisation: 'Công ty TNHH Vật liệu xây dựng Đông Á',
  organisationAddress: 'Văn Lâm, tỉnh Hưng Yên',
  product: 'Gạch bê tông không nung dùng cho tường chịu lực',
  productGroup: 'Vật liệu xây dựng',
  standardCode: 'QCVN 16:2023/BXD',
  assessment: 'certification',
  certificationBody: 'Viện Vật liệu xây dựng',
  certificateNumber: '1234/2024/CN-VLXD',
  certificateExpiresOn: '2027-11-01',
  noticeNumber: '125/TB-TĐC',
  noticeDate: '2024-11-12',
};
const water: ConformityDeclarationInput = {
  ...bricks,
  id: 'declaration-nuoc-uong',
  kind: 'standard',
  organisation: 'Hợp tác xã Nước sạch Phố Hiến',
  product: 'Nước uống đóng chai',
  productGroup: 'Thực phẩm',
  standardCode: 'TCVN 6096:2010',
  assessment: 'self_assessment',
  certificationBody: undefined,
  certificateNumber: undefined,
  certificateExpiresOn: undefined,
  noticeNumber: '131/TB-TĐC',
  noticeDate: '2025-01-03',
};

describe('records.create for a declaration of conformity', () => {
  it('lets TĐC staff enter a notice of receipt, audited under its kind', async () => {
    const tdc = env.caller('chuyenvien.tdc');
    expect(await tdc.records.create({ kind: 'declaration', data: bricks })).toEqual({
      id: bricks.id,
      version: 1,
    });
    expect(await tdc.records.create({ kind: 'declaration', data: water })).toEqual({
      id: water.id,
      version: 1,
    });
    const stored = await env.caller('vanthu').records.get({ kind: 'declaration', id: bricks.id });
    expect(stored).toMatchObject({ kind: 'declaration', version: 1, data: { ...bricks, isDemo: false } });
    const audit = await env.auditEntries({ entityId: bricks.id });
    expect(audit.map((a) => [a.action, a.entityKind])).toEqual([['record.create', 'record.declaration']]);
  });

  it('refuses a hợp quy declaration to a standard and a certificate without its body, naming the fields', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien.tdc').records.create({
        kind: 'declaration',
        data: {
          ...bricks,
          id: 'declaration-bad',
          standardCode: 'TCVN 6477:2016',
          certificationBody: undefined,
        },
      }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual([
      {
        path: 'data.standardCode',
        message:
          'Số hiệu tiêu chuẩn, quy chuẩn: công bố hợp quy phải theo một quy chuẩn kỹ thuật (QCVN hoặc QCĐP)',
      },
      {
        path: 'data.certificationBody',
        message: 'Tổ chức chứng nhận: cần ghi khi công bố dựa trên kết quả chứng nhận',
      },
    ]);
  });

  it('names the kind when one is missing', async () => {
    expect(
      await rejectionOf(
        env.caller('chuyenvien.tdc').records.get({ kind: 'declaration', id: 'declaration-none' }),
      ),
    ).toMatchObject({
      userMessage: 'Không tìm thấy hồ sơ công bố hợp chuẩn, hợp quy (mã declaration-none).',
    });
  });
});

describe('records.list of declarations', () => {
  const ids = async (input: Record<string, unknown>) =>
    (await env.caller('vanthu').records.list({ kind: 'declaration', ...input })).items.map((r) => r.data.id);

  it('finds a declaration by product, company or standard code, with or without tones', async () => {
    expect(await ids({ query: 'gach be tong' })).toEqual([bricks.id]);
    expect(await ids({ query: 'Gạch bê tông' })).toEqual([bricks.id]);
    expect(await ids({ query: 'cong ty vat lieu dong a' })).toEqual([bricks.id]);
    expect(await ids({ query: 'pho hien' })).toEqual([water.id]);
    expect(await ids({ query: 'QCVN 16:2023' })).toEqual([bricks.id]);
    expect(await ids({ query: 'tcvn 6096' })).toEqual([water.id]);
  });

  it('filters by kind (hợp chuẩn, hợp quy), product group and year', async () => {
    expect(await ids({ level: 'regulation' })).toEqual([bricks.id]);
    expect(await ids({ level: 'standard' })).toEqual([water.id]);
    expect(await ids({ field: 'Thực phẩm' })).toEqual([water.id]);
    expect(await ids({ year: 2024 })).toEqual([bricks.id]);
    expect(await ids({ year: 2025 })).toEqual([water.id]);
  });
});

describe('a declaration linked from the metrology section', () => {
  it('is frozen into the approved edition and published with the report', async () => {
    const report = await createTestReport(env.database.db);
    const editor = env.caller('chuyenvien.tdc');
    const view = await editor.reports.get({ editionId: report.editionId });
    const section = view.edition.content.sections.find((s) => s.key === 'A.IV.1')!;
    const { key: _k, parentKey: _p, label: _l, division: _d, ...content } = section;
    const linked: SectionContent = {
      ...content,
      recordRefs: [...content.recordRefs, { kind: 'declaration', id: bricks.id }],
    };
    await editor.reports.updateSection({
      editionId: report.editionId,
      key: 'A.IV.1',
      version: view.sectionVersions['A.IV.1']!,
      content: linked,
    });
    await editor.reports.submit({ editionId: report.editionId });
    const leader = env.caller('lanhdao');
    const { currentHash } = await leader.reports.get({ editionId: report.editionId });
    await leader.reports.approve({ editionId: report.editionId, contentHash: currentHash });

    const stored = (await findEditionById(env.database.db, report.editionId))!;
    expect(stored.frozenRecords!.declarations.map((d) => d.id)).toEqual([bricks.id]);
    const snapshot = buildPublicSnapshot({
      publicationId: 'declarations-test',
      generatedAt: '2025-01-06T09:00:00+07:00',
      asOfDate: '2025-01-06',
      site: hungYenSiteConfig,
      indicators: [],
      editions: [
        {
          period: stored.edition.period,
          editionNo: stored.edition.editionNo,
          number: stored.edition.number!,
          issuedOn: stored.edition.issuedOn!,
          approvedAt: stored.edition.approvedAt!,
          changeNote: null,
          contentHash: stored.edition.contentHash!,
          content: stored.edition.content,
          records: stored.frozenRecords!,
        },
      ],
    });
    expect(snapshot.declarations).toEqual([
      expect.objectContaining({
        id: bricks.id,
        standardCode: bricks.standardCode,
        asOf: { period: stored.edition.period, editionNo: 1 },
      }),
    ]);
  });
});
