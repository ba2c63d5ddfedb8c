import { DomainError, hungYenSiteConfig, seed } from '@khcn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxContent, normalizeWhitespace, readDocx, readParagraphs } from '../test/docx-reader.ts';
import { loadSeedEdition } from './export/seed-edition-loader.ts';
import { renderReportDocx } from './render-report-docx.ts';
import type { ReportDocumentInput } from './report-document.types.ts';

async function seedInput(overrides: Partial<ReportDocumentInput> = {}): Promise<ReportDocumentInput> {
  const source = await loadSeedEdition(seed.seedPeriod);
  if (!source) throw new Error('seed edition missing');
  return { ...source, draft: false, ...overrides };
}

const twipsOf = (mm: number) => (mm * 1440) / 25.4;
const attr = (xml: string, element: string, name: string) => {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
  const value = new RegExp(`w:${name}="(-?\\d+)"`).exec(tag)?.[1];
  return value === undefined ? Number.NaN : Number(value);
};

/** Header parts by reference type (first, default), from the body's sectPr and the relationships. */
function headerParts(docx: DocxContent): Record<string, string> {
  const rels = docx.parts['word/_rels/document.xml.rels'] ?? '';
  const result: Record<string, string> = {};
  for (const m of docx.document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(
      rels,
    );
    const path = `word/${target?.[1] ?? target?.[2]}`;
    result[m[1]!] = docx.parts[path] ?? '';
  }
  return result;
}

describe('renderReportDocx: the seed report as issued', () => {
  let docx: DocxContent;
  let text: string;
  beforeAll(async () => {
    docx = readDocx(await renderReportDocx(await seedInput()));
    text = normalizeWhitespace(docx.text);
  });

  it('contains every fact of the seed report: figures, names, legal references, recipients, signer', () => {
    const missing = seed.allSeedFacts.filter((fact) => !text.includes(normalizeWhitespace(fact)));
    expect(missing).toEqual([]);
  });

  it('states the facts in the seed section order', () => {
    const positions = seed.seedFactChecklist.figures.map((f) => text.indexOf(normalizeWhitespace(f)));
    // Figures are listed in the order the report states them; each is found after the previous one starts.
    let previous = -1;
    const outOfOrder: string[] = [];
    seed.seedFactChecklist.figures.forEach((f, i) => {
      const at = text.indexOf(normalizeWhitespace(f), previous + 1);
      if (at < 0) outOfOrder.push(`${f} (first at ${positions[i]})`);
      else previous = at;
    });
    expect(outOfOrder).toEqual([]);
  });

  it('has the outline as heading paragraphs, in order, with the seed numbering', async () => {
    const headings = docx.paragraphs.filter((p) => p.style?.startsWith('Heading'));
    const content = (await seedInput()).content;
    expect(headings.map((h) => h.text)).toEqual(content.sections.map((s) => `${s.label} ${s.title}`));
    expect(headings.map((h) => h.style)).toEqual(
      content.sections.map((s) => `Heading${Math.min(4, s.key.split('.').length)}`),
    );
    let from = 0;
    for (const expected of seed.seedFactChecklist.headings) {
      const index = headings.findIndex((h, i) => i >= from && h.text.includes(expected));
      expect(index, `heading "${expected}" after heading #${from}`).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
  });

  it('styles the outline levels: A/B bold uppercase, I. and 1. bold, 1.1. bold italic', () => {
    const styles = docx.parts['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toMatch(/<w:b\/>/);
    expect(style('Heading1')).toMatch(/<w:caps\/>/);
    expect(style('Heading2')).toMatch(/<w:b\/>/);
    expect(style('Heading3')).toMatch(/<w:b\/>/);
    expect(style('Heading3')).not.toMatch(/<w:i\/>/);
    expect(style('Heading4')).toMatch(/<w:b\/>/);
    expect(style('Heading4')).toMatch(/<w:i\/>/);
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it('has the Decree 30 header, title and subject in order', () => {
    const lines = docx.paragraphs.map((p) => p.text);
    const expected = [
      hungYenSiteConfig.parentBody,
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/BC-SKHCN',
      'Hưng Yên, ngày 05 tháng 12 năm 2024',
      'BÁO CÁO',
      seed.seedReportContent.subject,
    ];
    const indices = expected.map((e) => lines.indexOf(e));
    expect(
      indices.every((i) => i >= 0),
      JSON.stringify(indices),
    ).toBe(true);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(indices.at(-1)).toBeLessThan(lines.findIndex((l) => l.startsWith('A. ')));
  });

  it('renders lists with the author markers: "- ", "(1) ", "1. "', () => {
    const lines = docx.paragraphs.map((p) => p.text);
    expect(lines).toContain(
      '- Hướng dẫn, theo dõi và giám sát quá trình thực hiện nhiệm vụ KH&CN sử dụng ngân sách nhà nước đang trong thời gian thực hiện.',
    );
    expect(
      lines.some((l) =>
        l.startsWith('(1) Kiểm tra nhà nước về tiêu chuẩn, đo lường và ghi nhãn hàng hóa tại 22'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('(2) Kiểm tra nhà nước'))).toBe(true);
    expect(lines.some((l) => l.startsWith('9. Tổng kết, đánh giá kết quả'))).toBe(true);
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const body =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*?Trong kỳ báo cáo, thực hiện chức năng tham mưu[\s\S]*?<\/w:p>/.exec(
        docx.document,
      )?.[0];
    expect(body).toBeDefined();
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/w:firstLine="720"/);
    expect(body).toMatch(/w:after="120"/);
    expect(body).toMatch(/w:sz w:val="28"/);
  });

  it('tabulates linked records after the section that links them', () => {
    const lines = docx.paragraphs.map((p) => p.text);
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const caption = (s: string) => lines.findIndex((l) => /^Bảng \d+\. /.test(l) && l.includes(s));
    // Publications with their print run, after III.4 and before IV.
    expect(caption('Ấn phẩm')).toBeGreaterThan(at('4. Hoạt động thông tin KH&CN'));
    expect(caption('Ấn phẩm')).toBeLessThan(at('IV. '));
    expect(lines.slice(caption('Ấn phẩm'), at('IV. '))).toEqual(expect.arrayContaining(['1.000', '2.000']));
    // Workshops with attendees, after II.2.
    expect(caption('Hội thảo khoa học')).toBeGreaterThan(at('2. Hoạt động đánh giá, thẩm định'));
    expect(lines.slice(caption('Hội thảo khoa học'), at('III. '))).toEqual(
      expect.arrayContaining(['khoảng 100', 'gần 200']),
    );
    // Checks with counts, after VII.2.
    const checks = caption('Kết quả kiểm tra');
    expect(checks).toBeGreaterThan(at('2. Tình hình, kết quả công tác kiểm tra'));
    expect(lines.slice(checks, at('3. Công tác tiếp công dân'))).toEqual(
      expect.arrayContaining(['22', '08/12', '39/39']),
    );
    // A single transfer with nothing but its company reads better as the sentence: no table.
    expect(caption('chuyển giao công nghệ')).toBe(-1);
    // Tables are numbered in order.
    const numbers = lines
      .filter((l) => /^Bảng \d+\. /.test(l))
      .map((l) => Number(/^Bảng (\d+)/.exec(l)?.[1]));
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });

  it('closes with the sentence, the recipients and the signature block', () => {
    const lines = docx.paragraphs.map((p) => p.text);
    const closing = lines.indexOf(seed.seedReportContent.closing);
    expect(closing).toBeGreaterThan(lines.findIndex((l) => l.startsWith('9. ')));
    const tail = lines.slice(closing + 1).filter((l) => l !== '');
    expect(tail).toEqual([
      'Nơi nhận:',
      '- Vụ phát triển KH&CN địa phương;',
      '- Chủ tịch Hội đồng KH&CN tỉnh;',
      '- Văn phòng Tỉnh uỷ;',
      '- Văn phòng UBND tỉnh;',
      'Để báo cáo.',
      '- Ban Tuyên giáo Tỉnh uỷ;',
      '- Ban Dân vận Tỉnh uỷ;',
      '- Sở Kế hoạch và Đầu tư tỉnh;',
      '- Ban Lãnh đạo Sở;',
      '- Các phòng, đơn vị thuộc và trực thuộc Sở;',
      '- Cổng thông tin điện tử Sở;',
      '- Lưu: VT, VPTr.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Xuân Hải',
    ]);
  });

  it('lays out A4 portrait with margins in the Decree 30 ranges and a different first page', () => {
    const sectPr = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(docx.document)?.[0] ?? '';
    expect(attr(sectPr, 'w:pgSz', 'w')).toBeCloseTo(twipsOf(210), -1);
    expect(attr(sectPr, 'w:pgSz', 'h')).toBeCloseTo(twipsOf(297), -1);
    const margin = (side: string) => attr(sectPr, 'w:pgMar', side);
    const inRange = (value: number, minMm: number, maxMm: number) =>
      value >= twipsOf(minMm) - 1 && value <= twipsOf(maxMm) + 1;
    expect(inRange(margin('top'), 20, 25), `top ${margin('top')}`).toBe(true);
    expect(inRange(margin('bottom'), 20, 25), `bottom ${margin('bottom')}`).toBe(true);
    expect(inRange(margin('left'), 30, 35), `left ${margin('left')}`).toBe(true);
    expect(inRange(margin('right'), 15, 20), `right ${margin('right')}`).toBe(true);
    expect(sectPr).toContain('<w:titlePg/>');
  });

  it('numbers pages at the top centre from page 2 only, with no draft mark', () => {
    const headers = headerParts(docx);
    expect(headers.default).toMatch(/PAGE/);
    expect(headers.default).toMatch(/<w:jc w:val="center"\/>/);
    expect(headers.first).not.toMatch(/PAGE/);
    const all = Object.values(docx.parts).join('');
    expect(all).not.toContain('DỰ THẢO');
  });
});

describe('renderReportDocx: drafts', () => {
  it('marks every page "DỰ THẢO", the first included', async () => {
    const docx = readDocx(await renderReportDocx(await seedInput({ draft: true })));
    const headers = headerParts(docx);
    expect(readParagraphs(headers.first ?? '').map((p) => p.text.trim())).toContain('DỰ THẢO');
    expect(readParagraphs(headers.default ?? '').some((p) => p.text.includes('DỰ THẢO'))).toBe(true);
    expect(headers.default).toMatch(/PAGE/);
  });

  it('exports a draft with no number, date or signer, leaving blanks', async () => {
    const input = await seedInput({ draft: true });
    input.edition = { ...input.edition, number: null, issuedOn: null };
    input.content = { ...input.content, signature: null };
    const docx = readDocx(await renderReportDocx(input));
    const lines = docx.paragraphs.map((p) => p.text);
    expect(lines.some((l) => /^Số:\s+\/BC-SKHCN$/.test(l))).toBe(true);
    expect(lines.some((l) => /^Hưng Yên, ngày\s+tháng\s+năm 2024$/.test(l))).toBe(true);
    expect(lines).not.toContain('Nguyễn Xuân Hải');
    expect(normalizeWhitespace(docx.text)).toContain('Nơi nhận:');
  });

  it('shows the change note of a correction', async () => {
    const input = await seedInput();
    input.edition = { ...input.edition, editionNo: 2, changeNote: 'Sửa số liệu phương tiện đo tại mục IV.2' };
    const docx = readDocx(await renderReportDocx(input));
    expect(docx.paragraphs.map((p) => p.text)).toContain(
      '(Đính chính lần 1: Sửa số liệu phương tiện đo tại mục IV.2)',
    );
  });
});

describe('renderReportDocx: rejected', () => {
  const rejection = async (input: ReportDocumentInput) => {
    try {
      await renderReportDocx(input);
    } catch (error) {
      return error;
    }
    throw new Error('expected a rejection');
  };

  it('refuses a final export without a number, naming it in Vietnamese', async () => {
    const input = await seedInput();
    input.edition = { ...input.edition, number: null };
    const error = await rejection(input);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('EXPORT_NOT_READY');
    expect((error as DomainError).userMessage).toContain('số văn bản');
    expect((error as DomainError).userMessage).not.toContain('ngày ban hành');
  });

  it('refuses a final export without date or signer, naming both', async () => {
    const input = await seedInput();
    input.edition = { ...input.edition, issuedOn: null };
    input.content = { ...input.content, signature: null };
    const error = (await rejection(input)) as DomainError;
    expect(error.code).toBe('EXPORT_NOT_READY');
    expect(error.userMessage).toContain('ngày ban hành');
    expect(error.userMessage).toContain('người ký');
    expect(error.details).toEqual({ missing: ['issuedOn', 'signature'] });
  });

  it('refuses a section that links a record the edition does not carry', async () => {
    const input = await seedInput();
    input.records = { ...input.records, publications: [] };
    const error = (await rejection(input)) as DomainError;
    expect(error.code).toBe('NOT_FOUND');
    expect(error.userMessage).toContain('Hoạt động thông tin KH&CN');
  });
});
