/**
 * Found and shared: every page has a canonical URL, a description and Open Graph tags whose preview image is
 * one per section (built once, not per page); the structured data (JSON-LD) of each schema.org type carries the
 * type's required properties; the sitemap's lastmod comes from the data (approval times), not the build clock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { currentEdition, type PublicSnapshot } from '@khcn/domain';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { siteSections } from '../src/data/sections.ts';
import { XSS_PAYLOAD } from './support/fixtures.ts';
import { decodeEntities, listFiles, urlOf } from './support/site-files.ts';
import { resolveSitePath } from './support/static-server.ts';

type Node = { '@type': string; [property: string]: unknown };

/**
 * The properties each schema.org type the site emits must carry. schema.org itself makes no property
 * required; where Google documents a search feature for the type, its required properties are taken (and
 * cited); where it documents none, the list is what the site promises for that type and says why.
 */
const requiredProperties: Record<string, { source: string; properties: string[] }> = {
  GovernmentOrganization: {
    source:
      'Google, Organization (https://developers.google.com/search/docs/appearance/structured-data/organization): ' +
      'no required property, name, url and address recommended; the site requires those, its parent body and an @id ' +
      'the other nodes point at.',
    properties: ['@id', 'name', 'url', 'address', 'parentOrganization'],
  },
  BreadcrumbList: {
    source:
      'Google, Breadcrumb (https://developers.google.com/search/docs/appearance/structured-data/breadcrumb): ' +
      'itemListElement; each ListItem: position, name, item.',
    properties: ['itemListElement'],
  },
  Report: {
    source:
      'schema.org/Report (an Article); Google, Article (https://developers.google.com/search/docs/appearance/structured-data/article) ' +
      'requires nothing and recommends headline, datePublished, dateModified, author; the site adds what identifies an ' +
      'official report: its number, version, publisher, language and address.',
    properties: [
      'name',
      'headline',
      'url',
      'reportNumber',
      'version',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'inLanguage',
    ],
  },
  Dataset: {
    source:
      'Google, Dataset (https://developers.google.com/search/docs/appearance/structured-data/dataset): name and ' +
      'description (50 to 5,000 characters) required; distribution (DataDownload with contentUrl and encodingFormat) ' +
      'and license recommended, which a dataset search needs to offer the download: required here.',
    properties: ['name', 'description', 'distribution', 'license', 'creator', 'includedInDataCatalog'],
  },
  Event: {
    source:
      'Google, Event (https://developers.google.com/search/docs/appearance/structured-data/event): name, startDate, ' +
      'location (a Place with an address).',
    properties: ['name', 'startDate', 'location'],
  },
  Offer: {
    source:
      'schema.org/Offer: Google has no feature for a standalone offer (its product snippets need a price, which a ' +
      'negotiated listing lacks); the site promises what a listing always has: name, address, what is offered, by ' +
      'whom and how long the listing is valid.',
    properties: ['name', 'url', 'itemOffered', 'offeredBy', 'validFrom', 'validThrough'],
  },
  Demand: {
    source: 'schema.org/Demand: as for Offer; who seeks it is the Organization node that `seeks` it.',
    properties: ['name', 'url', 'itemOffered', 'validFrom', 'validThrough'],
  },
  Organization: {
    source: 'schema.org/Organization (the owner of a technology demand): its name and the demand it seeks.',
    properties: ['name', 'seeks'],
  },
  Certification: {
    source:
      'schema.org/Certification (a declaration of conformity, as the notice of receipt the department issued): Google ' +
      'Merchant Center, certification attribute (https://support.google.com/merchants/answer/13528839; schema.org ' +
      'Product.hasCertification) requires the authority (issuedBy) and the name; the site adds what a buyer checks: ' +
      'the notice number, the product it is about, who declared it, from when it holds, and its address.',
    properties: ['name', 'url', 'issuedBy', 'certificationIdentification', 'about', 'creator', 'validFrom'],
  },
};
requiredProperties.EducationEvent = requiredProperties.Event!;

/** What is missing or wrong in one node, by its type's list and the nested rules. */
function problemsOf(node: Node): string[] {
  const rule = requiredProperties[node['@type']];
  if (!rule) return [`type ${node['@type']} has no required-property list`];
  const empty = (v: unknown) =>
    v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  const problems = rule.properties.filter((p) => empty(node[p])).map((p) => `missing ${p}`);
  const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
  for (const p of ['datePublished', 'dateModified', 'startDate', 'validFrom', 'validThrough', 'expires'])
    if (node[p] !== undefined && !isDate(node[p])) problems.push(`${p} is not an ISO date`);
  switch (node['@type']) {
    case 'BreadcrumbList': {
      const items = node.itemListElement as Array<Record<string, unknown>>;
      items.forEach((item, i) => {
        if (item.position !== i + 1) problems.push(`ListItem ${i + 1}: position ${item.position}`);
        if (!item.name) problems.push(`ListItem ${i + 1}: missing name`);
        if (!item.item) problems.push(`ListItem ${i + 1}: missing item`);
      });
      break;
    }
    case 'Dataset': {
      const length = String(node.description).length;
      if (length < 50 || length > 5000) problems.push(`description has ${length} characters`);
      for (const d of node.distribution as Array<Record<string, unknown>>)
        if (d['@type'] !== 'DataDownload' || !d.contentUrl || !d.encodingFormat)
          problems.push(`distribution ${JSON.stringify(d)}`);
      break;
    }
    case 'Event':
    case 'EducationEvent': {
      const location = node.location as Record<string, unknown>;
      if (!location.address) problems.push('location has no address');
      break;
    }
  }
  return problems;
}

function jsonLdOf(html: string): Node[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.flatMap((m) => {
    const data = JSON.parse(m[1]!) as { '@context': string; '@graph': Node[] };
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'];
  });
}

const meta = (html: string, attribute: 'name' | 'property', key: string) => {
  const m = new RegExp(
    `<meta ${attribute}="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" content="([^"]*)"`,
  ).exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
};

describe.each([
  ['seed', inject('seedSite')],
  ['rich', inject('richSite')],
])('the %s site', (name, root) => {
  const pages = new Map(
    listFiles(root, '.html').map((file) => [urlOf(file), readFileSync(path.join(root, file), 'utf8')]),
  );
  const siteUrl = /<link rel="canonical" href="(https?:\/\/[^/"]+)\//.exec(pages.get('/')!)![1]!;

  it('gives every page a canonical URL, a description and Open Graph tags', () => {
    for (const [url, html] of pages) {
      if (url === '/404.html') {
        expect(html, url).toContain('<meta name="robots" content="noindex">');
        expect(html, url).not.toContain('rel="canonical"');
        continue;
      }
      expect(html.match(/<link rel="canonical"/g), url).toHaveLength(1);
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)![1], url).toBe(`${siteUrl}${url}`);
      expect(meta(html, 'name', 'description'), url).toBeTruthy();
      expect(meta(html, 'property', 'og:title'), url).toBeTruthy();
      expect(meta(html, 'property', 'og:description'), url).toBe(meta(html, 'name', 'description'));
      expect(meta(html, 'property', 'og:url'), url).toBe(`${siteUrl}${url}`);
      expect(meta(html, 'property', 'og:type'), url).toMatch(/^(website|article)$/);
      expect(meta(html, 'property', 'og:image:alt'), url).toBeTruthy();
      expect(meta(html, 'name', 'twitter:card'), url).toBe('summary_large_image');
    }
  });

  it('builds one preview image per section, 1200 x 630 PNG, and every page shows its section’s', async () => {
    const images = listFiles(path.join(root, 'anh-chia-se'), '.png');
    expect(images).toEqual(siteSections.map((s) => `${s.slug}.png`).sort());
    for (const image of images) {
      const info = await sharp(path.join(root, 'anh-chia-se', image)).metadata();
      expect([info.format, info.width, info.height], image).toEqual(['png', 1200, 630]);
    }
    const used = new Map<string, string[]>();
    for (const [url, html] of pages) {
      const image = meta(html, 'property', 'og:image')!;
      expect(image, url).toMatch(new RegExp(`^${siteUrl}/anh-chia-se/[a-z-]+\\.png$`));
      expect(resolveSitePath(root, new URL(image).pathname), url).not.toBeNull();
      used.set(image, [...(used.get(image) ?? []), url]);
    }
    expect(used.size).toBeLessThanOrEqual(siteSections.length);
    expect(used.get(`${siteUrl}/anh-chia-se/nhiem-vu.png`)).toContain('/nhiem-vu/');
    expect(meta(pages.get('/nhiem-vu/')!, 'property', 'og:image')).toBe(
      meta(pages.get([...pages.keys()].find((u) => /^\/nhiem-vu\/task-/.test(u))!)!, 'property', 'og:image'),
    );
  });

  it('describes every page in JSON-LD whose nodes carry their type’s required properties', () => {
    const problems: string[] = [];
    const types = new Set<string>();
    for (const [url, html] of pages)
      for (const node of jsonLdOf(html)) {
        types.add(node['@type']);
        for (const p of problemsOf(node)) problems.push(`${url} ${node['@type']}: ${p}`);
      }
    expect(problems).toEqual([]);
    const expected = ['GovernmentOrganization', 'BreadcrumbList', 'Report', 'Dataset'];
    if (name === 'rich')
      expected.push('Offer', 'Demand', 'Organization', 'Event', 'EducationEvent', 'Certification');
    expect([...types].sort()).toEqual(expected.sort());
  });

  it('states the department on every page and each report, dataset and listing where it is shown', () => {
    const home = jsonLdOf(pages.get('/')!);
    const department = home.find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(department['@id']).toBe(`${siteUrl}/#don-vi`);
    for (const [url, html] of pages)
      expect(
        jsonLdOf(html).filter((n) => n['@type'] === 'GovernmentOrganization'),
        url,
      ).toHaveLength(1);

    for (const [url, html] of pages) {
      if (!/^\/bao-cao\/\d{4}-\d{2}\/(lan-\d+\/)?$/.test(url)) continue;
      const reports = jsonLdOf(html).filter((n) => n['@type'] === 'Report');
      expect(reports, url).toHaveLength(1);
      const number = /Số: (\d+\/[A-ZĐ0-9-]+)/.exec(html)![1];
      expect(reports[0]!.reportNumber, url).toBe(number);
      expect(reports[0]!.url, url).toBe(`${siteUrl}${url}`);
      expect((reports[0]!.publisher as { '@id': string })['@id'], url).toBe(department['@id']);
    }

    const datasets = jsonLdOf(pages.get('/du-lieu-mo/')!).filter((n) => n['@type'] === 'Dataset');
    const rows = [...pages.get('/du-lieu-mo/')!.matchAll(/<tr id="([a-z-]+)">/g)].map((m) => m[1]);
    expect(datasets.map((d) => d.identifier)).toEqual(rows);
    for (const d of datasets)
      for (const download of d.distribution as Array<{ contentUrl: string; encodingFormat: string }>) {
        expect(download.contentUrl.startsWith(`${siteUrl}/du-lieu-mo/`)).toBe(true);
        expect(
          resolveSitePath(root, new URL(download.contentUrl).pathname),
          download.contentUrl,
        ).not.toBeNull();
        expect(['application/json', 'text/csv']).toContain(download.encodingFormat);
      }

    for (const [url, html] of pages) {
      if (!/^\/san-giao-dich\/listing-[^/]+\/$/.test(url)) continue;
      const listing = jsonLdOf(html).find((n) => n['@type'] === 'Offer' || n['@type'] === 'Demand');
      expect(listing, url).toBeDefined();
      expect(listing!.url).toBe(`${siteUrl}${url}`);
    }

    for (const [url, html] of pages) {
      if (!/^\/cong-bo-hop-chuan-hop-quy\/declaration-[^/]+\/$/.test(url)) continue;
      const certification = jsonLdOf(html).find((n) => n['@type'] === 'Certification');
      expect(certification, url).toBeDefined();
      expect(certification!.url).toBe(`${siteUrl}${url}`);
      expect((certification!.issuedBy as { '@id': string })['@id'], url).toBe(department['@id']);
    }
  });
});

describe('structured data of the rich site', () => {
  const root = inject('richSite');
  const snapshot = JSON.parse(readFileSync(inject('richSnapshot'), 'utf8')) as PublicSnapshot;
  const read = (url: string) => readFileSync(resolveSitePath(root, url)!, 'utf8');

  it('lists a report’s dated workshops and classes as events, and no undated one', () => {
    const latest = [...snapshot.reports].sort((a, b) => (a.period < b.period ? 1 : -1))[0]!;
    const dated = snapshot.events.filter((e) => e.period === latest.period && e.date);
    expect(dated.length).toBeGreaterThan(0);
    const events = jsonLdOf(read(`/bao-cao/${latest.period}/`)).filter((n) => /Event$/.test(n['@type']));
    expect(events.map((e) => e.name).sort()).toEqual(dated.map((e) => e.title).sort());
    expect(events.map((e) => e.startDate).sort()).toEqual(dated.map((e) => e.date).sort());
    const undatedPeriod = snapshot.reports.find(
      (r) => !snapshot.events.some((e) => e.period === r.period && e.date),
    )!;
    expect(
      jsonLdOf(read(`/bao-cao/${undatedPeriod.period}/`)).filter((n) => /Event$/.test(n['@type'])),
    ).toEqual([]);
  });

  it('gives a listing a price only when it is a fixed one, in đồng', () => {
    let fixed = 0;
    for (const l of snapshot.listings) {
      const slug = l.id; // the synthetic ids are already slugs
      const node = jsonLdOf(read(`/san-giao-dich/${slug}/`)).find(
        (n) => n['@type'] === 'Offer' || n['@type'] === 'Demand',
      )!;
      expect(node['@type']).toBe(l.kind === 'demand' ? 'Demand' : 'Offer');
      expect(node.validThrough).toBe(l.expiresOn);
      const price = node.priceSpecification as { price: number; priceCurrency: string } | undefined;
      if (l.priceMode === 'fixed' && l.price !== undefined) {
        fixed++;
        expect(price).toEqual({
          '@type': 'PriceSpecification',
          price: Math.round(l.price * 1e6),
          priceCurrency: 'VND',
        });
      } else expect(price).toBeUndefined();
    }
    expect(fixed).toBeGreaterThan(0);
  });

  it('dates each sitemap URL from the data: the approval of the edition that published the page', () => {
    const approvals = new Map<string, string>();
    for (const r of snapshot.reports)
      for (const e of r.editions)
        approvals.set(`${r.period}:${e.editionNo}`, new Date(e.approvedAt).toISOString());
    const latest = [...approvals.values()].sort().at(-1)!;

    const index = read('/sitemap-index.xml');
    const entries = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
      [
        ...read(new URL(m[1]!).pathname).matchAll(
          /<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g,
        ),
      ].map((u) => [new URL(u[1]!).pathname, u[2]] as const),
    );
    const lastmod = new Map(entries);
    expect(entries.length).toBeGreaterThan(100);
    // Every date is an approval time (the build ran long after all of them).
    const known = new Set(approvals.values());
    for (const [url, date] of entries) if (date) expect(known.has(date), `${url} ${date}`).toBe(true);

    const corrected = snapshot.reports.find((r) => r.editions.length > 1)!;
    const current = currentEdition(corrected);
    expect(lastmod.get(`/bao-cao/${corrected.period}/`)).toBe(new Date(current.approvedAt).toISOString());
    expect(lastmod.get(`/bao-cao/${corrected.period}/lan-1/`)).toBe(
      new Date(corrected.editions[0]!.approvedAt).toISOString(),
    );
    const task = snapshot.tasks.find((t) => t.id === 'task-0001')!;
    expect(lastmod.get('/nhiem-vu/task-0001/')).toBe(
      approvals.get(`${task.asOf.period}:${task.asOf.editionNo}`),
    );
    const newestTask = snapshot.tasks
      .map((t) => approvals.get(`${t.asOf.period}:${t.asOf.editionNo}`)!)
      .sort()
      .at(-1);
    expect(lastmod.get('/nhiem-vu/')).toBe(newestTask);
    for (const url of ['/', '/bao-cao/', '/so-lieu/', '/du-lieu-mo/'])
      expect(lastmod.get(url), url).toBe(latest);
    expect(lastmod.get('/tim-kiem/')).toBeUndefined();
  });
});

describe('structured data with markup in the snapshot', () => {
  it('carries the text as JSON, never as markup that could close the script element', () => {
    const root = inject('xssSite');
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/[<>]/);
    const department = jsonLdOf(html).find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(department.name).toContain(XSS_PAYLOAD);
  });
});
