import { replaceInParagraphs, type SectionContent, withSection } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const SEED = 'edition-2024-11-1';
const CHANGE_NOTE = 'Đính chính số liệu kiểm định phương tiện đo tại mục IV';

describe('the correction flow', () => {
  let correctionId = '';

  it('opens a correction of the approved seed report: a new draft edition with the public change note', async () => {
    const opened = await env
      .caller('vanthu')
      .reports.openCorrection({ editionId: SEED, changeNote: CHANGE_NOTE });
    expect(opened.editionNo).toBe(2);
    correctionId = opened.editionId;
    const view = await env.caller('vanthu').reports.get({ editionId: correctionId });
    const seed = await env.caller('vanthu').reports.get({ editionId: SEED });
    expect(view.edition).toMatchObject({
      period: '2024-11',
      editionNo: 2,
      status: 'draft',
      changeNote: CHANGE_NOTE,
      number: null,
      contentHash: null,
    });
    expect(view.edition.content).toEqual(seed.edition.content);
    expect(view.editions.map((e) => [e.editionNo, e.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
    // "By period" now means the latest edition.
    expect((await env.caller('vanthu').reports.get({ period: '2024-11' })).edition.id).toBe(correctionId);
  });

  it('refuses a second correction of the same edition while one is open', async () => {
    const rejection = await rejectionOf(
      env.caller('lanhdao').reports.openCorrection({ editionId: SEED, changeNote: 'Đính chính lần nữa' }),
    );
    expect(rejection).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'INVALID_TRANSITION' });
    expect(rejection.userMessage).toContain('đã có bản đính chính lần 2');
  });

  it('corrects a figure, goes through the same approval, and keeps the approved edition as it was', async () => {
    const view = await env.caller('chuyenvien.tdc').reports.get({ editionId: correctionId });
    const section = view.edition.content.sections.find((s) => s.key === 'A.IV')!;
    const { key: _k, parentKey: _p, label: _l, division: _d, ...content } = section;
    const corrected: SectionContent = {
      ...content,
      blocks: [
        ...content.blocks,
        { kind: 'paragraph', text: 'Số liệu được đính chính theo biên bản kiểm định bổ sung.' },
      ],
    };
    await env.caller('chuyenvien.tdc').reports.updateSection({
      editionId: correctionId,
      key: 'A.IV',
      version: view.sectionVersions['A.IV']!,
      content: corrected,
    });
    await env.caller('chuyenvien.tdc').reports.submit({ editionId: correctionId });
    const review = await env.caller('lanhdao').reports.get({ editionId: correctionId });
    const approved = await env.caller('lanhdao').reports.approve({
      editionId: correctionId,
      contentHash: review.currentHash,
    });
    expect(approved.number).toEqual({ sequence: 1, symbol: 'BC-SKHCN' });
    const seed = await env.caller('lanhdao').reports.get({ editionId: SEED });
    expect(seed.edition).toMatchObject({ status: 'approved', number: { sequence: 5 } });
    expect(seed.edition.content.sections.find((s) => s.key === 'A.IV')!.blocks).toEqual(content.blocks);
  });

  it('shows the history: every edition with its change note', async () => {
    const history = await env.caller('chuyenvien').reports.history({ period: '2024-11' });
    expect(history.editions.map((e) => [e.editionNo, e.status, e.changeNote])).toEqual([
      [1, 'approved', null],
      [2, 'approved', CHANGE_NOTE],
    ]);
    expect(history.editions[1]).toMatchObject({
      submittedBy: 'user-chuyenvien-tdc',
      approvedBy: 'user-lanhdao',
    });
  });

  it('diffs the two editions: only the corrected section changed, with the added line', async () => {
    const diff = await env
      .caller('chuyenvien')
      .reports.diff({ fromEditionId: SEED, toEditionId: correctionId });
    expect(diff.from).toMatchObject({ editionNo: 1, period: '2024-11' });
    expect(diff.to).toMatchObject({ editionNo: 2 });
    expect(diff.frame).toEqual([]);
    const changed = diff.sections.filter((s) => s.status !== 'unchanged');
    expect(changed.map((s) => s.key)).toEqual(['A.IV']);
    expect(changed[0]!.lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'added', text: 'Số liệu được đính chính theo biên bản kiểm định bổ sung.' },
    ]);
  });
});

describe('reports.diff', () => {
  it('shows a changed sentence word by word, and changed figures', async () => {
    const before = await createTestReport(env.database.db);
    const after = await createTestReport(env.database.db, {
      edit: (content) =>
        withSection(content, 'A.II.1.1', (s) => ({
          ...s,
          blocks: replaceInParagraphs(s.blocks, 'đồng bộ, hiệu quả', 'kịp thời'),
          facts: s.facts.map((f) =>
            f.indicator === 'tasks.accepted' ? { ...f, value: 4, asWritten: '04' } : f,
          ),
        })),
    });
    const diff = await env
      .caller('lanhdao')
      .reports.diff({ fromEditionId: before.editionId, toEditionId: after.editionId });
    const section = diff.sections.find((s) => s.key === 'A.II.1.1')!;
    const month = `${Number(after.period.slice(5))}/${after.period.slice(0, 4)}`;
    expect(section.status).toBe('changed');
    const changedLine = section.lines.find((l) => l.kind === 'changed');
    expect(changedLine).toBeDefined();
    const parts = changedLine!.kind === 'changed' ? changedLine!.parts : [];
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
      'đồng bộ, hiệu quả',
    ]);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['kịp thời']);
    expect(section.facts).toEqual([
      {
        indicator: 'tasks.accepted',
        label: 'Nhiệm vụ KH&CN cấp tỉnh được đánh giá, nghiệm thu',
        before: `03 (tháng ${month})`,
        after: `04 (tháng ${month})`,
      },
    ]);
  });

  it('rejects missing editions', async () => {
    const bad = await rejectionOf(env.caller('lanhdao').reports.diff({ fromEditionId: SEED } as never));
    expect(bad.fieldErrors).toEqual([
      { path: 'toEditionId', message: 'Bản so sánh với: không được để trống' },
    ]);
    const missing = await rejectionOf(
      env.caller('lanhdao').reports.diff({ fromEditionId: SEED, toEditionId: 'nope' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('reports.openCorrection: rejected and forbidden', () => {
  it('requires a change note and an approved edition', async () => {
    const noNote = await rejectionOf(
      env.caller('lanhdao').reports.openCorrection({ editionId: SEED, changeNote: '' }),
    );
    expect(noNote.fieldErrors).toEqual([
      { path: 'changeNote', message: 'Nội dung đính chính: phải có ít nhất 5 ký tự' },
    ]);
    const draft = await createTestReport(env.database.db);
    const notApproved = await rejectionOf(
      env.caller('lanhdao').reports.openCorrection({ editionId: draft.editionId, changeNote: CHANGE_NOTE }),
    );
    expect(notApproved).toMatchObject({
      code: 'PRECONDITION_FAILED',
      userMessage: 'Chỉ mở đính chính cho báo cáo đã duyệt.',
    });
  });

  it('is forbidden to an editor and the administrator', async () => {
    for (const user of ['chuyenvien', 'quantri'] as const) {
      const rejection = await rejectionOf(
        env.caller(user).reports.openCorrection({ editionId: SEED, changeNote: CHANGE_NOTE }),
      );
      expect(rejection.code, user).toBe('FORBIDDEN');
    }
  });
});
