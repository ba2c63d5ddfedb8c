import type { SectionContent } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import type { SectionConflictDetails } from '../src/reports/update-section.ts';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

/** The section "A.II.2" (technology appraisal, division QLCN) of an edition, and its version. */
async function sectionOf(editionId: string, key = 'A.II.2') {
  const view = await env.caller('lanhdao').reports.get({ editionId });
  const section = view.edition.content.sections.find((s) => s.key === key)!;
  const { key: _k, parentKey: _p, label: _l, division: _d, ...content } = section;
  return {
    content: content as SectionContent,
    version: view.sectionVersions[key]!,
    division: section.division,
  };
}

const withClosingParagraph = (content: SectionContent, text: string): SectionContent => ({
  ...content,
  blocks: [...content.blocks, { kind: 'paragraph', text }],
});

describe('reports.updateSection: allowed', () => {
  it('saves a section of a draft and bumps its version', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version } = await sectionOf(report.editionId);
    const saved = await env.caller('chuyenvien').reports.updateSection({
      editionId: report.editionId,
      key: 'A.II.2',
      version,
      content: withClosingParagraph(content, 'Đã cập nhật kết quả thẩm định công nghệ.'),
    });
    expect(saved).toEqual({ key: 'A.II.2', version: version + 1 });
    const after = await sectionOf(report.editionId);
    expect(after.version).toBe(version + 1);
    expect(after.content.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Đã cập nhật kết quả thẩm định công nghệ.',
    });
  });

  it('two editors save the same section: exactly one wins, the other gets CONFLICT with the current content', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version } = await sectionOf(report.editionId);
    const minh = withClosingParagraph(content, 'Bản của chị Minh.');
    const huy = withClosingParagraph(content, 'Bản của anh Huy.');
    const results = await Promise.allSettled([
      env
        .caller('chuyenvien')
        .reports.updateSection({ editionId: report.editionId, key: 'A.II.2', version, content: minh }),
      env
        .caller('truongphong')
        .reports.updateSection({ editionId: report.editionId, key: 'A.II.2', version, content: huy }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winnerIndex = results.findIndex((r) => r.status === 'fulfilled');
    const winnerContent = winnerIndex === 0 ? minh : huy;
    const loserContent = winnerIndex === 0 ? huy : minh;

    const conflict = await rejectionOf(Promise.reject((lost[0] as PromiseRejectedResult).reason));
    expect(conflict).toMatchObject({ code: 'CONFLICT', domainCode: 'CONFLICT' });
    expect(conflict.userMessage).toContain('vừa được người khác lưu');
    const details = conflict.details as SectionConflictDetails;
    expect(details).toMatchObject({ key: 'A.II.2', yourVersion: version, currentVersion: version + 1 });
    expect(details.currentContent.blocks.at(-1)).toEqual(winnerContent.blocks.at(-1));

    // Nothing silently overwritten: the stored section is the winner's.
    const stored = await sectionOf(report.editionId);
    expect(stored.content.blocks.at(-1)).toEqual(winnerContent.blocks.at(-1));

    // The audit log shows both attempts; the rejected one keeps what its author tried to save.
    const audit = await env.auditEntries({
      entityKind: 'report_section',
      entityId: `${report.editionId}#A.II.2`,
      pageSize: 10,
    });
    expect(audit.map((a) => a.outcome).sort()).toEqual(['ok', 'rejected']);
    const rejected = audit.find((a) => a.outcome === 'rejected')!;
    expect((rejected.after as { content: SectionContent }).content.blocks.at(-1)).toEqual(
      loserContent.blocks.at(-1),
    );

    // The loser merges onto the current version and saves.
    const merged = await env.caller(winnerIndex === 0 ? 'truongphong' : 'chuyenvien').reports.updateSection({
      editionId: report.editionId,
      key: 'A.II.2',
      version: details.currentVersion,
      content: {
        ...details.currentContent,
        blocks: [...details.currentContent.blocks, loserContent.blocks.at(-1)!],
      },
    });
    expect(merged.version).toBe(version + 2);
  });

  it('lets a leader edit a section of any division', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version, division } = await sectionOf(report.editionId, 'A.IV');
    expect(division).toBe('TDC');
    const saved = await env.caller('lanhdao').reports.updateSection({
      editionId: report.editionId,
      key: 'A.IV',
      version,
      content,
    });
    expect(saved.version).toBe(version + 1);
  });
});

describe('reports.updateSection: rejected', () => {
  it('refuses an approved edition (the seed report): it is immutable', async () => {
    const { content, version } = await sectionOf('edition-2024-11-1');
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.updateSection({
        editionId: 'edition-2024-11-1',
        key: 'A.II.2',
        version,
        content: withClosingParagraph(content, 'Sửa sau khi duyệt.'),
      }),
    );
    expect(rejection).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'IMMUTABLE',
      userMessage: 'Báo cáo đã duyệt không thể sửa; hãy mở đính chính.',
    });
  });

  it('refuses a submitted edition', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const { content, version } = await sectionOf(report.editionId);
    const rejection = await rejectionOf(
      env
        .caller('chuyenvien')
        .reports.updateSection({ editionId: report.editionId, key: 'A.II.2', version, content }),
    );
    expect(rejection.domainCode).toBe('IMMUTABLE');
  });

  it('names the bad field in Vietnamese', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version } = await sectionOf(report.editionId);
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.updateSection({
        editionId: report.editionId,
        key: 'A.II.2',
        version,
        content: { ...content, title: '   ', facts: [{ ...content.facts[0]!, value: -1 }] },
      }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'content.title', message: 'Tiêu đề: không được để trống' },
        { path: 'content.facts.0.value', message: 'Giá trị: phải lớn hơn hoặc bằng 0' },
      ]),
    );
  });

  it('answers NOT_FOUND for an unknown section or edition', async () => {
    const report = await createTestReport(env.database.db);
    const { content } = await sectionOf(report.editionId);
    const unknownSection = await rejectionOf(
      env
        .caller('lanhdao')
        .reports.updateSection({ editionId: report.editionId, key: 'Z.9', version: 0, content }),
    );
    expect(unknownSection).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Báo cáo không có mục Z.9.' });
    const unknownEdition = await rejectionOf(
      env
        .caller('lanhdao')
        .reports.updateSection({ editionId: 'no-such-edition', key: 'A.I', version: 0, content }),
    );
    expect(unknownEdition).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Không tìm thấy bản báo cáo.' });
  });
});

describe('reports.updateSection: forbidden', () => {
  it('refuses an editor outside the section division', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version } = await sectionOf(report.editionId, 'A.IV');
    const rejection = await rejectionOf(
      env
        .caller('chuyenvien')
        .reports.updateSection({ editionId: report.editionId, key: 'A.IV', version, content }),
    );
    expect(rejection).toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Bạn không phụ trách mục này (thuộc phòng TDC).',
    });
    // The metrology editor may.
    const saved = await env.caller('chuyenvien.tdc').reports.updateSection({
      editionId: report.editionId,
      key: 'A.IV',
      version,
      content,
    });
    expect(saved.version).toBe(version + 1);
  });

  it('refuses the clerk and the administrator (no section editing) and a caller without a session', async () => {
    const report = await createTestReport(env.database.db);
    const { content, version } = await sectionOf(report.editionId, 'A.I');
    for (const user of ['vanthu', 'quantri'] as const) {
      const rejection = await rejectionOf(
        env.caller(user).reports.updateSection({ editionId: report.editionId, key: 'A.I', version, content }),
      );
      expect(rejection.code, user).toBe('FORBIDDEN');
    }
    const anonymous = await rejectionOf(
      env.caller(null).reports.updateSection({ editionId: report.editionId, key: 'A.I', version, content }),
    );
    expect(anonymous).toMatchObject({
      code: 'UNAUTHORIZED',
      userMessage: 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.',
    });
  });
});

describe('reports.updateFrame', () => {
  it('lets the clerk change recipients with optimistic concurrency', async () => {
    const report = await createTestReport(env.database.db);
    const view = await env.caller('vanthu').reports.get({ editionId: report.editionId });
    const { subject, place, closing, recipients, archive, signature } = view.edition.content;
    const frame = {
      subject,
      place,
      closing,
      recipients: [...recipients, { name: 'Cục Thông tin KH&CN quốc gia', forReport: false }],
      archive,
      signature,
    };
    const saved = await env.caller('vanthu').reports.updateFrame({
      editionId: report.editionId,
      frameVersion: view.frameVersion,
      frame,
    });
    expect(saved.frameVersion).toBe(view.frameVersion + 1);
    const stale = await rejectionOf(
      env
        .caller('lanhdao')
        .reports.updateFrame({ editionId: report.editionId, frameVersion: view.frameVersion, frame }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(
      (stale.details as { currentFrame: { recipients: unknown[] } }).currentFrame.recipients,
    ).toHaveLength(recipients.length + 1);
  });

  it('is forbidden to an editor and names a bad field', async () => {
    const report = await createTestReport(env.database.db);
    const view = await env.caller('vanthu').reports.get({ editionId: report.editionId });
    const { subject, place, closing, recipients, archive, signature } = view.edition.content;
    const frame = { subject, place, closing, recipients, archive, signature };
    expect(
      await rejectionOf(
        env
          .caller('chuyenvien')
          .reports.updateFrame({ editionId: report.editionId, frameVersion: view.frameVersion, frame }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await rejectionOf(
      env.caller('vanthu').reports.updateFrame({
        editionId: report.editionId,
        frameVersion: view.frameVersion,
        frame: { ...frame, subject: '' },
      }),
    );
    expect(bad.fieldErrors).toEqual([{ path: 'frame.subject', message: 'Trích yếu: không được để trống' }]);
  });
});
