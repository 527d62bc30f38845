/**
 * `npm run bench:js` (after `npm run build`): the JavaScript a reader downloads, measured from
 * the prerendered pages themselves (Next 16 no longer prints First Load JS), gzip -9 like a CDN.
 * Also singles out the hero carousel's own chunk, whose budget is 3 kB gzip.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const pages: Record<string, string> = {
  '/': 'index.html',
  '/blog': 'blog.html',
  '/blog/the-gut-skin-axis': 'blog/the-gut-skin-axis.html',
};

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function scriptsOf(page: string): string[] {
  const html = readFileSync(path.join(distDir, 'server/app', page), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="\/_next\/([^"]+)"/g)].map(
    (match) => match[1],
  );
  return [...new Set(sources)].flatMap((source) => (source ? [path.join(distDir, source)] : []));
}

console.log('page                          scripts  JS (gzip)');
for (const [route, page] of Object.entries(pages)) {
  const scripts = scriptsOf(page);
  const total = scripts.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`${route.padEnd(30)}${String(scripts.length).padStart(7)}  ${kB(total).padStart(9)}`);
}

const carousel = scriptsOf(pages['/'] ?? 'index.html').find((file) =>
  readFileSync(file, 'utf8').includes('automatic slide show'),
);
if (!carousel) throw new Error('The hero carousel chunk was not found on the home page.');
console.log(`\nhero carousel chunk: ${kB(gzipped(carousel))} gzip (budget 3.0 kB)`);
