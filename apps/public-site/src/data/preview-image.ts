/**
 * The preview image of a section (Open Graph `og:image`): a 1200 x 630 PNG with the department's identity and
 * the section's headline, drawn with sharp at build time (once per section). Text is laid out by Pango, so
 * Vietnamese words wrap with real glyph widths; text from the snapshot goes in as escaped Pango markup.
 */
import type { SiteConfig } from '@khcn/domain';
import sharp from 'sharp';
import { PREVIEW_IMAGE, type SiteSection } from './sections.ts';

const colours = { brand: '#0a3a75', accent: '#a4161a', ink: '#ffffff', soft: '#d5e1f0', rule: '#3d6aa5' };
const FONT = 'Noto Sans';

/** Pango markup is XML: the snapshot's text is escaped before it goes in. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One block of text, wrapped at `width`, at the largest of `sizes` (px) whose height fits `maxHeight`;
 * the smallest size when none does (then it is cropped to `maxHeight`).
 */
async function textBlock(
  text: string,
  options: { bold?: boolean; sizes: number[]; width: number; maxHeight: number; colour: string },
): Promise<{ input: Buffer; height: number }> {
  let last: { input: Buffer; width: number; height: number } | null = null;
  for (const size of options.sizes) {
    const { data, info } = await sharp({
      text: {
        text: `<span foreground="${options.colour}">${escapeMarkup(text)}</span>`,
        font: `${FONT}${options.bold ? ' Bold' : ''} ${size}`,
        width: options.width,
        wrap: 'word',
        rgba: true,
        dpi: 72,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
    last = { input: data, width: info.width, height: info.height };
    if (info.height <= options.maxHeight) return last;
  }
  const cropped = await sharp(last!.input)
    .extract({ left: 0, top: 0, width: last!.width, height: options.maxHeight })
    .png()
    .toBuffer();
  return { input: cropped, height: options.maxHeight };
}

/** The PNG bytes of one section's preview image. */
export async function renderPreviewImage(
  site: Pick<SiteConfig, 'parentBody' | 'departmentName'>,
  section: Pick<SiteSection, 'headline'>,
  siteUrl: string,
): Promise<Buffer> {
  const { width, height } = PREVIEW_IMAGE;
  const host = new URL(siteUrl).host;
  const background = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" fill="${colours.brand}"/>
  <rect width="${width}" height="14" fill="${colours.accent}"/>
  <circle cx="140" cy="150" r="62" fill="${colours.accent}" stroke="${colours.ink}" stroke-width="5"/>
  <text x="140" y="159" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="26" fill="${colours.ink}">KH&amp;CN</text>
  <rect x="80" y="528" width="${width - 160}" height="2" fill="${colours.rule}"/>
</svg>`;
  const parent = await textBlock(site.parentBody, {
    sizes: [26, 22],
    width: 900,
    maxHeight: 40,
    colour: colours.soft,
  });
  const department = await textBlock(site.departmentName, {
    bold: true,
    sizes: [40, 34, 30],
    width: 900,
    maxHeight: 124,
    colour: colours.ink,
  });
  const headline = await textBlock(section.headline, {
    bold: true,
    sizes: [72, 62, 52],
    width: 1040,
    maxHeight: 200,
    colour: colours.ink,
  });
  const address = await textBlock(host, { sizes: [28], width: 1040, maxHeight: 44, colour: colours.soft });
  return sharp(Buffer.from(background))
    .composite([
      { input: parent.input, left: 240, top: 86 },
      { input: department.input, left: 240, top: 86 + parent.height + 4 },
      { input: headline.input, left: 80, top: 300 },
      { input: address.input, left: 80, top: 550 },
    ])
    .png({ palette: true, compressionLevel: 9, effort: 7 })
    .toBuffer();
}
