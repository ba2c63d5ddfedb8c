/**
 * Open data: every public collection as JSON and as CSV (UTF-8 with BOM so Excel reads Vietnamese),
 * and a DCAT-AP catalogue of them in JSON-LD.
 */
import {
  basisCoverage,
  currentEdition,
  currentIndicatorName,
  indicatorAggregationLabels,
  indicatorNameAt,
  type OpenDataColumn,
  outlineNumber,
  qualifierBounds,
  recordKindEntries,
} from '@khcn/domain';
import { figureSourceUrl } from './figures.ts';
import type { SiteModel } from './site-model.ts';

type Cell = string | number | boolean | null | undefined;
/** A CSV column; `key` and `description` document it (open-data page, DCAT) where the meaning is not obvious. */
type Column<R> = { header: string; value: (row: R) => Cell; key?: string; description?: string };

export type Dataset = {
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  count: number;
  json: () => unknown;
  csv: () => string;
  /** The documented columns: CSV heading, JSON key, meaning. */
  fields: Array<{ header: string; key: string; description: string }>;
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
  const fields = columns.flatMap((c) =>
    c.key && c.description ? [{ header: c.header, key: c.key, description: c.description }] : [],
  );
  return {
    slug,
    title,
    description,
    keywords,
    count: rows.length,
    json,
    csv: () => toCsv(rows, columns),
    fields,
  };
}

export function buildDatasets(model: SiteModel): Dataset[] {
  const s = model.snapshot;
  const abs = (url: string) => `${model.siteUrl}${url}`;
  const editions = s.reports.flatMap((r) => r.editions.map((e) => ({ period: r.period, e })));
  const indicators = new Map(s.indicators.map((i) => [i.code, i]));
  const facts = s.reports.flatMap((r) => {
    const e = currentEdition(r);
    return e.content.sections.flatMap((section) =>
      section.facts.map((fact, factIndex) => ({
        period: r.period,
        editionNo: e.editionNo,
        section,
        sectionNumber: outlineNumber(e.content.sections, section.key),
        fact,
        factIndex,
        indicator: indicators.get(fact.indicator),
        coverage: basisCoverage(fact.basis, r.period),
      })),
    );
  });
  type FactRow = (typeof facts)[number];
  /**
   * Columns of the figures dataset: CSV headings, and the JSON keys they document. A JSON value is the CSV cell
   * (null for an empty one) unless `json` says otherwise.
   */
  const factColumns: Array<Column<FactRow> & { key: string; json?: (x: FactRow) => unknown }> = [
    {
      header: 'Kỳ báo cáo',
      key: 'period',
      description: 'Tháng của báo cáo nêu số liệu (yyyy-mm).',
      value: (x) => x.period,
    },
    {
      header: 'Lần ban hành',
      key: 'editionNo',
      description: 'Lần ban hành hiện hành của báo cáo (lần sau là đính chính).',
      value: (x) => x.editionNo,
    },
    {
      header: 'Mục',
      key: 'section',
      description: 'Số mục đầy đủ và tên mục của báo cáo.',
      value: (x) => `${x.sectionNumber}. ${x.section.title}`,
    },
    {
      header: 'Mã chỉ tiêu',
      key: 'indicator',
      description: 'Mã chỉ tiêu trong danh mục chỉ tiêu (bộ dữ liệu “Danh mục chỉ tiêu”).',
      value: (x) => x.fact.indicator,
    },
    {
      header: 'Chỉ tiêu',
      key: 'indicatorName',
      description: 'Tên chỉ tiêu tại kỳ báo cáo (tên có thể đổi theo thời gian; báo cáo cũ giữ tên cũ).',
      value: (x) => (x.indicator ? indicatorNameAt(x.indicator, x.period) : x.fact.indicator),
    },
    {
      header: 'Đơn vị',
      key: 'unit',
      description: 'Đơn vị tính.',
      value: (x) => x.indicator?.unit,
    },
    {
      header: 'Giá trị',
      key: 'value',
      description: 'Con số (dấu chấm thập phân trong tệp CSV và JSON).',
      value: (x) => x.fact.value,
    },
    {
      header: 'Từ hạn định',
      key: 'qualifier',
      description:
        'Từ đứng trước con số trong lời văn: hơn, trên, gần, khoảng, xấp xỉ, ít nhất, tối thiểu, dưới, chưa đến…; để trống khi là số chính xác.',
      value: (x) => (x.fact.qualifier === 'exact' ? '' : x.fact.qualifier),
      json: (x) => (x.fact.qualifier === 'exact' ? null : x.fact.qualifier),
    },
    {
      header: 'Loại hạn định',
      key: 'qualifierBound',
      description:
        'Ý nghĩa của từ hạn định: exact (chính xác), more_than (lớn hơn), at_least (ít nhất), about (xấp xỉ), nearly (gần, hơi nhỏ hơn), less_than (nhỏ hơn), at_most (không quá).',
      value: (x) => qualifierBounds[x.fact.qualifier],
    },
    {
      header: 'Cách ghi trong văn bản',
      key: 'asWritten',
      description: 'Con số đúng như người viết báo cáo ghi (03; 1.034).',
      value: (x) => x.fact.asWritten,
    },
    {
      header: 'Kỳ của số liệu',
      key: 'basis',
      description:
        'Số liệu tính cho kỳ nào: month (trong tháng báo cáo), ytd (lũy kế từ đầu năm đến hết tháng báo cáo), period (một kỳ khác, xem từ ngày – đến ngày), level (số hiện có tại một thời điểm).',
      value: (x) => x.fact.basis.kind,
    },
    {
      header: 'Từ ngày',
      key: 'periodStart',
      description: 'Ngày đầu của kỳ số liệu (yyyy-mm-dd); với số hiện có là ngày tính đến.',
      value: (x) => x.coverage.start,
    },
    {
      header: 'Đến ngày',
      key: 'periodEnd',
      description: 'Ngày cuối của kỳ số liệu (yyyy-mm-dd); với số hiện có là ngày tính đến.',
      value: (x) => x.coverage.end,
    },
    {
      header: 'Cách cộng gộp',
      key: 'aggregation',
      description:
        'Cách chỉ tiêu cộng gộp theo thời gian: sum (số trong tháng được cộng dồn thành lũy kế năm), last (số hiện có: không cộng, lấy số mới nhất), none (không cộng gộp).',
      value: (x) => x.indicator?.aggregation,
    },
    {
      header: 'Ghi chú',
      key: 'note',
      description: 'Ghi chú của người viết báo cáo.',
      value: (x) => x.fact.note,
    },
    {
      header: 'Nguồn',
      key: 'source',
      description: 'Địa chỉ câu văn nêu số liệu trong báo cáo đã ban hành.',
      value: (x) =>
        abs(
          figureSourceUrl({
            reportPeriod: x.period,
            editionNo: x.editionNo,
            sectionKey: x.section.key,
            factIndex: x.factIndex,
          }),
        ),
    },
  ];
  const indicatorColumns: Array<Column<(typeof s.indicators)[number]>> = [
    { header: 'Mã chỉ tiêu', key: 'code', description: 'Mã không đổi của chỉ tiêu.', value: (i) => i.code },
    {
      header: 'Tên hiện hành',
      key: 'name',
      description: 'Tên chỉ tiêu hiện nay.',
      value: (i) => currentIndicatorName(i),
    },
    {
      header: 'Các tên theo thời gian',
      key: 'names',
      description: 'Mỗi tên và tháng bắt đầu dùng (tên đầu tiên không có tháng bắt đầu).',
      value: (i) => i.names.map((n) => (n.from ? `${n.name} (từ ${n.from})` : n.name)).join('; '),
    },
    { header: 'Đơn vị', key: 'unit', description: 'Đơn vị tính.', value: (i) => i.unit },
    { header: 'Nhóm', key: 'group', description: 'Nhóm chỉ tiêu.', value: (i) => i.group },
    {
      header: 'Cách cộng gộp',
      key: 'aggregation',
      description: 'sum, last hoặc none (xem bộ dữ liệu số liệu).',
      value: (i) => i.aggregation,
    },
    {
      header: 'Diễn giải cách cộng gộp',
      key: 'aggregationLabel',
      description: 'Cách cộng gộp bằng lời.',
      value: (i) => indicatorAggregationLabels[i.aggregation],
    },
    {
      header: 'Ngừng theo dõi từ tháng',
      key: 'retiredFrom',
      description: 'Tháng bắt đầu không còn báo cáo chỉ tiêu (yyyy-mm), nếu có.',
      value: (i) => i.retiredFrom,
    },
  ];
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
      'Số liệu chỉ tiêu trong các báo cáo',
      'Mọi số liệu có cấu trúc trong các báo cáo hiện hành: chỉ tiêu, giá trị, từ hạn định của lời văn (hơn, gần, khoảng…), kỳ của số liệu (trong tháng, lũy kế, kỳ khác, số hiện có) với ngày đầu và ngày cuối, cách chỉ tiêu cộng gộp theo thời gian, và địa chỉ câu văn nêu số liệu.',
      ['số liệu', 'chỉ tiêu', 'thống kê'],
      facts,
      factColumns,
      () =>
        facts.map((x) =>
          Object.fromEntries(factColumns.map((c) => [c.key, c.json ? c.json(x) : (c.value(x) ?? null)])),
        ),
    ),
    dataset(
      'chi-tieu',
      'Danh mục chỉ tiêu',
      'Các chỉ tiêu mà báo cáo nêu số liệu: tên theo thời gian, đơn vị, nhóm và cách cộng gộp theo thời gian.',
      ['chỉ tiêu', 'danh mục'],
      s.indicators,
      indicatorColumns,
    ),
    // Every record kind's register, as the registry defines its columns; a kind with pages adds their address.
    ...recordKindEntries.map(([kind, definition]) => {
      const { slug, title, description, keywords, columns } = definition.openData;
      type Row = Record<string, unknown> & { id: string };
      const rows = s[definition.collection] as readonly Row[];
      const address: OpenDataColumn<Row>[] = definition.site
        ? [{ header: 'Địa chỉ', value: (r) => abs(model.viewOf({ kind, id: r.id })!.url) }]
        : [];
      return dataset(
        slug,
        title,
        description,
        keywords,
        rows,
        [...columns, ...address].map((c) => ({ header: c.header, value: (r: Row) => c.value(r, abs) })),
      );
    }),
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
      'Dữ liệu công khai về hoạt động khoa học và công nghệ: báo cáo, số liệu, nhiệm vụ, sàn giao dịch, ấn phẩm, thanh tra, công bố hợp chuẩn, hợp quy.',
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
      'dcat:landingPage': { '@id': abs(`/du-lieu-mo/#${d.slug}`) },
      ...(d.fields.length > 0
        ? {
            'dct:conformsTo': { '@id': abs(`/du-lieu-mo/#cau-truc-${d.slug}`) },
            'dct:description': vi(
              `${d.description} Các cột: ${d.fields.map((f) => `${f.header} (${f.key}): ${f.description}`).join(' ')}`,
            ),
          }
        : {}),
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
