/**
 * schema.org structured data (JSON-LD) of the pages, so search engines can show the department, a report, a
 * dataset, an event or a listing as such. One builder per type; every node carries only what the snapshot
 * states. The page shell puts a page's nodes, the department and its breadcrumb trail in one `@graph`.
 */
import {
  currentEdition,
  declarationKinds,
  declarationValidUntil,
  eventKinds,
  formatNumber,
  isDeclarationValid,
  type PublicDeclaration,
  type PublicEvent,
  type PublicListing,
  qualifiedText,
} from '@khcn/domain';
import type { Dataset } from './open-data.ts';
import type { EditionView, RecordView, ReportView, SiteModel } from './site-model.ts';

export type JsonLdNode = { '@type': string; [property: string]: unknown };

/** Absolute URL of a site path. */
const absolute = (model: SiteModel, path: string) => `${model.siteUrl}${path}`;

/** The department's node id, which every other node points at. */
function departmentId(model: SiteModel): string {
  return absolute(model, '/#don-vi');
}

/** The province as a place: the department's jurisdiction. */
function province(model: SiteModel) {
  const name = model.snapshot.site.province;
  return {
    '@type': 'AdministrativeArea',
    name: `tỉnh ${name}`,
    address: { '@type': 'PostalAddress', addressRegion: name, addressCountry: 'VN' },
  };
}

/** The department (GovernmentOrganization), with its parent body, jurisdiction and contact details. */
export function departmentNode(model: SiteModel): JsonLdNode {
  const site = model.snapshot.site;
  return {
    '@type': 'GovernmentOrganization',
    '@id': departmentId(model),
    name: site.departmentName,
    alternateName: [site.logoText, site.departmentNameEnglish],
    url: absolute(model, '/'),
    parentOrganization: { '@type': 'GovernmentOrganization', name: site.parentBody },
    areaServed: province(model),
    address: {
      '@type': 'PostalAddress',
      ...(site.address ? { streetAddress: site.address } : {}),
      addressRegion: site.province,
      addressCountry: 'VN',
    },
    ...(site.phone ? { telephone: site.phone } : {}),
    ...(site.email ? { email: site.email } : {}),
  };
}

/** The breadcrumb trail of a page: home, then each crumb; the last one is the page itself. */
export function breadcrumbNode(
  model: SiteModel,
  pagePath: string,
  crumbs: ReadonlyArray<{ label: string; url?: string | undefined }>,
): JsonLdNode {
  const trail = [{ label: 'Trang chủ', url: '/' }, ...crumbs];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absolute(model, crumb.url ?? pagePath),
    })),
  };
}

/** One edition of a monthly report (Report): its number, dates, signer's organisation and downloads. */
export function reportNode(model: SiteModel, report: ReportView, edition: EditionView): JsonLdNode {
  const e = edition.edition;
  const department = { '@id': departmentId(model) };
  const file = (path: string, format: string, bytes: number) => ({
    '@type': 'MediaObject',
    contentUrl: absolute(model, `/${path}`),
    encodingFormat: format,
    contentSize: `${bytes} B`,
  });
  const encoding = [
    e.documents.docx &&
      file(
        e.documents.docx.path,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        e.documents.docx.bytes,
      ),
    e.documents.pdf && file(e.documents.pdf.path, 'application/pdf', e.documents.pdf.bytes),
    edition.isCurrent && {
      '@type': 'MediaObject',
      contentUrl: absolute(model, report.jsonUrl),
      encodingFormat: 'application/json',
    },
  ].filter(Boolean);
  return {
    '@type': 'Report',
    '@id': absolute(model, `${edition.url}#bao-cao`),
    url: absolute(model, edition.url),
    name: edition.isCurrent ? report.title : `${report.title}, lần ban hành ${edition.editionNo}`,
    headline: report.title,
    abstract: e.content.subject,
    reportNumber: edition.numberText.replace(/^Số:\s*/, ''),
    version: String(edition.editionNo),
    datePublished: report.report.editions[0]!.issuedOn,
    dateModified: e.approvedAt,
    temporalCoverage: report.period,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: model.snapshot.site.licence.url,
    author: department,
    publisher: department,
    ...(e.changeNote ? { correction: e.changeNote } : {}),
    ...(encoding.length > 0 ? { encoding } : {}),
  };
}

/**
 * A workshop or training class (Event), only when the report gives its date. The snapshot has no venue:
 * the location is the province, the department's jurisdiction, where the events it reports are held.
 */
function eventNode(model: SiteModel, event: PublicEvent, reportUrl: string): JsonLdNode | null {
  if (!event.date) return null;
  const sessions = event.sessions > 1 ? `${formatNumber(event.sessions)} buổi, ` : '';
  return {
    '@type': event.kind === 'training' ? 'EducationEvent' : 'Event',
    '@id': absolute(model, `${reportUrl}#su-kien-${event.id}`),
    name: event.title,
    description: `${eventKinds[event.kind]}: ${sessions}${qualifiedText(event.attendeesQualifier, formatNumber(event.attendees))} người tham dự.`,
    startDate: event.date,
    endDate: event.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: province(model),
    organizer: { '@id': departmentId(model) },
    url: absolute(model, reportUrl),
  };
}

/** The events a report edition names (linked records of kind `event`), those with a date. */
export function reportEventNodes(model: SiteModel, edition: EditionView): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const seen = new Set<string>();
  for (const section of edition.edition.content.sections)
    for (const ref of section.recordRefs) {
      if (ref.kind !== 'event' || seen.has(ref.id)) continue;
      seen.add(ref.id);
      const event = model.recordOf(ref) as PublicEvent | undefined;
      const node = event && eventNode(model, event, edition.url);
      if (node) nodes.push(node);
    }
  return nodes;
}

/**
 * A technology exchange listing: an Offer (technology, equipment, S&T service) or a Demand (technology
 * demand), valid from its listing or renewal date until it expires; a price only when it is a fixed one.
 */
export function listingNodes(model: SiteModel, view: RecordView<PublicListing>): JsonLdNode[] {
  const l = view.record;
  const id = absolute(model, `${view.url}#tin`);
  const owner = { '@type': 'Organization', name: l.owner };
  const common = {
    '@id': id,
    url: absolute(model, view.url),
    name: l.title,
    description: l.summary,
    category: l.field,
    identifier: l.id,
    itemOffered: {
      '@type': l.kind === 'service' ? 'Service' : 'Product',
      name: l.title,
      description: l.summary,
      category: l.field,
    },
    validFrom: l.renewedOn ?? l.listedOn,
    validThrough: l.expiresOn,
    areaServed: province(model),
    ...(l.priceMode === 'fixed' && l.price !== undefined
      ? {
          priceSpecification: {
            '@type': 'PriceSpecification',
            price: Math.round(l.price * 1_000_000),
            priceCurrency: 'VND',
          },
        }
      : {}),
  };
  if (l.kind === 'demand')
    return [
      { '@type': 'Demand', ...common },
      { ...owner, seeks: { '@id': id } },
    ];
  return [{ '@type': 'Offer', ...common, offeredBy: owner }];
}

/**
 * A declaration of conformity (schema.org Certification): the notice of receipt the department issued, about the
 * product declared, created by the declaring organisation, valid from the notice until its stated end.
 */
export function certificationNodes(model: SiteModel, view: RecordView<PublicDeclaration>): JsonLdNode[] {
  const d = view.record;
  const until = declarationValidUntil(d);
  return [
    {
      '@type': 'Certification',
      '@id': absolute(model, `${view.url}#cong-bo`),
      url: absolute(model, view.url),
      name: `${declarationKinds[d.kind]}: ${d.product}`,
      description: `${d.organisation} công bố ${d.product} phù hợp với ${d.standardCode}.`,
      identifier: d.id,
      certificationIdentification: d.noticeNumber,
      certificationStatus: `https://schema.org/${isDeclarationValid(d, model.snapshot.asOfDate) ? 'CertificationActive' : 'CertificationInactive'}`,
      about: { '@type': 'Product', name: d.product, category: d.productGroup },
      creator: { '@type': 'Organization', name: d.organisation },
      issuedBy: { '@id': departmentId(model) },
      validFrom: d.noticeDate,
      ...(until ? { expires: until } : {}),
      inLanguage: 'vi',
    },
  ];
}

/** The open datasets (Dataset), each with its JSON and CSV distributions, in the department's catalogue. */
export function datasetNodes(model: SiteModel, datasets: readonly Dataset[]): JsonLdNode[] {
  const site = model.snapshot.site;
  const periods = model.reports.map((r) => r.period).sort();
  const lastApproval = latestApproval(model);
  const department = { '@id': departmentId(model) };
  return datasets.map((d) => ({
    '@type': 'Dataset',
    '@id': absolute(model, `/du-lieu-mo/#${d.slug}`),
    url: absolute(model, `/du-lieu-mo/#${d.slug}`),
    identifier: d.slug,
    name: d.title,
    description: d.description,
    keywords: d.keywords,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: site.licence.url,
    creator: department,
    publisher: department,
    spatialCoverage: province(model),
    ...(periods.length > 0 ? { temporalCoverage: `${periods[0]}/${periods[periods.length - 1]}` } : {}),
    ...(lastApproval ? { dateModified: lastApproval } : {}),
    includedInDataCatalog: {
      '@type': 'DataCatalog',
      name: `Dữ liệu mở của ${site.departmentName}`,
      url: absolute(model, '/du-lieu-mo/'),
    },
    distribution: [
      {
        '@type': 'DataDownload',
        name: `${d.title} (JSON)`,
        encodingFormat: 'application/json',
        contentUrl: absolute(model, `/du-lieu-mo/${d.slug}.json`),
      },
      {
        '@type': 'DataDownload',
        name: `${d.title} (CSV)`,
        encodingFormat: 'text/csv',
        contentUrl: absolute(model, `/du-lieu-mo/${d.slug}.csv`),
      },
    ],
  }));
}

/** When the newest approved edition was approved: the data's own "last changed". */
export function latestApproval(model: SiteModel): string | null {
  let latest: { at: string; ms: number } | null = null;
  for (const report of model.snapshot.reports) {
    const at = currentEdition(report).approvedAt;
    const ms = Date.parse(at);
    if (!latest || ms > latest.ms) latest = { at, ms };
  }
  return latest?.at ?? null;
}

/**
 * The text of a `<script type="application/ld+json">` element: JSON with `<`, `>`, `&` and the two line
 * separators escaped, so no snapshot text can close the element or be read as markup.
 */
export function jsonLdText(nodes: readonly JsonLdNode[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
