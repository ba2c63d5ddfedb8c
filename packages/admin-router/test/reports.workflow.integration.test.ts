import { findEditionById, findPublication, updateEditionWorkflow } from '@khcn/db';
import { emptyFrozenRecords, withSection } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { createTestReport } from './support/test-report.ts';
import { createTestUser } from './support/test-user.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const jobsFor = async (publicationId?: string) =>
  (await env.queue.listJobs()).filter(
    (j) => publicationId === undefined || j.payload.publicationId === publicationId,
  );

describe('the seed report through the workflow by two demo accounts', () => {
  it('chuyenvien creates December from November and submits it; lanhdao approves; one publish job', async () => {
    const editor = env.caller('chuyenvien');
    const leader = env.caller('lanhdao');

    const created = await editor.reports.create({ period: '2024-12', fromPreviousMonth: true });
    const draft = await editor.reports.get({ editionId: created.editionId });
    expect(draft.edition.status).toBe('draft');
    expect(draft.edition.content.subject).toContain('tháng 12 năm 2024');
    expect(draft.hasBlockingFindings, JSON.stringify(draft.findings)).toBe(false);

    const submitted = await editor.reports.submit({ editionId: created.editionId });
    expect(submitted.contentHash).toBe(draft.currentHash);

    const review = await leader.reports.get({ period: '2024-12' });
    expect(review.edition.status).toBe('in_review');
    expect(review.edition.submittedBy).toBe('user-chuyenvien');
    expect(review.can.approve).toBe(true);

    const jobsBefore = (await jobsFor()).length;
    const approved = await leader.reports.approve({
      editionId: created.editionId,
      contentHash: review.currentHash,
    });
    // Issued on Monday 6 January 2025 (the test clock): the first report number of 2025.
    expect(approved.number).toEqual({ sequence: 1, symbol: 'BC-SKHCN' });
    expect(approved.issuedOn).toBe('2025-01-06');

    const jobs = await jobsFor();
    expect(jobs.length - jobsBefore).toBe(1);
    expect(await jobsFor(approved.publicationId)).toEqual([
      expect.objectContaining({
        id: approved.jobId,
        state: 'created',
        payload: { publicationId: approved.publicationId },
      }),
    ]);
    const publication = await findPublication(env.database.db, approved.publicationId);
    expect(publication).toMatchObject({
      status: 'queued',
      trigger: 'approval',
      editionId: created.editionId,
    });

    const final = await leader.reports.get({ editionId: created.editionId });
    expect(final.edition).toMatchObject({
      status: 'approved',
      approvedBy: 'user-lanhdao',
      submittedBy: 'user-chuyenvien',
      number: { sequence: 1, symbol: 'BC-SKHCN' },
      issuedOn: '2025-01-06',
      contentHash: review.currentHash,
    });

    const audit = await env.auditEntries({
      entityKind: 'report_edition',
      entityId: created.editionId,
      pageSize: 10,
    });
    expect(audit.map((a) => [a.action, a.actorId, a.outcome]).reverse()).toEqual([
      ['report.create', 'user-chuyenvien', 'ok'],
      ['report.submit', 'user-chuyenvien', 'ok'],
      ['report.approve', 'user-lanhdao', 'ok'],
    ]);
  });

  it('freezes the linked records and the content hash into the approved edition', async () => {
    const leader = env.caller('lanhdao');
    const december = await leader.reports.get({ period: '2024-12' });
    const linkedTasks = december.edition.content.sections
      .flatMap((s) => s.recordRefs)
      .filter((r) => r.kind === 'task');
    expect(linkedTasks.length).toBeGreaterThan(0);
    const stored = await findEditionById(env.database.db, december.edition.id);
    expect(stored?.frozenRecords?.tasks.map((t) => t.id).sort()).toEqual(linkedTasks.map((r) => r.id).sort());
    expect(stored?.edition.contentHash).toBe(december.currentHash);
  });

  it('numbers the next approval of the year after it', async () => {
    const report = await createTestReport(env.database.db, {
      status: 'in_review',
      submittedBy: 'user-chuyenvien',
    });
    const leader = env.caller('lanhdao');
    const { currentHash } = await leader.reports.get({ editionId: report.editionId });
    const approved = await leader.reports.approve({ editionId: report.editionId, contentHash: currentHash });
    expect(approved.number.sequence).toBe(2);
  });
});

describe('reports.submit', () => {
  it('rejects a draft whose figures do not reconcile, listing the errors in Vietnamese', async () => {
    const report = await createTestReport(env.database.db, {
      edit: (content) =>
        withSection(content, 'A.II.1.1', (s) => ({
          ...s,
          facts: s.facts.map((f) =>
            f.indicator === 'tasks.checked' ? { ...f, value: 8, asWritten: '08' } : f,
          ),
        })),
    });
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.submit({ editionId: report.editionId }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.userMessage).toMatch(/^Chưa thể trình: báo cáo còn 1 lỗi số liệu/);
    expect(rejection.userMessage).toContain('lời văn ghi 7 nhưng số liệu là 8');
    expect(rejection.fieldErrors[0]?.path).toBe('sections.A.II.1.1.facts.1.value');
    const after = await env.caller('chuyenvien').reports.get({ editionId: report.editionId });
    expect(after.edition.status).toBe('draft');
  });

  it('refuses a report that is already submitted', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const rejection = await rejectionOf(
      env.caller('chuyenvien').reports.submit({ editionId: report.editionId }),
    );
    expect(rejection).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'INVALID_TRANSITION' });
    expect(rejection.userMessage).toBe('Không thể thực hiện vì báo cáo đã trình.');
  });

  it('is bad input without an edition id, naming the field in Vietnamese', async () => {
    const rejection = await rejectionOf(env.caller('chuyenvien').reports.submit({} as { editionId: string }));
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual([
      { path: 'editionId', message: 'Mã bản báo cáo: không được để trống' },
    ]);
  });

  it('is forbidden to a leader (leaders approve, they do not submit) and without a session', async () => {
    const report = await createTestReport(env.database.db);
    expect(
      await rejectionOf(env.caller('lanhdao').reports.submit({ editionId: report.editionId })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await rejectionOf(env.caller(null).reports.submit({ editionId: report.editionId }))).toMatchObject(
      {
        code: 'UNAUTHORIZED',
      },
    );
  });
});

describe('reports.return', () => {
  it('sends a submitted report back to draft with the reason', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    await env
      .caller('truongphong')
      .reports.return({ editionId: report.editionId, reason: 'Bổ sung số liệu mục IV' });
    const after = await env.caller('chuyenvien').reports.get({ editionId: report.editionId });
    expect(after.edition).toMatchObject({ status: 'draft', returnReason: 'Bổ sung số liệu mục IV' });
  });

  it('requires a reason', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const rejection = await rejectionOf(
      env.caller('lanhdao').reports.return({ editionId: report.editionId, reason: ' ' }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual([{ path: 'reason', message: 'Lý do: phải có ít nhất 5 ký tự' }]);
  });

  it('is forbidden to an editor and to a clerk', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    for (const user of ['chuyenvien', 'vanthu'] as const) {
      const rejection = await rejectionOf(
        env.caller(user).reports.return({ editionId: report.editionId, reason: 'Không đồng ý nội dung' }),
      );
      expect(rejection.code, user).toBe('FORBIDDEN');
    }
  });
});

describe('reports.approve', () => {
  it('refuses content changed since the leader reviewed it, and enqueues no job', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const jobsBefore = (await jobsFor()).length;
    const rejection = await rejectionOf(
      env.caller('lanhdao').reports.approve({ editionId: report.editionId, contentHash: 'a'.repeat(64) }),
    );
    expect(rejection).toMatchObject({ code: 'CONFLICT', domainCode: 'CONTENT_CHANGED' });
    expect(rejection.userMessage).toContain('Nội dung báo cáo đã thay đổi');
    expect((await jobsFor()).length).toBe(jobsBefore);
    const after = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    expect(after.edition).toMatchObject({ status: 'in_review', number: null, issuedOn: null });
    const audit = await env.auditEntries({
      action: 'report.approve',
      entityId: report.editionId,
      pageSize: 10,
    });
    expect(audit.map((a) => a.outcome)).toEqual(['rejected']);
  });

  describe('covers the linked records as the leader reviewed them', () => {
    const TASK = 'task-ntmn-biofloc';
    /** Another division's editor changes a record the report links (records are not scoped to divisions). */
    async function retitleLinkedTask(title: string) {
      const other = env.caller('chuyenvien.tdc');
      const current = await other.records.get({ kind: 'task', id: TASK });
      await other.records.update({
        version: current.version,
        record: { kind: 'task', data: { ...current.data, title } } as never,
      });
    }
    async function submittedReportLinkingTheTask() {
      const report = await createTestReport(env.database.db);
      expect(report.content.sections.some((s) => s.recordRefs.some((r) => r.id === TASK))).toBe(true);
      await env.caller('chuyenvien').reports.submit({ editionId: report.editionId });
      return report;
    }

    it('refuses the approval with CONTENT_CHANGED when a linked record changed after the leader read it', async () => {
      const report = await submittedReportLinkingTheTask();
      const review = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
      await retitleLinkedTask('Tên nhiệm vụ bị sửa sau khi lãnh đạo đã đọc');
      const jobsBefore = (await jobsFor()).length;

      const rejection = await rejectionOf(
        env
          .caller('lanhdao')
          .reports.approve({ editionId: report.editionId, contentHash: review.currentHash }),
      );
      expect(rejection).toMatchObject({ code: 'CONFLICT', domainCode: 'CONTENT_CHANGED' });
      expect(rejection.userMessage).toContain('hồ sơ liên kết');
      expect((await jobsFor()).length).toBe(jobsBefore);
      const stored = await findEditionById(env.database.db, report.editionId);
      expect(stored?.edition.status).toBe('in_review');
      expect(stored?.frozenRecords ?? null).toBeNull();
    });

    it('refuses it too when the record changed between submission and review', async () => {
      const report = await submittedReportLinkingTheTask();
      await retitleLinkedTask('Tên nhiệm vụ bị sửa sau khi trình');
      const review = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
      const rejection = await rejectionOf(
        env
          .caller('lanhdao')
          .reports.approve({ editionId: report.editionId, contentHash: review.currentHash }),
      );
      expect(rejection.domainCode).toBe('CONTENT_CHANGED');
    });

    it('approves once returned and submitted again, freezing the record exactly as reviewed', async () => {
      const report = await submittedReportLinkingTheTask();
      const title = 'Tên nhiệm vụ đã sửa, trình lại và được duyệt';
      await retitleLinkedTask(title);
      await env
        .caller('lanhdao')
        .reports.return({ editionId: report.editionId, reason: 'Hồ sơ liên kết đã đổi' });
      await env.caller('chuyenvien').reports.submit({ editionId: report.editionId });
      const review = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
      const approved = await env
        .caller('lanhdao')
        .reports.approve({ editionId: report.editionId, contentHash: review.currentHash });
      expect(approved.contentHash).toBe(review.currentHash);
      const stored = await findEditionById(env.database.db, report.editionId);
      expect(stored?.frozenRecords?.tasks.find((t) => t.id === TASK)?.title).toBe(title);
    });

    it('gives a draft a new hash when a linked record changes, though its own text did not', async () => {
      const report = await createTestReport(env.database.db);
      const before = await env.caller('chuyenvien').reports.get({ editionId: report.editionId });
      await retitleLinkedTask('Tên nhiệm vụ đổi trong lúc soạn');
      const after = await env.caller('chuyenvien').reports.get({ editionId: report.editionId });
      expect(after.currentHash).not.toBe(before.currentHash);
    });
  });

  it('refuses self-approval (domain rule), audits the attempt and enqueues no job', async () => {
    // A deputy director who also keeps the records desk: may submit and approve, never the same report.
    const dual = await createTestUser(env.database.db, { roles: ['leader', 'clerk'], divisions: ['VP'] });
    const report = await createTestReport(env.database.db);
    await env.caller(dual).reports.submit({ editionId: report.editionId });
    const { currentHash, can } = await env.caller(dual).reports.get({ editionId: report.editionId });
    expect(can.approve).toBe(false);
    const jobsBefore = (await jobsFor()).length;
    const rejection = await rejectionOf(
      env.caller(dual).reports.approve({ editionId: report.editionId, contentHash: currentHash }),
    );
    expect(rejection).toMatchObject({
      code: 'FORBIDDEN',
      domainCode: 'SELF_APPROVAL',
      userMessage: 'Người trình báo cáo không được tự phê duyệt.',
    });
    expect((await jobsFor()).length).toBe(jobsBefore);
    const audit = await env.auditEntries({
      action: 'report.approve',
      entityId: report.editionId,
      pageSize: 10,
    });
    expect(audit.map((a) => [a.actorId, a.outcome])).toEqual([[dual.userId, 'rejected']]);
    // Another leader may approve it.
    const approved = await env
      .caller('lanhdao')
      .reports.approve({ editionId: report.editionId, contentHash: currentHash });
    expect(await jobsFor(approved.publicationId)).toHaveLength(1);
  });

  it('refuses self-approval in the database too', async () => {
    const report = await createTestReport(env.database.db, {
      status: 'in_review',
      submittedBy: 'user-lanhdao',
    });
    await expect(
      updateEditionWorkflow(env.database.db, {
        editionId: report.editionId,
        expectedStatus: 'in_review',
        at: new Date(),
        patch: {
          status: 'approved',
          approvedBy: 'user-lanhdao',
          approvedAt: new Date(),
          number: { sequence: 99, symbol: 'BC-SKHCN', year: 2099 },
          issuedOn: '2099-01-01',
          contentHash: 'b'.repeat(64),
          frozenRecords: emptyFrozenRecords(),
        },
      }),
    ).rejects.toThrow(/report_editions_not_self_approved/);
  });

  it('refuses a draft (not submitted) and bad input', async () => {
    const report = await createTestReport(env.database.db);
    const { currentHash } = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    expect(
      await rejectionOf(
        env.caller('lanhdao').reports.approve({ editionId: report.editionId, contentHash: currentHash }),
      ),
    ).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'INVALID_TRANSITION' });
    const bad = await rejectionOf(
      env.caller('lanhdao').reports.approve({ editionId: report.editionId, contentHash: 'x' }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.fieldErrors).toEqual([
      { path: 'contentHash', message: 'Mã băm nội dung: không đúng định dạng' },
    ]);
  });

  it('is forbidden to everyone but a leader', async () => {
    const report = await createTestReport(env.database.db, { status: 'in_review' });
    const { currentHash } = await env.caller('lanhdao').reports.get({ editionId: report.editionId });
    for (const user of ['chuyenvien', 'truongphong', 'vanthu', 'quantri'] as const) {
      const rejection = await rejectionOf(
        env.caller(user).reports.approve({ editionId: report.editionId, contentHash: currentHash }),
      );
      expect(rejection.code, user).toBe('FORBIDDEN');
    }
  });
});
