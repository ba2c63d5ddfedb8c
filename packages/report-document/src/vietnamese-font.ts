import { execFile } from 'node:child_process';

/**
 * The letters of Vietnamese beyond ASCII: ă â đ ê ô ơ ư, their capitals, and every toned vowel (precomposed, as
 * the platform stores text in NFC): U+00C0-U+01B0 where Vietnamese uses them, and U+1EA0-U+1EF9.
 */
const VIETNAMESE_LETTERS = [
  ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư',
  ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCodePoint(0x1ea0 + i)),
].map((c) => c.codePointAt(0)!);

const STYLES = ['Regular', 'Bold', 'Italic', 'Bold Italic'] as const;

export type FontStyleCoverage = {
  style: (typeof STYLES)[number];
  /** The family fontconfig (and so LibreOffice) takes for the requested one. */
  family: string;
  file: string;
  /** Vietnamese letters that font lacks (LibreOffice would take each from another font, inside the word). */
  missing: string[];
};

/** fontconfig's charset text ("20-7e a0-36f 1ea0-1ef9 …") as a membership test. */
function parseCharset(text: string): (codePoint: number) => boolean {
  const ranges = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const [from, to] = part.split('-').map((h) => Number.parseInt(h, 16)) as [number, number | undefined];
      return [from, to ?? from] as const;
    });
  return (cp) => ranges.some(([from, to]) => cp >= from && cp <= to);
}

/** `env` for the child (tests point fontconfig elsewhere); undefined: the child inherits this process's. */
function fcMatch(pattern: string, env: NodeJS.ProcessEnv | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'fc-match',
      ['-f', '%{family[0]}\t%{file}\t%{charset}', pattern],
      { ...(env ? { env } : {}), encoding: 'utf8', timeout: 10_000 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/**
 * For each style of `family` (regular, bold, italic, bold italic): the font fontconfig resolves it to, and the
 * Vietnamese letters that font lacks. LibreOffice resolves fonts the same way, so a font missing letters here means
 * a PDF whose words mix fonts ("nhi ệm v ụ" in its text layer).
 */
export async function checkVietnameseCoverage(
  family: string,
  env?: NodeJS.ProcessEnv,
): Promise<FontStyleCoverage[]> {
  return Promise.all(
    STYLES.map(async (style) => {
      const [matched = '', file = '', charset = ''] = (await fcMatch(`${family}:style=${style}`, env)).split(
        '\t',
      );
      const has = parseCharset(charset);
      const missing = VIETNAMESE_LETTERS.filter((cp) => !has(cp)).map((cp) => String.fromCodePoint(cp));
      return { style, family: matched, file, missing };
    }),
  );
}
