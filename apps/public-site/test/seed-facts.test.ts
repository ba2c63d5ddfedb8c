/** The seed site shows every public fact of the seed report on the report page. */
import { seed } from '@khcn/domain';
import { describe, expect, inject, it } from 'vitest';
import { htmlToText, readPage } from './support/site-files.ts';

const root = inject('seedSite');
const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the seed report page', () => {
  const text = normalise(htmlToText(readPage(root, '/bao-cao/2024-11/')));

  it.each(seed.allSeedFacts.map((f) => [f]))('shows %s', (fact) => {
    expect(text).toContain(normalise(fact));
  });

  it('shows every section heading in order, the number, the date and the signer', () => {
    let at = 0;
    for (const heading of seed.seedFactChecklist.headings) {
      const found = text.indexOf(normalise(heading), at);
      expect(found, heading).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(text).toContain('Số: 05/BC-SKHCN');
    expect(text).toContain('Hưng Yên, ngày 05 tháng 12 năm 2024');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('Nguyễn Xuân Hải');
  });

  it('prints each heading as its number, a space, its title', () => {
    const html = readPage(root, '/bao-cao/2024-11/');
    for (const s of seed.seedContent().sections) {
      expect(html, s.key).toContain(`>${`${s.label} ${s.title}`.replaceAll('&', '&amp;')}<`);
    }
  });

  it('links the records the report names to their pages', () => {
    const html = readPage(root, '/bao-cao/2024-11/');
    expect(html).toContain('href="/nhiem-vu/task-ntmn-biofloc/"');
    expect(html).toContain('href="/thanh-tra-kiem-tra/check-2024-11-eye-clinics/"');
    expect(html).toContain('href="/an-pham/publication-bulletin-2024-04/"');
    expect(html).toContain('href="/bao-cao/2024-11/du-lieu.json"');
  });
});
