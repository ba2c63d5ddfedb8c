import { beforeAll, describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();
let editionId: string;
beforeAll(async () => {
  editionId = (await env.caller('chuyenvien').reports.create({ period: '2024-12', fromPreviousMonth: true }))
    .editionId;
  await env.caller('chuyenvien').reports.submit({ editionId });
  const review = await env.caller('lanhdao').reports.get({ editionId });
  await env.caller('lanhdao').reports.approve({ editionId, contentHash: review.currentHash });
  const task = await env.caller('chuyenvien.tdc').records.get({ kind: 'task', id: 'task-ntmn-biofloc' });
  await env.caller('chuyenvien.tdc').records.update({
    version: task.version,
    record: {
      kind: 'task',
      data: { ...task.data, title: 'Nhiệm vụ nuôi tôm công nghệ biofloc (tên mới)' },
    } as never,
  });
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('audit.list', () => {
  it('allowed: names the people, the report and the record, and says the changes in words', async () => {
    const { items } = await env.caller('lanhdao').audit.list({ page: 1, pageSize: 50 });
    const approval = items.find((e) => e.action === 'report.approve' && e.entityId === editionId)!;
    expect(approval).toMatchObject({
      actorName: 'Lãnh đạo Sở (tài khoản minh họa)',
      entityName: 'Báo cáo tháng 12 năm 2024',
    });
    expect(approval.changes).toEqual(
      expect.arrayContaining([
        { field: 'Trạng thái', before: 'Đã trình', after: 'Đã duyệt' },
        { field: 'Người trình', before: 'Trần Thị Minh (chuyên viên)', after: null },
        { field: 'Số văn bản', before: null, after: 'Số: 01/BC-SKHCN' },
        { field: 'Lượt xuất bản', before: null, after: expect.stringMatching(/^lượt xuất bản #\d+$/) },
      ]),
    );
    const submission = items.find((e) => e.action === 'report.submit' && e.entityId === editionId)!;
    expect(submission.changes).toContainEqual({
      field: 'Trạng thái',
      before: 'Soạn thảo',
      after: 'Đã trình',
    });

    const recordUpdate = items.find((e) => e.action === 'record.update')!;
    expect(recordUpdate.entityName).toBe('Nhiệm vụ nuôi tôm công nghệ biofloc (tên mới)');
    expect(recordUpdate.changes).toContainEqual(
      expect.objectContaining({ field: 'Tiêu đề', after: 'Nhiệm vụ nuôi tôm công nghệ biofloc (tên mới)' }),
    );

    for (const entry of items) {
      for (const text of [
        entry.entityName ?? '',
        ...entry.changes.flatMap((c) => [c.field, c.before ?? '', c.after ?? '']),
      ]) {
        expect(text, `${entry.action}: ${text}`).not.toMatch(UUID);
        expect(text, `${entry.action}: ${text}`).not.toMatch(/^[[{]/);
      }
    }
  });

  it('forbidden: a chuyên viên does not read the audit log', async () => {
    expect((await rejectionOf(env.caller('chuyenvien').audit.list({ page: 1, pageSize: 10 }))).code).toBe(
      'FORBIDDEN',
    );
  });
});
