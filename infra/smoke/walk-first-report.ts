/**
 * The first-deploy runbook's step 9 "in the admin app", done through the API behind nginx (TLS, the admin host):
 * the first admin signs in with the temporary password and replaces it, sets the department's identity (Điện Biên,
 * not Hưng Yên) and its report frame, creates an editor and a leader; the editor writes a short report and submits
 * it; the leader approves it. Then the public site (through nginx) and the official .docx must carry that
 * identity and frame and nothing of Hưng Yên. Before any of it, the first publication must be the neutral site.
 *
 * Run by first-deploy-smoke.sh with PUBLIC_HOST, ADMIN_HOST, HTTPS_PORT, TLS_CERT, ADMIN_USERNAME, ADMIN_PASSWORD.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`walk-first-report: ${name} is not set`);
  return value;
};
const publicHost = env('PUBLIC_HOST');
const adminHost = env('ADMIN_HOST');
const port = Number(env('HTTPS_PORT'));
const ca = readFileSync(env('TLS_CERT'));
const adminOrigin = `https://${adminHost}${port === 443 ? '' : `:${port}`}`;

type Response = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** HTTPS to 127.0.0.1 for `host`, verifying the certificate against the smoke test's own CA. */
function https(
  host: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Response>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? 'GET',
        servername: host,
        ca,
        headers: { host, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`walk-first-report: ${message}`);
}

/** A signed-in member of staff: tRPC calls through nginx with the session cookie and the admin origin. */
class Staff {
  cookie = '';
  readonly username: string;
  constructor(username: string) {
    this.username = username;
  }

  private remember(res: Response) {
    const setCookie = res.headers['set-cookie'] ?? [];
    for (const c of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const m = /^khcn_session=([^;]*)/.exec(c);
      if (m) this.cookie = m[1] ?? '';
    }
  }

  private result(path: string, res: Response): any {
    const text = res.body.toString();
    assert(res.status === 200, `${path} as ${this.username}: HTTP ${res.status} ${text.slice(0, 500)}`);
    return (JSON.parse(text) as { result: { data: unknown } }).result.data;
  }

  async mutate(path: string, input: unknown): Promise<any> {
    const res = await https(adminHost, `/trpc/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: adminOrigin,
        cookie: `khcn_session=${this.cookie}`,
      },
      body: JSON.stringify(input),
    });
    this.remember(res);
    return this.result(path, res);
  }

  async query(path: string, input?: unknown): Promise<any> {
    const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const res = await https(adminHost, `/trpc/${path}${q}`, {
      headers: { cookie: `khcn_session=${this.cookie}` },
    });
    return this.result(path, res);
  }

  /** Signs in with a temporary password and replaces it, as the admin app makes a new account do. */
  static async firstSignIn(username: string, temporaryPassword: string): Promise<Staff> {
    const staff = new Staff(username);
    await staff.mutate('auth.signIn', { username, password: temporaryPassword });
    await staff.mutate('auth.changePassword', {
      currentPassword: temporaryPassword,
      // Each account its own password, not containing its user name (the password policy refuses that).
      newPassword: `Dien-Bien-2026!${[...username].reverse().join('').slice(0, 3).toUpperCase()}#${username.length}`,
    });
    return staff;
  }
}

async function publicPage(path: string): Promise<Response> {
  return https(publicHost, path);
}

const hungYen = /Hưng Yên|HƯNG YÊN|Hung Yen|Nguyễn Xuân Hải/;

// 0. The first publication (runbook step 9, before the identity): a neutral site asking for the identity.
const blank = await publicPage('/');
assert(blank.status === 200, `public home: HTTP ${blank.status}`);
assert(blank.body.toString().includes('data-identity-unset'), 'the first site does not ask for the identity');
assert(!hungYen.test(blank.body.toString()), 'the first site names Hưng Yên');
console.log('[walk] the first publication is neutral and asks for the department identity');

// 1. The first admin: temporary password, then Thông tin đơn vị and the report frame.
const admin = await Staff.firstSignIn(env('ADMIN_USERNAME'), env('ADMIN_PASSWORD'));
const siteUrl = `https://${publicHost}${port === 443 ? '' : `:${port}`}`;
await admin.mutate('settings.updateSite', {
  province: 'Điện Biên',
  parentBody: 'UBND TỈNH ĐIỆN BIÊN',
  departmentName: 'Sở Khoa học và Công nghệ tỉnh Điện Biên',
  departmentShortName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  departmentNameEnglish: 'Dien Bien Department of Science and Technology',
  symbolSuffix: 'SKHCN',
  address: 'Số 1, đường Võ Nguyên Giáp, thành phố Điện Biên Phủ',
  siteUrl,
  logoText: 'Sở KH&CN Điện Biên',
  licence: {
    name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
});
await admin.mutate('settings.updateReportFrame', {
  place: 'Điện Biên',
  closing: 'Sở Khoa học và Công nghệ tỉnh Điện Biên trân trọng báo cáo./.',
  recipients: [
    { name: 'Bộ Khoa học và Công nghệ', forReport: true },
    { name: 'UBND tỉnh Điện Biên', forReport: true },
    { name: 'Lưu: VT', forReport: false },
  ],
  archive: ['VT'],
  signature: {
    authority: 'deputy',
    authorityTitle: 'GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Lò Thị Mai',
  },
});
const divisions = ((await admin.query('settings.divisions')) as Array<{ code: string }>).map((d) => d.code);
for (const [username, displayName, roles] of [
  ['chuyenvien.db', 'Quàng Văn Hùng', ['editor']],
  ['lanhdao.db', 'Lò Thị Mai', ['leader']],
] as const) {
  await admin.mutate('users.create', {
    username,
    displayName,
    roles,
    divisions: roles[0] === 'editor' ? divisions : [],
    temporaryPassword: 'Tam-thoi-2026-xyz',
  });
}
console.log('[walk] identity, report frame and two accounts set by the first admin');

// 2. A short report: the editor writes one section and submits; the leader approves.
const editor = await Staff.firstSignIn('chuyenvien.db', 'Tam-thoi-2026-xyz');
const leader = await Staff.firstSignIn('lanhdao.db', 'Tam-thoi-2026-xyz');
const period = '2026-10';
const { editionId } = await editor.mutate('reports.create', { period });
const draft = await editor.query('reports.get', { editionId });
const section = draft.edition.content.sections.find((s: { key: string }) =>
  draft.can.editSections.includes(s.key),
);
assert(section, 'the editor can edit no section');
const narrative =
  'Trong tháng, Sở Khoa học và Công nghệ tỉnh Điện Biên triển khai kiểm tra đo lường tại các chợ trung tâm.';
await editor.mutate('reports.updateSection', {
  editionId,
  key: section.key,
  version: draft.sectionVersions[section.key] ?? 0,
  content: {
    title: section.title,
    blocks: [{ kind: 'paragraph', text: narrative }],
    facts: [],
    legalRefs: [],
    recordRefs: [],
  },
});
await editor.mutate('reports.submit', { editionId });
const review = await leader.query('reports.get', { editionId });
await leader.mutate('reports.approve', { editionId, contentHash: review.currentHash });
console.log(`[walk] report ${period} approved; waiting for its publication`);

// 3. The publication goes live (the worker builds it as the service user).
let reportPage: Response | undefined;
for (let i = 0; i < 240; i++) {
  const res = await publicPage(`/bao-cao/${period}/`);
  if (res.status === 200) {
    reportPage = res;
    break;
  }
  const list = await leader.query('publications.list', { limit: 5 });
  const items = (Array.isArray(list) ? list : list.items) as Array<{ status: string; error: string | null }>;
  const failed = items.find((p) => p.status === 'failed');
  assert(!failed, `the publication failed: ${failed?.error}`);
  await new Promise((r) => setTimeout(r, 1000));
}
assert(reportPage, `/bao-cao/${period}/ did not go live within 4 minutes`);
const reportHtml = reportPage.body.toString();
assert(reportHtml.includes(narrative), 'the report page lacks the approved narrative');
const home = (await publicPage('/')).body.toString();
assert(
  home.includes('Sở Khoa học và Công nghệ tỉnh Điện Biên'),
  'the home page does not name the department',
);
assert(!home.includes('data-identity-unset'), 'the home page still asks for the identity');
assert(!hungYen.test(home) && !hungYen.test(reportHtml), 'the public site names Hưng Yên');
console.log(
  '[walk] the public site (through nginx) carries the identity and the report, nothing of Hưng Yên',
);

// 4. The official .docx: the identity and the department's frame, nothing of the seed.
const docxPath = /href="([^"]+\.docx)"/.exec(reportHtml)?.[1];
assert(docxPath, 'the report page links no .docx');
const docx = await publicPage(new URL(docxPath, siteUrl).pathname);
assert(docx.status === 200, `${docxPath}: HTTP ${docx.status}`);
const file = join(mkdtempSync(join(tmpdir(), 'khcn-walk-')), 'bao-cao.docx');
writeFileSync(file, docx.body);
const text = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' })
  .replace(/<[^>]+>/g, '')
  .replace(/\s+/g, ' ');
for (const expected of [
  'UBND TỈNH ĐIỆN BIÊN',
  'Điện Biên, ngày',
  'Lò Thị Mai',
  'UBND tỉnh Điện Biên',
  narrative,
])
  assert(text.includes(expected), `the .docx lacks "${expected}"`);
assert(!hungYen.test(text), 'the .docx names Hưng Yên or its signer');
console.log('[walk] the official .docx carries the identity and the department frame');
