/**
 * Measures what the sign-in page loads: the entry chunk of index.html with everything it imports
 * statically, plus the sign-in route's lazy chunk and its static imports. Reads dist/ and Vite's
 * manifest (build.manifest = true); prints raw and gzip sizes and fails above the budget.
 *
 *   node scripts/measure-bundle.ts [--budget-kb=250] [--json]
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const args = process.argv.slice(2);
const budgetKb = Number(args.find((a) => a.startsWith('--budget-kb='))?.split('=')[1] ?? 250);
const asJson = args.includes('--json');

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** A chunk and every chunk it imports statically (what the browser must fetch before running it). */
function withStaticImports(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) withStaticImports(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
const signInKey = Object.keys(manifest).find((k) => k.endsWith('features/auth/sign-in.page.tsx'));
if (!entryKey || !signInKey)
  throw new Error('entry or sign-in chunk missing from the manifest; run vite build first');

const keys = withStaticImports(signInKey, withStaticImports(entryKey));
const files = [...keys].map((k) => manifest[k]!.file);
const cssFiles = [...new Set([...keys].flatMap((k) => manifest[k]!.css ?? []))];

const sizeOf = (file: string) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: statSync(join(dist, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
};
const js = files.map(sizeOf).sort((a, b) => b.gzip - a.gzip);
const css = cssFiles.map(sizeOf);
const total = (list: Array<{ raw: number; gzip: number }>) =>
  list.reduce((acc, f) => ({ raw: acc.raw + f.raw, gzip: acc.gzip + f.gzip }), { raw: 0, gzip: 0 });
const jsTotal = total(js);
const cssTotal = total(css);
const allJs = Object.values(manifest)
  .map((c) => c.file)
  .filter((f) => f.endsWith('.js'));
const appTotal = total(allJs.map(sizeOf));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
if (asJson) {
  console.log(
    JSON.stringify({ budgetKb, signIn: { js, css, jsTotal, cssTotal }, wholeAppJs: appTotal }, null, 2),
  );
} else {
  console.log('JavaScript loaded by the sign-in route (gzip level 9):');
  for (const f of js)
    console.log(`  ${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  console.log(
    `  ${'total'.padEnd(48)} ${kb(jsTotal.raw).padStart(10)} raw ${kb(jsTotal.gzip).padStart(10)} gzip`,
  );
  console.log(`CSS on the sign-in route: ${kb(cssTotal.raw)} raw, ${kb(cssTotal.gzip)} gzip`);
  console.log(`Whole app JavaScript (all routes): ${kb(appTotal.raw)} raw, ${kb(appTotal.gzip)} gzip`);
  console.log(`Budget: ${budgetKb} KB gzip for the sign-in route's JavaScript.`);
}
if (jsTotal.gzip > budgetKb * 1024) {
  console.error(`Over budget: ${kb(jsTotal.gzip)} > ${budgetKb} KB`);
  process.exit(1);
}
