import type { ExchangeListingInput, Publication, StTaskInput } from '@khcn/domain';
import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from './support/test-environment.ts';
import { rejectionOf } from './support/trpc-error.ts';

const env = useTestEnvironment();

const roadTask: StTaskInput = {
  id: 'task-duong-giao-thong',
  code: 'ĐTKHCN.07/2025',
  title: 'Nghiên cứu ứng dụng vật liệu mới trong bảo trì mặt đường giao thông nông thôn tỉnh Hưng Yên',
  level: 'provincial',
  field: 'Kỹ thuật và công nghệ',
  hostOrganisation: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  budget: { stateBudget: 850 },
  events: [{ id: 'ev-duong-approved', kind: 'approved', period: '2025-01', date: '2025-01-03' }],
};

const listing = (id: string, overrides: Partial<ExchangeListingInput> = {}): ExchangeListingInput => ({
  id,
  kind: 'offer',
  title: 'Công nghệ sấy lạnh nông sản',
  field: 'Chế biến nông sản',
  summary: 'Máy sấy lạnh dùng bơm nhiệt, giữ màu và vitamin của nông sản.',
  owner: 'Công ty TNHH Công nghệ Sấy Việt',
  readiness: 7,
  ipStatus: 'utility_solution',
  ipNumber: '2-0002345',
  priceMode: 'negotiable',
  contact: { name: 'Phòng kinh doanh', phone: '0221 3862 000', isPublic: true },
  listedOn: '2024-10-01',
  expiresOn: '2024-12-30',
  ...overrides,
});

describe('records.create and records.get', () => {
  it('creates a task at version 1 and reads it back, audited', async () => {
    const created = await env.caller('chuyenvien').records.create({ kind: 'task', data: roadTask });
    expect(created).toEqual({ id: roadTask.id, version: 1 });
    const stored = await env.caller('vanthu').records.get({ kind: 'task', id: roadTask.id });
    expect(stored).toMatchObject({
      kind: 'task',
      version: 1,
      data: { title: roadTask.title, level: 'provincial' },
    });
    const audit = await env.auditEntries({ entityId: roadTask.id });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['record.create', 'user-chuyenvien']]);
  });

  it('refuses a duplicate id, even of another kind', async () => {
    const sameKind = await rejectionOf(
      env.caller('chuyenvien').records.create({ kind: 'task', data: roadTask }),
    );
    expect(sameKind).toMatchObject({ code: 'CONFLICT', domainCode: 'DUPLICATE' });
    const otherKind = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'appraisal',
        data: { id: roadTask.id, period: '2025-01', sector: 'sản xuất bao bì' },
      }),
    );
    expect(otherKind).toMatchObject({ code: 'CONFLICT', domainCode: 'DUPLICATE' });
  });

  it('names bad fields in Vietnamese, including cross-field rules', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'task',
        data: { ...roadTask, id: 'task-bad', title: '', startDate: '2026-01-01', endDate: '2025-01-01' },
      }),
    );
    expect(rejection.code).toBe('BAD_REQUEST');
    expect(rejection.fieldErrors).toEqual(
      expect.arrayContaining([{ path: 'data.title', message: 'Tiêu đề: không được để trống' }]),
    );
    const dates = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'task',
        data: { ...roadTask, id: 'task-bad', startDate: '2026-01-01', endDate: '2025-01-01' },
      }),
    );
    expect(dates.fieldErrors).toEqual([
      { path: 'data.endDate', message: 'Ngày kết thúc: phải sau ngày bắt đầu' },
    ]);
    const kind = await rejectionOf(
      env.caller('chuyenvien').records.create({ kind: 'nope', data: {} } as never),
    );
    expect(kind.code).toBe('BAD_REQUEST');
  });

  it('is forbidden to the clerk and the administrator, and without a session', async () => {
    for (const user of ['vanthu', 'quantri'] as const) {
      const rejection = await rejectionOf(
        env.caller(user).records.create({ kind: 'task', data: { ...roadTask, id: `task-by-${user}` } }),
      );
      expect(rejection.code, user).toBe('FORBIDDEN');
    }
    expect(await rejectionOf(env.caller(null).records.get({ kind: 'task', id: roadTask.id }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('answers NOT_FOUND in Vietnamese', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.get({ kind: 'task', id: 'task-none' }),
    );
    expect(rejection).toMatchObject({
      code: 'NOT_FOUND',
      userMessage: 'Không tìm thấy hồ sơ nhiệm vụ KH&CN (mã task-none).',
    });
  });
});

describe('records.list', () => {
  it('finds "đường" when the user types "duong", ignoring tones and case', async () => {
    for (const query of ['duong', 'DUONG giao thong', 'mặt đường', 'dai hoc su pham']) {
      const page = await env.caller('chuyenvien').records.list({ kind: 'task', query });
      expect(
        page.items.map((r) => r.data.id),
        query,
      ).toEqual([roadTask.id]);
    }
    const seedTask = await env
      .caller('chuyenvien')
      .records.list({ kind: 'task', query: 'dong trung ha thao' });
    expect(seedTask.items.map((r) => r.data.id)).toEqual(['task-ntmn-dong-trung-ha-thao']);
    const none = await env.caller('chuyenvien').records.list({ kind: 'task', query: 'duong sat' });
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('filters by level, year, period and paginates', async () => {
    const national = await env.caller('chuyenvien').records.list({ kind: 'task', level: 'national' });
    expect(national.total).toBe(3);
    const provincial2025 = await env
      .caller('chuyenvien')
      .records.list({ kind: 'task', level: 'provincial', year: 2025 });
    expect(provincial2025.items.map((r) => r.data.id)).toEqual([roadTask.id]);
    const november = await env.caller('chuyenvien').records.list({ kind: 'appraisal', period: '2024-11' });
    expect(november.total).toBe(5);
    const page1 = await env.caller('chuyenvien').records.list({ kind: 'appraisal', page: 1, pageSize: 2 });
    const page3 = await env.caller('chuyenvien').records.list({ kind: 'appraisal', page: 3, pageSize: 2 });
    expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2, pageCount: 3 });
    expect(page1.items).toHaveLength(2);
    expect(page3.items).toHaveLength(1);
  });

  it('refuses a page size over 100, naming the field', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.list({ kind: 'task', pageSize: 101 }),
    );
    expect(rejection.fieldErrors).toEqual([
      { path: 'pageSize', message: 'Số dòng mỗi trang: phải nhỏ hơn hoặc bằng 100' },
    ]);
  });
});

describe('records.update', () => {
  it('saves with the version the user started from; a stale save gets CONFLICT and is audited', async () => {
    const { version, data } = await env.caller('chuyenvien').records.get({ kind: 'task', id: roadTask.id });
    const first = await env.caller('chuyenvien').records.update({
      version,
      record: { kind: 'task', data: { ...data, principalInvestigator: 'TS. Nguyễn Văn An' } as StTaskInput },
    });
    expect(first.version).toBe(version + 1);
    const stale = await rejectionOf(
      env.caller('truongphong').records.update({
        version,
        record: {
          kind: 'task',
          data: { ...data, principalInvestigator: 'TS. Trần Văn Bình' } as StTaskInput,
        },
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { currentVersion: version + 1 } });
    expect((stale.details.currentData as { principalInvestigator: string }).principalInvestigator).toBe(
      'TS. Nguyễn Văn An',
    );
    const audit = await env.auditEntries({ action: 'record.update', entityId: roadTask.id });
    expect(audit.map((a) => [a.actorId, a.outcome])).toEqual([
      ['user-truongphong', 'rejected'],
      ['user-chuyenvien', 'ok'],
    ]);
  });

  it('answers NOT_FOUND for an unknown record and FORBIDDEN for the clerk', async () => {
    expect(
      await rejectionOf(
        env
          .caller('chuyenvien')
          .records.update({ version: 1, record: { kind: 'task', data: { ...roadTask, id: 'x' } } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await rejectionOf(
        env.caller('vanthu').records.update({ version: 1, record: { kind: 'task', data: roadTask } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('file references in records', () => {
  const BULLETIN = 'publication-bulletin-2024-04';
  const MANUAL = 'publication-rice-dh9-thao-cam-9';
  const tinyPdf = new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  const getPublication = async (id: string) =>
    (await env.caller('chuyenvien').records.get({ kind: 'publication', id })) as {
      version: number;
      data: Publication;
    };
  async function uploadTo(id: string) {
    const { version } = await env.caller('chuyenvien').records.get({ kind: 'publication', id });
    return env
      .caller('chuyenvien')
      .records.uploadPublicationPdf({ id, version, fileName: `${id}.pdf`, pdf: tinyPdf });
  }

  it('records.update cannot point a publication at another record’s upload (or any file id)', async () => {
    const { fileId } = await uploadTo(BULLETIN);
    const manual = await getPublication(MANUAL);
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.update({
        version: manual.version,
        record: { kind: 'publication', data: { ...manual.data, pdfFileId: fileId } } as never,
      }),
    );
    expect(rejection).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: [
        { path: 'record.data.pdfFileId', message: 'Tệp PDF: chỉ gắn được bằng cách tải tệp lên' },
      ],
    });
    const after = await getPublication(MANUAL);
    expect(after.version).toBe(manual.version);
    expect(after.data.pdfFileId).toBe(manual.data.pdfFileId);
  });

  it('records.create cannot set a file id either', async () => {
    const { fileId } = await uploadTo(BULLETIN);
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'publication',
        data: {
          id: 'publication-co-tep-muon',
          kind: 'bulletin',
          title: 'Ấn phẩm mượn tệp của ấn phẩm khác',
          period: '2025-01',
          year: 2025,
          pdfFileId: fileId,
        },
      } as never),
    );
    expect(rejection.fieldErrors).toEqual([
      { path: 'data.pdfFileId', message: 'Tệp PDF: chỉ gắn được bằng cách tải tệp lên' },
    ]);
  });

  it('an ordinary save keeps the uploaded PDF, whether the form sends its id back or not', async () => {
    const { fileId } = await uploadTo(BULLETIN);
    const current = await getPublication(BULLETIN);
    const withId = await env.caller('chuyenvien').records.update({
      version: current.version,
      record: {
        kind: 'publication',
        data: { ...current.data, title: `${current.data.title} (sửa)` },
      } as never,
    });
    const { pdfFileId: _dropped, ...withoutFile } = current.data;
    await env.caller('chuyenvien').records.update({
      version: withId.version,
      record: { kind: 'publication', data: withoutFile } as never,
    });
    const after = await getPublication(BULLETIN);
    expect(after.data.pdfFileId).toBe(fileId);
  });
});

describe('exchange listings: renew and expire', () => {
  it('renews a listing for a quarter from today (the test clock: 2025-01-06)', async () => {
    await env.caller('chuyenvien').records.create({ kind: 'listing', data: listing('listing-say-lanh') });
    const renewed = await env
      .caller('chuyenvien')
      .records.renewListing({ id: 'listing-say-lanh', version: 1 });
    expect(renewed.version).toBe(2);
    expect(renewed.listing).toMatchObject({
      renewedOn: '2025-01-06',
      expiresOn: '2025-04-06',
      status: 'active',
    });
    const active = await env.caller('chuyenvien').records.list({ kind: 'listing', activeOn: '2025-03-01' });
    expect(active.items.map((r) => r.data.id)).toEqual(['listing-say-lanh']);
  });

  it('expires a listing: it leaves the active list', async () => {
    const expired = await env
      .caller('truongphong')
      .records.expireListing({ id: 'listing-say-lanh', version: 2 });
    expect(expired.listing.status).toBe('expired');
    const active = await env.caller('chuyenvien').records.list({ kind: 'listing', activeOn: '2025-03-01' });
    expect(active.items).toEqual([]);
  });

  it('refuses a stale version, an unknown listing, bad input and the clerk', async () => {
    expect(
      await rejectionOf(
        env.caller('chuyenvien').records.renewListing({ id: 'listing-say-lanh', version: 1 }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await rejectionOf(env.caller('chuyenvien').records.renewListing({ id: 'listing-none', version: 1 })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const bad = await rejectionOf(
      env.caller('chuyenvien').records.renewListing({ id: 'listing-say-lanh', version: 0 }),
    );
    expect(bad.fieldErrors).toEqual([{ path: 'version', message: 'Phiên bản: phải lớn hơn hoặc bằng 1' }]);
    expect(
      await rejectionOf(env.caller('vanthu').records.expireListing({ id: 'listing-say-lanh', version: 3 })),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('validates a listing with the domain rules (patent needs its number)', async () => {
    const rejection = await rejectionOf(
      env.caller('chuyenvien').records.create({
        kind: 'listing',
        data: listing('listing-no-number', { ipStatus: 'patent', ipNumber: undefined }),
      }),
    );
    expect(rejection.fieldErrors).toEqual([
      { path: 'data.ipNumber', message: 'Số văn bằng: cần ghi khi công nghệ đã được bảo hộ' },
    ]);
  });
});
