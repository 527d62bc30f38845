/**
 * `npm run content:check`: validates every post and the banner's slides without building the site, so editors get
 * every problem at once in well under a second. Exits 1 when there is any problem.
 */
import { formatProblem } from '@/lib/content/errors';
import { contentDir, loadContent } from '@/lib/content/load-content';

const dir = contentDir();
const { posts, heroSlides, problems } = await loadContent(dir);
// Uptime, not a timer around the check: editors wait for the whole process, start-up included.
const elapsed = Math.round(process.uptime() * 1000);

if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  console.error(`\n✗ ${count} in ${dir} (${elapsed} ms). Nothing was published.`);
  process.exit(1);
}
const drafts = posts.filter((post) => post.draft).length;
console.log(
  `✓ ${posts.length} posts OK (${drafts} drafts), ${heroSlides.length} hero slides OK in ${dir} (${elapsed} ms)`,
);
