/**
 * `npm run content:check`: validates every post and the banner's slides without building the
 * site, so editors get every problem at once in well under a second, one line each, grouped by
 * file, then the warnings the same way. Exits 1 when there is any problem, or with `--strict`
 * any warning; names the drafts and the scheduled posts, so editors see what is coming.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  contentDir,
  formatProblem,
  loadContent,
  publishingToday,
  type ContentProblem,
} from '@/lib/content';
import { settingsOrExit } from '@/lib/config';

// A bad environment variable stops here, with one line naming it.
const { NEXT_DIST_DIR } = settingsOrExit();

const strict = process.argv.includes('--strict');
const dir = contentDir();
const { posts, heroSlides, problems, warnings } = await loadContent(dir);
// Uptime, not a timer around the check: editors wait for the whole process, start-up included.
const elapsed = Math.round(process.uptime() * 1000);

/** Problems grouped by file, one line each, files apart; `mark` starts each line. */
function grouped(list: readonly ContentProblem[], mark: string): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of list)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile.values()]
    .map((group) => group.map((problem) => `${mark}${formatProblem(problem)}`).join('\n'))
    .join('\n\n');
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const filesOf = (list: readonly ContentProblem[]) => new Set(list.map((each) => each.file)).size;

if (problems.length > 0) console.error(`${grouped(problems, '')}\n`);
if (warnings.length > 0) console.error(`${grouped(warnings, '⚠ ')}\n`);

if (problems.length > 0 || (strict && warnings.length > 0)) {
  const failing = strict ? [...problems, ...warnings] : problems;
  const counted = [
    problems.length > 0 ? plural(problems.length, 'problem') : undefined,
    warnings.length > 0 ? plural(warnings.length, 'warning') : undefined,
  ].filter(Boolean);
  console.error(
    `✗ ${counted.join(' and ')} in ${plural(filesOf(failing), 'file')} under ${dir} (${elapsed} ms). Nothing was published.`,
  );
  if (problems.length === 0)
    console.error('  --strict fails on warnings; without it they publish.');
  console.error('  Every field, its rules and an example: content/README.md');
  process.exit(1);
}

const drafts = posts.filter((post) => post.status === 'draft');
const scheduled = posts.filter((post) => post.status === 'scheduled');
const published = posts.length - drafts.length - scheduled.length;
console.log(
  `✓ ${plural(posts.length, 'post')} OK (${published} published, ${drafts.length} draft, ${scheduled.length} scheduled), ${plural(heroSlides.length, 'hero slide')} OK in ${dir} (${elapsed} ms)` +
    (warnings.length > 0 ? `, with ${plural(warnings.length, 'warning')} above` : ''),
);
for (const post of scheduled)
  console.log(`  ${post.file}: scheduled, goes live with the first build on ${post.date}`);
for (const post of drafts)
  console.log(`  ${post.file}: draft, not published until "draft: true" is removed`);

// Scheduled posts go live only with a build on or after their date: say when the last one was
// made here, and which posts are due but were still in the future for it.
const buildFolder = NEXT_DIST_DIR ?? '.next';
const built = statSync(path.join(buildFolder, 'BUILD_ID'), { throwIfNoEntry: false })?.mtime;
if (built) {
  const builtOn = publishingToday(built);
  console.log(`  The last production build here (${buildFolder}) was made ${built.toISOString()}.`);
  for (const post of posts.filter((each) => each.status === 'published' && each.date > builtOn))
    console.log(
      `  ${post.file}: due on ${post.date}, after that build was made; it goes live with the next one`,
    );
}
