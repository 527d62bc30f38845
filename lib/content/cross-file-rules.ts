import type { ContentProblem } from './errors';
import type { Post } from './schema';

/** Cross-file rules: one post per slug or alias, one spelling per tag. */
export function crossFileProblems(posts: readonly Post[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Post>();
  const byAlias = new Map<string, Post>();
  const tagSpelling = new Map<string, { name: string; file: string }>();
  for (const post of posts) {
    const other = bySlug.get(post.slug);
    if (other) {
      problems.push({
        file: post.file,
        field: 'file name',
        expected: 'a slug no other post uses',
        found: `"${post.slug}", already used by ${other.file}`,
      });
    } else bySlug.set(post.slug, post);

    for (const alias of post.aliases) {
      const owner = byAlias.get(alias);
      if (alias === post.slug || owner) {
        problems.push({
          file: post.file,
          field: 'aliases',
          expected: 'old slugs that no other post or alias uses',
          found: `"${alias}", ${owner ? `already an alias of ${owner.file}` : 'this post’s own slug'}`,
        });
      } else byAlias.set(alias, post);
    }

    for (const tag of post.tags) {
      const first = tagSpelling.get(tag.slug);
      if (!first) tagSpelling.set(tag.slug, { name: tag.name, file: post.file });
      else if (first.name !== tag.name)
        problems.push({
          file: post.file,
          field: 'tags',
          expected: `one spelling per tag, "${first.name}" as in ${first.file}`,
          found: JSON.stringify(tag.name),
        });
    }
  }
  for (const [alias, post] of byAlias) {
    const current = bySlug.get(alias);
    if (current) {
      problems.push({
        file: post.file,
        field: 'aliases',
        expected: 'old slugs that no current post uses',
        found: `"${alias}", the slug of ${current.file}`,
      });
    }
  }
  return problems;
}
