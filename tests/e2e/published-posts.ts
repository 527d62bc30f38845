import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';

/**
 * The published posts of `content/`, read straight from the markdown files, so the browser
 * tests check the pages against the front matter rather than against the site's own code.
 */
export function publishedPosts(): { slug: string; title: string; date: string; tags: string[] }[] {
  const dir = path.resolve(__dirname, '../../content/posts');
  return (
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const { data } = matter(readFileSync(path.join(dir, name), 'utf8'), {
          engines: { yaml: (source: string): object => YAML.parse(source) },
        });
        const post = data as { title: string; date: string; tags: string[]; draft?: boolean };
        // `posts/x.md`, or a folder post `posts/x/index.md`.
        const slug = path.basename(name) === 'index.md' ? path.dirname(name) : name;
        return { ...post, slug: path.basename(slug, '.md') };
      })
      // Dated after today (UTC, the site's publishing time zone): scheduled, not yet published.
      .filter((post) => !post.draft && post.date <= new Date().toISOString().slice(0, 10))
      .sort((a, b) => b.date.localeCompare(a.date))
  );
}
