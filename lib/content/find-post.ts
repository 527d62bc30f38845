import { postFileSlugs, slugOfPostFile } from './content-folder';
import { formatProblem } from './errors';
import { loadContent } from './load-content';
import type { Post } from './schema';

/**
 * The post a command names by slug (drafts included), or the message to print: the post's own
 * problems when it does not parse, or the slugs there are when none matches.
 */
export async function findPost(slug: string): Promise<{ post: Post } | { problem: string }> {
  const { posts, problems } = await loadContent();
  const post = posts.find((candidate) => candidate.slug === slug);
  if (post) return { post };
  const broken = problems.filter(
    (problem) => problem.file.endsWith('.md') && slugOfPostFile(problem.file) === slug,
  );
  if (broken.length > 0)
    return {
      problem: `Fix this post first:\n${broken.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`,
    };
  return {
    problem: `No post has the slug "${slug}". Posts: ${(await postFileSlugs()).join(', ')}`,
  };
}
