import { SLUG_PATTERN } from './schema';
import { tagSlug } from './tags';

/** A URL slug from a title: "The Gut-Skin Axis!" -> "the-gut-skin-axis" (ASCII only, for file names). */
export function slugFromTitle(title: string): string {
  return tagSlug(title)
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

/** The scaffold's stand-in texts: a post may not be published while it still has them. */
export const PLACEHOLDERS = {
  summary: 'Replace this with one or two sentences that sum up the post.',
  body: 'Start writing here.',
} as const;

export type ScaffoldRequest = { title: string; tags: string[]; date: string; slug?: string };

export type Scaffold = { ok: true; slug: string; source: string } | { ok: false; message: string };

/**
 * The markdown file `npm run new:post` writes: valid front matter (a draft, dated today, with a
 * summary to fill in) and a first section, so the editor starts from something that builds.
 */
export function scaffoldPost({ title, tags, date, slug }: ScaffoldRequest): Scaffold {
  const cleanTitle = title.trim();
  if (cleanTitle === '')
    return { ok: false, message: 'Give the post a title: npm run new:post -- "The Title"' };
  const finalSlug = slug ?? slugFromTitle(cleanTitle);
  if (!SLUG_PATTERN.test(finalSlug)) {
    return {
      ok: false,
      message: slug
        ? `--slug "${slug}" must be lowercase words joined by hyphens, like "my-post".`
        : `Could not make a web address from "${cleanTitle}"; add --slug my-post-name.`,
    };
  }
  const cleanTags = tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  if (cleanTags.length === 0) {
    return { ok: false, message: 'Give at least one tag: --tags "Gut Health,Skin Health"' };
  }
  const source = [
    '---',
    `title: ${JSON.stringify(cleanTitle)}`,
    `date: ${date}`,
    'summary: >-',
    `  ${PLACEHOLDERS.summary} It shows under the title,`,
    '  on cards, and in search results.',
    `tags: ${JSON.stringify(cleanTags)}`,
    'draft: true',
    '---',
    '',
    '## First section',
    '',
    `${PLACEHOLDERS.body} Sections start with ## (the title above is the page’s only # heading).`,
    '',
  ].join('\n');
  return { ok: true, slug: finalSlug, source };
}
