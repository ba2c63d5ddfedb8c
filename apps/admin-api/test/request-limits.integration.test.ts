/** Bounded work per request: body sizes, batch sizes, and text that cannot be stored, over real HTTP. */
import { beforeAll, describe as group, expect, it } from 'vitest';
import { describe, mutate, query } from './support/api-client.ts';
import { createTestSession, createTestUser } from './support/factories.ts';
import { TEST_ORIGIN, useTestApp } from './support/test-app.ts';

const t = useTestApp();
let session: string;
beforeAll(async () => {
  const user = await createTestUser(t, { roles: ['editor', 'leader'] });
  session = await createTestSession(t, user.id);
});

const post = (path: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  t.app.request(`${TEST_ORIGIN}/trpc/${path}`, {
    method: 'POST',
    headers: {
      origin: TEST_ORIGIN,
      'content-type': 'application/json',
      cookie: `khcn_session=${session}`,
      'x-real-ip': '192.0.2.10',
      ...headers,
    },
    body,
  });

group('request bodies', () => {
  const section = (bytes: number) =>
    JSON.stringify({
      editionId: 'edition-x',
      key: 'A.I',
      version: 0,
      content: { title: 'Mục', blocks: [{ kind: 'paragraph', text: 'a'.repeat(bytes) }] },
    });

  it('refuses a body over 256 KB before parsing it: 413 with a Vietnamese message', async () => {
    const res = await post('reports.updateSection', section(300 * 1024));
    const text = await res.text();
    expect(res.status, text).toBe(413);
    expect(JSON.parse(text).error.message).toMatch(/^Dữ liệu gửi lên quá lớn \(tối đa 256 KB/);
  });

  it('refuses a streamed body over the limit too (no Content-Length to trust)', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6) controller.close();
        else {
          controller.enqueue(chunk);
          sent += 1;
        }
      },
    });
    const res = await t.app.request(`${TEST_ORIGIN}/trpc/records.create`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', cookie: `khcn_session=${session}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status, await res.text()).toBe(413);
  });

  it('lets a body under the limit through to the procedure', async () => {
    const res = await post('reports.updateSection', section(100 * 1024));
    expect(res.status, await res.text()).not.toBe(413);
  });

  it('accepts a large body on the PDF upload route only, and not when it is batched', async () => {
    const pdf = Buffer.alloc(2 * 1024 * 1024, 0x20);
    pdf.write('%PDF-1.4\n', 0, 'latin1');
    pdf.write('\n%%EOF\n', pdf.length - 7, 'latin1');
    const body = JSON.stringify({
      id: 'publication-x',
      version: 1,
      fileName: 'x.pdf',
      pdf: pdf.toString('base64'),
    });
    const upload = await post('records.uploadPublicationPdf', body);
    // Past the size check: the procedure itself answers (the record does not exist).
    expect(upload.status, await upload.text()).toBe(404);
    const batched = await post(
      'records.uploadPublicationPdf?batch=1',
      JSON.stringify({ 0: JSON.parse(body) }),
    );
    expect(batched.status).toBe(413);
  });
});

group('batches', () => {
  const batchGet = (calls: number) => {
    const paths = Array.from({ length: calls }, () => 'auth.me').join(',');
    const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [String(i), {}]));
    return t.app.request(
      `${TEST_ORIGIN}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { cookie: `khcn_session=${session}` } },
    );
  };

  it('answers a batch of up to 10 calls', async () => {
    const res = await batchGet(10);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toHaveLength(10);
  });

  it('refuses a batch of more than 10 calls before running any, in Vietnamese', async () => {
    for (const calls of [11, 200]) {
      const res = await batchGet(calls);
      const body = (await res.json()) as Array<{ error: { message: string } }>;
      expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(400);
      expect(body[0]?.error.message).toBe(
        'Yêu cầu gộp quá nhiều thao tác (tối đa 10); hãy gửi thành nhiều lần.',
      );
    }
  });
});

group('text that cannot be stored', () => {
  it('answers a lone surrogate in a JSON body with 400 naming the field, never 500', async () => {
    // JSON.stringify escapes a lone surrogate as \ud800: the server parses it back into one.
    const res = await mutate(
      t,
      'records.create',
      { kind: 'task', data: { id: 'task-lone', title: 'Nhiệm vụ \uD800', level: 'provincial', events: [] } },
      { session },
    );
    expect(res.status, describe(res)).toBe(400);
    expect(res.body.error.data.fieldErrors).toEqual([
      { path: 'data.title', message: expect.stringMatching(/: chứa ký tự không hợp lệ$/) },
    ]);
    const list = await query(t, 'records.list', { kind: 'task', query: 'x\uDC00' }, { session });
    expect(list.status, describe(list)).toBe(400);
  });
});
