import { organisationNameOn } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

describe('organisations', () => {
  it('lists the seed organisations, searching without tones', async () => {
    const found = await env.caller('chuyenvien').organisations.list({ query: 'benh vien da khoa' });
    expect(found.map((o) => [o.id, o.currentName])).toEqual([
      ['org-bvdk-hung-yen', 'Bệnh viện đa khoa tỉnh Hưng Yên'],
    ]);
    expect((await env.caller('quantri').organisations.list({})).length).toBe(8);
  });

  it('records a merger as a new effective-dated name; reports keep the old one', async () => {
    const [before] = await env
      .caller('quantri')
      .organisations.list({ query: 'So Khoa hoc va Cong nghe tinh' });
    expect(before?.id).toBe('org-skhcn-hung-yen');
    const saved = await env.caller('quantri').organisations.upsert({
      version: before!.version,
      organisation: {
        id: 'org-skhcn-hung-yen',
        kind: 'government',
        names: [
          { name: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên', validFrom: '2024-01-01', validTo: '2025-03-01' },
          { name: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên (sau hợp nhất)', validFrom: '2025-03-01' },
        ],
      },
    });
    expect(saved.version).toBe(before!.version + 1);
    const [after] = await env.caller('chuyenvien').organisations.list({ query: 'sau hop nhat' });
    expect(after?.names).toHaveLength(2);
    expect(after?.currentName).toBe('Sở Khoa học và Công nghệ tỉnh Hưng Yên (sau hợp nhất)');
    // A report dated before the merger keeps the name of its date.
    expect(organisationNameOn(after!, '2024-12-05')).toBe('Sở Khoa học và Công nghệ tỉnh Hưng Yên');
    const audit = await env.auditEntries({ entityId: 'org-skhcn-hung-yen' });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['organisation.update', 'user-quantri']]);
  });

  it('creates a new organisation; refuses overlapping names, a taken id and a stale version', async () => {
    const org = {
      id: 'org-dhspkt-hung-yen',
      kind: 'research' as const,
      names: [{ name: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên', validFrom: '2003-01-01' }],
    };
    expect(await env.caller('chuyenvien').organisations.upsert({ organisation: org })).toEqual({
      id: org.id,
      version: 1,
    });
    expect(
      await rejectionOf(env.caller('chuyenvien').organisations.upsert({ organisation: org })),
    ).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'DUPLICATE',
    });
    expect(
      await rejectionOf(env.caller('truongphong').organisations.upsert({ organisation: org, version: 5 })),
    ).toMatchObject({ code: 'CONFLICT', domainCode: 'CONFLICT' });
    const overlap = await rejectionOf(
      env.caller('chuyenvien').organisations.upsert({
        version: 1,
        organisation: { ...org, names: [...org.names, { name: 'Tên mới', validFrom: '2025-01-01' }] },
      }),
    );
    expect(overlap.code).toBe('BAD_REQUEST');
    expect(overlap.userMessage).toMatch(/^Tên theo thời kỳ: /);
    const badDates = await rejectionOf(
      env.caller('chuyenvien').organisations.upsert({
        organisation: {
          ...org,
          id: 'org-x',
          names: [{ name: 'X', validFrom: '2025-01-01', validTo: '2024-01-01' }],
        },
      }),
    );
    expect(badDates.fieldErrors).toEqual([
      { path: 'organisation.names.0.validTo', message: 'Hiệu lực đến: phải sau ngày hiệu lực từ' },
    ]);
  });

  it('is forbidden to the clerk and without a session', async () => {
    const org = { id: 'org-y', kind: 'other' as const, names: [{ name: 'Y', validFrom: '2025-01-01' }] };
    expect(await rejectionOf(env.caller('vanthu').organisations.upsert({ organisation: org }))).toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    expect(await rejectionOf(env.caller(null).organisations.list({}))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('publications', () => {
  it('lists the site publications newest first and gets one', async () => {
    expect(await env.caller('lanhdao').publications.list({})).toEqual([]);
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const { currentHash } = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    const approved = await env
      .caller('lanhdao')
      .reports.approve({ editionId: report.editionId, contentHash: currentHash });
    const list = await env.caller('quantri').publications.list({ limit: 5 });
    expect(list.map((p) => [p.id, p.status, p.trigger, p.editionId])).toEqual([
      [approved.publicationId, 'queued', 'approval', report.editionId],
    ]);
    const one = await env.caller('chuyenvien').publications.get({ id: approved.publicationId });
    expect(one).toMatchObject({ requestedBy: 'user-lanhdao', stages: [], attempts: 0 });
  });

  it('rejects a bad limit, answers NOT_FOUND, and needs a session', async () => {
    const bad = await rejectionOf(env.caller('lanhdao').publications.list({ limit: 0 }));
    expect(bad.fieldErrors).toEqual([{ path: 'limit', message: 'Số dòng: phải lớn hơn hoặc bằng 1' }]);
    expect(await rejectionOf(env.caller('lanhdao').publications.get({ id: 'nope' }))).toMatchObject({
      code: 'NOT_FOUND',
      userMessage: 'Không tìm thấy lượt công khai.',
    });
    expect(await rejectionOf(env.caller(null).publications.list({}))).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
