import { putSetting } from '@khcn/db';
import type { ReportFrameSettings } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const thaiNguyenFrame: ReportFrameSettings = {
  place: 'Thái Nguyên',
  closing: 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên trân trọng báo cáo./.',
  recipients: [
    { name: 'Bộ Khoa học và Công nghệ', forReport: true },
    { name: 'UBND tỉnh Thái Nguyên', forReport: true },
  ],
  archive: ['VT', 'KHTC'],
  signature: {
    authority: 'deputy',
    authorityTitle: 'GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Trần Thị Minh',
  },
};

describe('settings.reportFrame and settings.updateReportFrame', () => {
  it('allowed: the quản trị sets the frame, audited; every new report starts with it, blank or copied', async () => {
    await env.caller('quantri').settings.updateReportFrame(thaiNguyenFrame);
    expect(await env.caller('vanthu').settings.reportFrame()).toEqual(thaiNguyenFrame);
    const audit = await env.auditEntries({ action: 'settings.updateReportFrame' });
    expect(audit[0]).toMatchObject({ actorId: 'user-quantri', entityId: 'reportFrame' });

    // November (the seed) is Hưng Yên's; December, copied from it, and January, blank, take the settings' frame.
    const copied = await env
      .caller('chuyenvien')
      .reports.create({ period: '2024-12', fromPreviousMonth: true });
    const blank = await env.caller('chuyenvien').reports.create({ period: '2025-01' });
    for (const created of [copied, blank]) {
      const { content } = (await env.caller('chuyenvien').reports.get({ editionId: created.editionId }))
        .edition;
      expect({
        place: content.place,
        closing: content.closing,
        recipients: content.recipients,
        archive: content.archive,
        signature: content.signature,
      }).toEqual(thaiNguyenFrame);
      expect(JSON.stringify(content.signature)).not.toContain('Nguyễn Xuân Hải');
    }
  });

  it('a department that has set no frame gets one naming nobody, from its identity', async () => {
    await putSetting(env.database.db, 'reportFrame', null, new Date());
    const frame = await env.caller('vanthu').settings.reportFrame();
    expect(frame).toEqual({
      place: 'Hưng Yên',
      closing: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên trân trọng báo cáo./.',
      recipients: [],
      archive: ['VT'],
      signature: null,
    });
  });

  it('rejected: an empty place, in Vietnamese naming the field, changing nothing', async () => {
    await env.caller('quantri').settings.updateReportFrame(thaiNguyenFrame);
    const bad = await rejectionOf(
      env.caller('quantri').settings.updateReportFrame({ ...thaiNguyenFrame, place: ' ' }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fieldErrors.map((f) => f.path)).toContain('place');
    expect((await env.caller('quantri').settings.reportFrame()).place).toBe('Thái Nguyên');
  });

  it("forbidden: a clerk (who edits a draft frame, not the department's) and no session", async () => {
    expect((await rejectionOf(env.caller('vanthu').settings.updateReportFrame(thaiNguyenFrame))).code).toBe(
      'FORBIDDEN',
    );
    expect((await rejectionOf(env.caller(null).settings.reportFrame())).code).toBe('UNAUTHORIZED');
  });
});
