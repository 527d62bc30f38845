/**
 * `npm run content:check`: validates every post and the banner's slides without building the
 * site, so editors get every problem at once in well under a second, one line each, grouped by
 * file. Exits 1 when there is any problem.
 */
import {
  formatProblem,
  type ContentProblem,
  contentDir,
  loadContent,
  searchResultWarnings,
} from '@/lib/content';
import { settingsOrExit } from '@/lib/config';

// A bad environment variable stops here, with one line naming it.
settingsOrExit();

const dir = contentDir();
const { posts, heroSlides, problems } = await loadContent(dir);
// Uptime, not a timer around the check: editors wait for the whole process, start-up included.
const elapsed = Math.round(process.uptime() * 1000);

if (problems.length > 0) {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  console.error(
    [...byFile.values()].map((group) => group.map(formatProblem).join('\n')).join('\n\n'),
  );
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const files = byFile.size === 1 ? '1 file' : `${byFile.size} files`;
  console.error(`\n✗ ${count} in ${files} under ${dir} (${elapsed} ms). Nothing was published.`);
  console.error('  Every field, its rules and an example: content/README.md');
  process.exit(1);
}
const count = (status: string) => posts.filter((post) => post.status === status).length;
console.log(
  `✓ ${posts.length} posts OK (${count('published')} published, ${count('draft')} draft, ${count('scheduled')} scheduled), ${heroSlides.length} hero slides OK in ${dir} (${elapsed} ms)`,
);
for (const post of posts.filter((each) => each.status === 'scheduled'))
  console.log(`  ${post.file}: scheduled, goes live with the first build on ${post.date}`);
const warnings = posts.flatMap(searchResultWarnings);
if (warnings.length > 0)
  console.log(warnings.map((warning) => `  ⚠ ${formatProblem(warning)}`).join('\n'));
