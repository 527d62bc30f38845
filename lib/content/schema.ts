import { z } from 'zod';
import { site } from '@/lib/site';
import type { FieldLines } from './errors';
import type { MeasuredImage } from './images';
import type { PublicationStatus } from './publication';
import { tagSlug, toTag } from './tags';

/** A post's slug is its file name, so it must already be URL-ready. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Required, non-empty text; `what` completes "expected …" in the editor's message. */
export function text(what: string) {
  return z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}, not empty text` });
}

const isoDate = z.string({ error: 'expected a date as YYYY-MM-DD' }).superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) {
    ctx.addIssue({ code: 'custom', input: value, message: 'expected YYYY-MM-DD' });
  } else if (!isCalendarDate(value)) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: 'expected a real calendar date as YYYY-MM-DD',
    });
  }
});

const tagName = text('a tag name').refine((name) => tagSlug(name).length > 0, {
  error: 'expected a tag name with at least one letter or digit',
});

const tagList = z
  .array(tagName, { error: 'expected a list of tags, e.g. [Skin Health, Gut Health]' })
  .min(1, { error: 'expected at least one tag' })
  .superRefine((names, ctx) => {
    const seen = new Map<string, string>();
    names.forEach((name, index) => {
      const earlier = seen.get(tagSlug(name));
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          input: name,
          message: `expected each tag once, but "${earlier}" is already listed`,
        });
      }
      seen.set(tagSlug(name), name);
    });
  })
  .transform((names) => names.map(toTag));

/** The front matter an editor writes at the top of `content/posts/<slug>.md`. */
export const frontMatterSchema = z
  .strictObject({
    title: text('a title'),
    date: isoDate,
    summary: text('a one- or two-sentence summary'),
    /** What search results and share cards show; a cut of the summary when not set. */
    description: text('a one-sentence description for search results').optional(),
    tags: tagList,
    category: text('a category name').default(site.defaultCategory),
    updated: isoDate.optional(),
    author: text("the author's name").optional(),
    image: text('an image file name such as cover.jpg, in public/images/posts/<slug>/').optional(),
    imageAlt: text('a description of the image for people who cannot see it').optional(),
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    /** Old slugs of a renamed post; each permanently redirects to the current URL. */
    aliases: z
      .array(
        z.string({ error: 'expected an old slug, e.g. old-post-name' }).regex(SLUG_PATTERN, {
          error: 'expected an old slug in lowercase words joined by hyphens',
        }),
        { error: 'expected a list of old slugs, e.g. [old-post-name]' },
      )
      .default([]),
  })
  // Cross-field rules run even when other fields are wrong, so every problem is reported at once.
  .refine((post) => post.image === undefined || post.imageAlt !== undefined, {
    path: ['imageAlt'],
    message: 'expected a description of the image, since `image` is set',
    when: ({ value }) =>
      isRecord(value) && typeof value.image === 'string' && value.imageAlt === undefined,
  })
  .refine((post) => post.updated === undefined || post.updated >= post.date, {
    path: ['updated'],
    message: 'expected a date on or after `date`',
    when: ({ value }) => isRecord(value) && isDateText(value.date) && isDateText(value.updated),
  });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDateText(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isCalendarDate(value);
}

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Every field editors may set, for "did you mean" hints on typos. */
export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.shape);

export type Heading = { depth: number; text: string; id: string };

/** What the markdown pipeline derives from a post's body. */
export type RenderedBody = {
  html: string;
  headings: Heading[];
  wordCount: number;
  readingMinutes: number;
  /** Links to this site's pages and headings, at their lines in the post's file. */
  internalLinks: InternalLink[];
};

/** A link to a page of this site (`/blog/x`) or a heading (`#x`), as written, and its line. */
export type InternalLink = { url: string; line: number };

/** A post's cover: the front matter's `image` and `imageAlt`, checked and measured. */
export type PostImage = MeasuredImage & { alt: string };

export type Post = Omit<FrontMatter, 'image' | 'imageAlt' | 'description'> &
  RenderedBody & {
    slug: string;
    /** The front matter's `description`, or the summary cut to fit a search result. */
    description: string;
    /** Path of the source file relative to the working directory, for messages. */
    file: string;
    image?: PostImage;
    /** From `draft` and `date` on the day the content was read. */
    status: PublicationStatus;
    /** The line each front matter field is written on, for messages about the post. */
    fieldLines: FieldLines;
  };

/** A link an editor may put on a slide: a page of this site, or a full https address. */
const href = text(
  'a link: a page of this site such as /blog/<slug>, or an https:// address',
).refine((value) => value.startsWith('/') || /^https:\/\/[^/\s]+\.[^/\s]+/.test(value), {
  error: 'expected a link that starts with / (a page of this site) or https://',
});

/** One slide of the home page banner, as written in `content/hero-slides.yaml`. */
export const heroSlideSchema = z.strictObject({
  headline: text('a headline'),
  subline: text('one short line of text').optional(),
  image: text('an image path such as /images/hero/peach-glow.svg').refine(
    (value) => value.startsWith('/'),
    { error: 'expected a path from the site root, starting with /images/' },
  ),
  imageAlt: text('a description of the image for people who cannot see it'),
  cta: z
    .strictObject(
      { label: text('the button text'), href },
      { error: 'expected a button with `label` and `href`' },
    )
    .optional(),
});

/** The file's outer shape; each slide is then checked on its own so every slide's problems show. */
export const heroSlidesFileSchema = z.strictObject({
  slides: z
    .array(z.unknown(), { error: 'expected a list of slides under `slides:`' })
    .min(1, { error: 'expected at least one slide' }),
});

export type HeroSlide = z.output<typeof heroSlideSchema>;
