/** Snapshots the tests build sites from: the seed, a richer synthetic one, and one full of script payloads. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PublicSnapshot } from '@khcn/domain';
import { generateLargeSnapshot } from '../../scripts/large-snapshot.generator.ts';
import { createSeedSnapshot } from '../../scripts/write-seed-snapshot.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Two years of reports with corrections, listings, declarations of conformity (demo data), documents (.docx/.pdf
 * written to `filesDir`).
 */
export function createRichSnapshot(filesDir: string): PublicSnapshot {
  const snapshot = generateLargeSnapshot({
    years: 2,
    tasks: 60,
    listings: 40,
    publications: 12,
    inspections: 24,
    declarations: 30,
    correctionEvery: 6,
    seed: 7,
  });
  mkdirSync(filesDir, { recursive: true });
  const attach = (name: string, bytes: Buffer) => {
    writeFileSync(path.join(filesDir, name), bytes);
    return { path: `files/${name}`, bytes: bytes.length, sha256: sha256(bytes) };
  };
  const latest = snapshot.reports[0]!;
  const edition = latest.editions[latest.editions.length - 1]!;
  edition.documents = {
    docx: attach(`${latest.period}-${edition.editionNo}.docx`, Buffer.from('PK\u0003\u0004 bao cao docx')),
    pdf: attach(`${latest.period}-${edition.editionNo}.pdf`, Buffer.from('%PDF-1.4\n% bao cao\n%%EOF\n')),
  };
  snapshot.publications[0]!.pdf = attach('ban-tin.pdf', Buffer.from('%PDF-1.4\n% ban tin\n%%EOF\n'));
  // The latest month's workshops and classes have their dates (events become schema.org Events then).
  snapshot.events
    .filter((e) => e.period === latest.period)
    .forEach((e, i) => {
      e.date = `${e.period}-${String(10 + i).padStart(2, '0')}`;
    });
  return snapshot;
}

export const XSS_PAYLOAD = `"'><script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=1;alert(1)">`;

/** Every free-text field of the schema: these reach the pages, feeds and open data. */
const textKeys = new Set([
  'subject',
  'place',
  'closing',
  'title',
  'text',
  'note',
  'name',
  'field',
  'summary',
  'owner',
  'programme',
  'hostOrganisation',
  'principalInvestigator',
  'objectives',
  'mainContent',
  'expectedResults',
  'resultSummary',
  'findings',
  'violations',
  'sanctions',
  'subjectArea',
  'conductedBy',
  'issuer',
  'sector',
  'projectName',
  'investor',
  'organisation',
  'technology',
  'certificateNumber',
  'changeNote',
  'publisher',
  'authorityTitle',
  'signerTitle',
  'signerName',
  'province',
  'parentBody',
  'departmentName',
  'departmentShortName',
  'departmentNameEnglish',
  'logoText',
  'address',
  'product',
  'productGroup',
  'organisationAddress',
  'certificationBody',
]);
const textListKeys = new Set(['items', 'contents']);

function inject(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key && textKeys.has(key) ? `${value} ${XSS_PAYLOAD}` : value;
  if (Array.isArray(value))
    return value.map((item) =>
      typeof item === 'string' && key && textListKeys.has(key) ? `${item} ${XSS_PAYLOAD}` : inject(item),
    );
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inject(v, k)]));
  return value;
}

/**
 * The seed snapshot plus one listing, one declaration of conformity and one correction, with a script payload in
 * every text field.
 */
export function createXssSnapshot(): unknown {
  const snapshot = createSeedSnapshot();
  snapshot.site = { ...snapshot.site, address: 'Số 1 đường Chùa Chuông', phone: '0221 3000000' };
  snapshot.listings.push({
    id: 'listing-xss',
    kind: 'offer',
    title: 'Công nghệ xử lý nước',
    field: 'Môi trường',
    summary: 'Hệ thống lọc nước quy mô hộ gia đình.',
    owner: 'Công ty cổ phần Đông Á',
    readiness: 6,
    ipStatus: 'none',
    priceMode: 'negotiable',
    contact: { name: 'Nguyễn Văn An', phone: '0221 3000000', email: 'lien-he@example.vn', isPublic: true },
    status: 'active',
    listedOn: '2024-11-20',
    expiresOn: '2025-02-18',
    isDemo: true,
    asOf: { period: '2024-11', editionNo: 1 },
  });
  snapshot.declarations.push({
    id: 'declaration-xss',
    period: '2024-11',
    kind: 'regulation',
    organisation: 'Công ty Cổ phần Thép Phố Nối',
    organisationAddress: 'Mỹ Hào, tỉnh Hưng Yên',
    product: 'Thép cốt bê tông',
    productGroup: 'Thép và sản phẩm thép',
    standardCode: 'QCVN 7:2019/BKHCN',
    assessment: 'certification',
    certificationBody: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1',
    certificateNumber: '2207/2024/TĐC1',
    noticeNumber: '131/TB-TĐC',
    noticeDate: '2024-11-18',
    note: 'Thép thanh vằn',
    isDemo: true,
    asOf: { period: '2024-11', editionNo: 1 },
  });
  const report = snapshot.reports[0]!;
  const first = report.editions[0]!;
  const corrected = structuredClone(first);
  corrected.editionNo = 2;
  corrected.changeNote = 'Đính chính tên hội thảo';
  const section = corrected.content.sections.find((s) => s.blocks.length > 0)!;
  section.blocks = [...section.blocks, { kind: 'paragraph', text: 'Đoạn văn bổ sung khi đính chính.' }];
  report.editions.push(corrected);
  const injected = inject(snapshot) as typeof snapshot;
  injected.site.phone = `0221 3000000 ${XSS_PAYLOAD}`;
  return injected;
}
