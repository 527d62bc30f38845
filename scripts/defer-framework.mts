/**
 * The last step of `npm run build`: every page `next build` prerendered gets the framework on
 * demand (lib/framework-on-demand.ts). Each page is rewritten in place, beside its `.rsc` file.
 * Next's error pages (`_not-found`, `_global-error`), shown under other pages' addresses, and
 * pages prerendered with another status than 200 (such as /drafts, a 404 in production: its
 * payload is answered with the same 404, which the loader takes for a failure) keep their
 * scripts. Prints how many pages were deferred, and each page left alone with why.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { settingsOrExit } from '@/lib/config';
import { deferFrameworkScripts } from '@/lib/framework-on-demand';

const { NEXT_DIST_DIR } = settingsOrExit();
const pagesDir = path.join(NEXT_DIST_DIR ?? '.next', 'server', 'app');
if (!existsSync(pagesDir)) {
  console.error(`defer-framework: ${pagesDir} does not exist; run it after \`next build\`.`);
  process.exit(1);
}

/** What Next records beside a prerendered page: its status, when it is not 200. */
const pageMeta = z.object({ status: z.number().optional() });

let deferred = 0;
const leftAlone: string[] = [];
for (const file of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || path.basename(file).startsWith('_')) continue;
  const htmlFile = path.join(pagesDir, file);
  const rscFile = htmlFile.replace(/\.html$/, '.rsc');
  if (!existsSync(rscFile)) {
    leftAlone.push(`${file}: no .rsc file beside it`);
    continue;
  }
  const metaFile = htmlFile.replace(/\.html$/, '.meta');
  const status = existsSync(metaFile)
    ? (pageMeta.parse(JSON.parse(readFileSync(metaFile, 'utf8'))).status ?? 200)
    : 200;
  if (status !== 200) {
    leftAlone.push(`${file}: prerendered with status ${status}`);
    continue;
  }
  const result = deferFrameworkScripts(
    readFileSync(htmlFile, 'utf8'),
    readFileSync(rscFile, 'utf8'),
  );
  if ('skipped' in result) {
    leftAlone.push(`${file}: ${result.skipped}`);
    continue;
  }
  writeFileSync(htmlFile, result.html);
  deferred += 1;
}

console.log(`Framework on demand: ${deferred} prerendered pages load Next's scripts on first use.`);
for (const line of leftAlone) console.log(`  kept Next's scripts: ${line}`);
