/**
 * Open data: every public collection as JSON and as CSV (UTF-8 with BOM so Excel reads Vietnamese),
 * and a DCAT-AP catalogue of them in JSON-LD.
 */
import {
  currentEdition,
  eventKinds,
  factQualifiers,
  formatLegalReference,
  indicatorCatalogue,
  inspectionKinds,
  listingKinds,
  publicationKinds,
  taskEventKinds,
  taskLevels,
  taskStage,
} from '@khcn/domain';
import type { SiteModel } from './site-model.ts';

type Cell = string | number | boolean | null | undefined;
type Column<R> = { header: string; value: (row: R) => Cell };

export type Dataset = {
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  count: number;
  json: () => unknown;
  csv: () => string;
};

/**
 * RFC 4180 CSV with a BOM and CRLF. Text that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) is prefixed with ' (OWASP "CSV injection"); numbers are written as numbers.
 */
export function toCsv<R>(rows: readonly R[], columns: ReadonlyArray<Column<R>>): string {
  const cell = (value: Cell): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function dataset<R>(
  slug: string,
  title: string,
  description: string,
  keywords: string[],
  rows: readonly R[],
  columns: ReadonlyArray<Column<R>>,
  json: () => unknown = () => rows,
): Dataset {
  return { slug, title, description, keywords, count: rows.length, json, csv: () => toCsv(rows, columns) };
}

export function buildDatasets(model: SiteModel): Dataset[] {
  const s = model.snapshot;
  const abs = (url: string) => `${model.siteUrl}${url}`;
  const editions = s.reports.flatMap((r) => r.editions.map((e) => ({ period: r.period, e })));
  const facts = s.reports.flatMap((r) => {
    const e = currentEdition(r);
    return e.content.sections.flatMap((section) =>
      section.facts.map((fact) => ({ period: r.period, editionNo: e.editionNo, section, fact })),
    );
  });
  return [
    dataset(
      'bao-cao',
      'Báo cáo hoạt động hằng tháng',
      'Các lần ban hành của báo cáo kết quả hoạt động quản lý nhà nước về KH&CN hằng tháng; toàn văn từng báo cáo ở địa chỉ dữ liệu (JSON) của nó.',
      ['báo cáo', 'khoa học và công nghệ'],
      editions,
      [
        { header: 'Kỳ báo cáo', value: (x) => x.period },
        { header: 'Lần ban hành', value: (x) => x.e.editionNo },
        { header: 'Số', value: (x) => x.e.number.sequence },
        { header: 'Ký hiệu', value: (x) => x.e.number.symbol },
        { header: 'Ngày ban hành', value: (x) => x.e.issuedOn },
        { header: 'Thời điểm phê duyệt', value: (x) => x.e.approvedAt },
        { header: 'Nội dung đính chính', value: (x) => x.e.changeNote },
        { header: 'Trích yếu', value: (x) => x.e.content.subject },
        { header: 'Chức vụ người ký', value: (x) => x.e.content.signature?.signerTitle },
        { header: 'Người ký', value: (x) => x.e.content.signature?.signerName },
        { header: 'Mã băm nội dung (SHA-256)', value: (x) => x.e.contentHash },
        { header: 'Địa chỉ', value: (x) => abs(model.reportByPeriod.get(x.period)!.url) },
        { header: 'Toàn văn (JSON)', value: (x) => abs(model.reportByPeriod.get(x.period)!.jsonUrl) },
      ],
      () =>
        editions.map((x) => ({
          period: x.period,
          editionNo: x.e.editionNo,
          number: x.e.number,
          issuedOn: x.e.issuedOn,
          approvedAt: x.e.approvedAt,
          changeNote: x.e.changeNote,
          subject: x.e.content.subject,
          signature: x.e.content.signature,
          contentHash: x.e.contentHash,
          url: abs(model.reportByPeriod.get(x.period)!.url),
          dataUrl: abs(model.reportByPeriod.get(x.period)!.jsonUrl),
        })),
    ),
    dataset(
      'so-lieu',
      'Số liệu chỉ tiêu theo tháng',
      'Mọi số liệu có cấu trúc trong các báo cáo hiện hành: chỉ tiêu, giá trị, cách ghi trong văn bản, mục báo cáo.',
      ['số liệu', 'chỉ tiêu', 'thống kê'],
      facts,
      [
        { header: 'Kỳ báo cáo', value: (x) => x.period },
        { header: 'Lần ban hành', value: (x) => x.editionNo },
        { header: 'Mục', value: (x) => `${x.section.label} ${x.section.title}` },
        { header: 'Mã chỉ tiêu', value: (x) => x.fact.indicator },
        { header: 'Chỉ tiêu', value: (x) => indicatorCatalogue[x.fact.indicator].label },
        { header: 'Đơn vị', value: (x) => indicatorCatalogue[x.fact.indicator].unit },
        { header: 'Giá trị', value: (x) => x.fact.value },
        { header: 'Cách ghi trong văn bản', value: (x) => x.fact.asWritten },
        { header: 'Mức độ chính xác', value: (x) => factQualifiers[x.fact.qualifier] || 'chính xác' },
        { header: 'Ghi chú', value: (x) => x.fact.note },
      ],
      () =>
        facts.map((x) => ({
          period: x.period,
          editionNo: x.editionNo,
          sectionKey: x.section.key,
          sectionLabel: x.section.label,
          indicator: x.fact.indicator,
          indicatorLabel: indicatorCatalogue[x.fact.indicator].label,
          unit: indicatorCatalogue[x.fact.indicator].unit,
          value: x.fact.value,
          asWritten: x.fact.asWritten ?? null,
          qualifier: x.fact.qualifier,
          note: x.fact.note ?? null,
        })),
    ),
    dataset(
      'nhiem-vu',
      'Nhiệm vụ khoa học và công nghệ',
      'Thông tin công khai của các nhiệm vụ KH&CN và các mốc thực hiện, mỗi mốc dẫn lần ban hành báo cáo đã ghi nhận.',
      ['nhiệm vụ KH&CN', 'đề tài', 'dự án'],
      s.tasks,
      [
        { header: 'Mã định danh', value: (t) => t.id },
        { header: 'Mã số', value: (t) => t.code },
        { header: 'Tên nhiệm vụ', value: (t) => t.title },
        { header: 'Cấp quản lý', value: (t) => taskLevels[t.level] },
        { header: 'Chương trình', value: (t) => t.programme },
        { header: 'Lĩnh vực', value: (t) => t.field },
        { header: 'Tổ chức chủ trì', value: (t) => t.hostOrganisation },
        { header: 'Chủ nhiệm', value: (t) => t.principalInvestigator },
        { header: 'Ngày bắt đầu', value: (t) => t.startDate },
        { header: 'Ngày kết thúc', value: (t) => t.endDate },
        { header: 'Kinh phí NSNN (triệu đồng)', value: (t) => t.budget.stateBudget },
        { header: 'Kinh phí khác (triệu đồng)', value: (t) => t.budget.otherBudget },
        {
          header: 'Giai đoạn',
          value: (t) => {
            const stage = taskStage(t);
            return stage ? taskEventKinds[stage] : 'Chưa có mốc';
          },
        },
        { header: 'Tóm tắt kết quả', value: (t) => t.resultSummary },
        { header: 'Địa chỉ', value: (t) => abs(model.taskById.get(t.id)!.url) },
      ],
    ),
    dataset(
      'san-giao-dich',
      'Sàn giao dịch công nghệ',
      'Tin chào bán, nhu cầu công nghệ, thiết bị, dịch vụ KH&CN còn hiệu lực; liên hệ chỉ khi chủ sở hữu công khai.',
      ['sàn giao dịch công nghệ', 'chuyển giao công nghệ'],
      s.listings,
      [
        { header: 'Mã định danh', value: (l) => l.id },
        { header: 'Loại', value: (l) => listingKinds[l.kind] },
        { header: 'Tiêu đề', value: (l) => l.title },
        { header: 'Lĩnh vực', value: (l) => l.field },
        { header: 'Tóm tắt', value: (l) => l.summary },
        { header: 'Chủ sở hữu', value: (l) => l.owner },
        { header: 'TRL', value: (l) => l.readiness },
        { header: 'Sở hữu trí tuệ', value: (l) => l.ipStatus },
        { header: 'Số văn bằng', value: (l) => l.ipNumber },
        { header: 'Hình thức giá', value: (l) => l.priceMode },
        { header: 'Giá (triệu đồng)', value: (l) => l.price },
        { header: 'Ngày đăng', value: (l) => l.listedOn },
        { header: 'Ngày hết hạn', value: (l) => l.expiresOn },
        { header: 'Người liên hệ', value: (l) => l.contact?.name },
        { header: 'Điện thoại', value: (l) => l.contact?.phone },
        { header: 'Thư điện tử', value: (l) => l.contact?.email },
        { header: 'Dữ liệu minh họa', value: (l) => l.isDemo },
        { header: 'Địa chỉ', value: (l) => abs(model.listingById.get(l.id)!.url) },
      ],
    ),
    dataset(
      'an-pham',
      'Bản tin và ấn phẩm KH&CN',
      'Bản tin KH&CN, tài liệu và quy trình kỹ thuật do Sở phát hành.',
      ['bản tin', 'ấn phẩm'],
      s.publications,
      [
        { header: 'Mã định danh', value: (p) => p.id },
        { header: 'Loại', value: (p) => publicationKinds[p.kind] },
        { header: 'Tiêu đề', value: (p) => p.title },
        { header: 'Số', value: (p) => p.issueNumber },
        { header: 'Năm', value: (p) => p.year },
        { header: 'Ngày xuất bản', value: (p) => p.publishedOn },
        { header: 'Số lượng in', value: (p) => p.printRun },
        { header: 'Đơn vị thực hiện', value: (p) => p.publisher },
        { header: 'Tóm tắt', value: (p) => p.summary },
        { header: 'Tệp PDF', value: (p) => (p.pdf ? abs(`/${p.pdf.path}`) : null) },
        { header: 'Địa chỉ', value: (p) => abs(model.publicationById.get(p.id)!.url) },
      ],
    ),
    dataset(
      'thanh-tra-kiem-tra',
      'Kết quả thanh tra, kiểm tra',
      'Căn cứ, phạm vi, số đối tượng, kết quả và kết luận các cuộc thanh tra, kiểm tra trong lĩnh vực KH&CN.',
      ['thanh tra', 'kiểm tra'],
      s.inspections,
      [
        { header: 'Mã định danh', value: (i) => i.id },
        { header: 'Kỳ báo cáo', value: (i) => i.period },
        { header: 'Hình thức', value: (i) => inspectionKinds[i.kind] },
        { header: 'Tiêu đề', value: (i) => i.title },
        { header: 'Lĩnh vực', value: (i) => i.subjectArea },
        { header: 'Căn cứ pháp lý', value: (i) => i.legalBasis.map(formatLegalReference).join('; ') },
        { header: 'Đơn vị thực hiện', value: (i) => i.conductedBy },
        { header: 'Số cuộc', value: (i) => i.inspectionCount },
        { header: 'Số đối tượng', value: (i) => i.entityCount },
        { header: 'Số đạt', value: (i) => i.compliantCount },
        { header: 'Số không đạt', value: (i) => i.nonCompliantCount },
        { header: 'Kết quả', value: (i) => i.findings },
        { header: 'Vi phạm', value: (i) => i.violations },
        { header: 'Xử lý', value: (i) => i.sanctions },
        { header: 'Kết luận', value: (i) => (i.conclusion ? formatLegalReference(i.conclusion) : null) },
        { header: 'Ngày kết luận', value: (i) => i.conclusionDate },
        { header: 'Địa chỉ', value: (i) => abs(model.inspectionById.get(i.id)!.url) },
      ],
    ),
    dataset(
      'tham-dinh-cong-nghe',
      'Ý kiến, thẩm định công nghệ dự án đầu tư',
      'Các dự án đầu tư được Sở góp ý kiến hoặc thẩm định về công nghệ, theo lĩnh vực.',
      ['thẩm định công nghệ', 'dự án đầu tư'],
      s.appraisals,
      [
        { header: 'Mã định danh', value: (a) => a.id },
        { header: 'Kỳ báo cáo', value: (a) => a.period },
        { header: 'Hình thức', value: (a) => (a.kind === 'appraisal' ? 'Thẩm định' : 'Ý kiến') },
        { header: 'Lĩnh vực', value: (a) => a.sector },
        { header: 'Tên dự án', value: (a) => a.projectName },
        { header: 'Nhà đầu tư', value: (a) => a.investor },
        { header: 'Ghi chú', value: (a) => a.note },
      ],
    ),
    dataset(
      'chuyen-giao-cong-nghe',
      'Đăng ký chuyển giao công nghệ',
      'Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp.',
      ['chuyển giao công nghệ'],
      s.transfers,
      [
        { header: 'Mã định danh', value: (t) => t.id },
        { header: 'Kỳ báo cáo', value: (t) => t.period },
        { header: 'Tổ chức', value: (t) => t.organisation },
        { header: 'Công nghệ', value: (t) => t.technology },
        { header: 'Số giấy chứng nhận', value: (t) => t.certificateNumber },
        { header: 'Ngày cấp', value: (t) => t.issuedOn },
        { header: 'Ghi chú', value: (t) => t.note },
      ],
    ),
    dataset(
      'hoi-thao-tap-huan',
      'Hội thảo khoa học, lớp tập huấn',
      'Hội thảo khoa học và lớp tập huấn, bồi dưỡng do Sở tổ chức, số buổi và số người tham dự.',
      ['hội thảo', 'tập huấn'],
      s.events,
      [
        { header: 'Mã định danh', value: (e) => e.id },
        { header: 'Kỳ báo cáo', value: (e) => e.period },
        { header: 'Loại', value: (e) => eventKinds[e.kind] },
        { header: 'Tên', value: (e) => e.title },
        { header: 'Số buổi, lớp', value: (e) => e.sessions },
        { header: 'Số người tham dự', value: (e) => e.attendees },
        { header: 'Mức độ chính xác', value: (e) => factQualifiers[e.attendeesQualifier] || 'chính xác' },
        { header: 'Ngày', value: (e) => e.date },
      ],
    ),
  ];
}

/** DCAT-AP catalogue of the datasets, in JSON-LD. */
export function dcatCatalogue(model: SiteModel, datasets: readonly Dataset[]) {
  const site = model.snapshot.site;
  const abs = (url: string) => `${model.siteUrl}${url}`;
  const vi = (value: string) => ({ '@value': value, '@language': 'vi' });
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': vi(site.departmentName) };
  const licence = { '@id': site.licence.url };
  const modified = { '@value': model.snapshot.generatedAt, '@type': 'xsd:dateTime' };
  const media = (type: string) => ({ '@id': `https://www.iana.org/assignments/media-types/${type}` });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': abs('/du-lieu-mo/danh-muc.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': vi(`Dữ liệu mở của ${site.departmentName}`),
    'dct:description': vi(
      'Dữ liệu công khai về hoạt động khoa học và công nghệ: báo cáo, số liệu, nhiệm vụ, sàn giao dịch, ấn phẩm, thanh tra.',
    ),
    'dct:publisher': publisher,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/VIE' },
    'dct:license': licence,
    'dct:modified': modified,
    'foaf:homepage': { '@id': abs('/du-lieu-mo/') },
    'dcat:dataset': datasets.map((d) => ({
      '@id': abs(`/du-lieu-mo/#${d.slug}`),
      '@type': 'dcat:Dataset',
      'dct:identifier': d.slug,
      'dct:title': vi(d.title),
      'dct:description': vi(d.description),
      'dcat:keyword': d.keywords.map(vi),
      'dct:publisher': publisher,
      'dct:license': licence,
      'dct:modified': modified,
      'dct:accrualPeriodicity': {
        '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
      },
      'dcat:landingPage': { '@id': abs('/du-lieu-mo/') },
      'dcat:distribution': [
        {
          '@type': 'dcat:Distribution',
          'dct:title': vi(`${d.title} (JSON)`),
          'dcat:accessURL': { '@id': abs('/du-lieu-mo/') },
          'dcat:downloadURL': { '@id': abs(`/du-lieu-mo/${d.slug}.json`) },
          'dcat:mediaType': media('application/json'),
          'dct:license': licence,
        },
        {
          '@type': 'dcat:Distribution',
          'dct:title': vi(`${d.title} (CSV)`),
          'dcat:accessURL': { '@id': abs('/du-lieu-mo/') },
          'dcat:downloadURL': { '@id': abs(`/du-lieu-mo/${d.slug}.csv`) },
          'dcat:mediaType': media('text/csv'),
          'dct:license': licence,
        },
      ],
    })),
  };
}
