import { type Post, toTag } from '@/lib/content';

/** A valid published post for tests of pure logic; `extra` overrides any field. */
export function makePost(
  slug: string,
  date: string,
  tags: string[],
  extra: Partial<Post> = {},
): Post {
  return {
    slug,
    file: `content/posts/${slug}.md`,
    title: `Title of ${slug}`,
    date,
    summary: `Summary of ${slug}.`,
    description: `Summary of ${slug}.`,
    tags: tags.map(toTag),
    category: 'Prebiotic Benefits',
    draft: false,
    status: 'published',
    aliases: [],
    html: '<p>Body</p>',
    headings: [],
    wordCount: 1,
    readingMinutes: 1,
    internalLinks: [],
    fieldLines: {},
    ...extra,
  };
}
