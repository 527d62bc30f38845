import YAML from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './errors';
import { measureImage } from './images';
import { heroSlideSchema, heroSlidesFileSchema, type HeroSlide, type Post } from './schema';
import { isSitePath } from './site-paths';
import { problemsFromIssues } from './zod-problems';

export const HERO_SLIDES_FILE = 'hero-slides.yaml';

type HeroSlidesContext = {
  /** Published and draft posts, so slide links can be checked against real pages. */
  posts: readonly Post[];
  /** Where `/images/…` paths are looked up. */
  publicDir: string;
};

/** "slides, item 3, imageAlt" reads better to editors as "slide 3, imageAlt". */
function slideFieldName(issuePath: readonly PropertyKey[]): string {
  const [root, index, ...rest] = issuePath;
  if (root !== 'slides' || typeof index !== 'number') return issuePath.map(String).join(', ');
  return [`slide ${index + 1}`, ...rest.map(String)].join(', ');
}

function knownFields(issuePath: readonly PropertyKey[]): readonly string[] {
  if (issuePath.length === 0) return Object.keys(heroSlidesFileSchema.shape);
  if (issuePath.at(-1) === 'cta') return ['label', 'href'];
  return Object.keys(heroSlideSchema.shape);
}

/** Parses and checks the banner's slides: schema, image files on disk, and link targets. */
export async function parseHeroSlides(
  file: string,
  source: string | undefined,
  { posts, publicDir }: HeroSlidesContext,
): Promise<{ slides: HeroSlide[]; problems: ContentProblem[] }> {
  if (source === undefined) {
    return {
      slides: [],
      problems: [
        {
          file,
          field: 'file',
          expected: 'the home page banner’s slides',
          found: 'no such file',
          hint: 'copy content/hero-slides.yaml from the repository and edit it',
        },
      ],
    };
  }

  let raw: unknown;
  try {
    raw = YAML.parse(source, { uniqueKeys: true });
  } catch (error) {
    const where = error instanceof YAML.YAMLError ? error.linePos?.[0] : undefined;
    const reason = error instanceof Error ? (error.message.split(' at line ')[0] ?? '') : '';
    const position = where ? ` at line ${where.line}, column ${where.col}` : '';
    return {
      slides: [],
      problems: [
        {
          file,
          field: 'YAML',
          expected: 'valid YAML',
          found: `a syntax error${position}: ${reason}`,
        },
      ],
    };
  }

  const issueProblems = (issues: readonly z.core.$ZodIssue[], issuePath: PropertyKey[]) =>
    problemsFromIssues({
      file,
      raw,
      issues: issues.map((issue) => ({ ...issue, path: [...issuePath, ...issue.path] })),
      knownFields,
      fieldName: slideFieldName,
    });

  const shape = heroSlidesFileSchema.safeParse(raw, { reportInput: true });
  if (!shape.success) return { slides: [], problems: issueProblems(shape.error.issues, []) };

  const problems: ContentProblem[] = [];
  const slides: HeroSlide[] = [];
  for (const [index, input] of shape.data.slides.entries()) {
    const result = heroSlideSchema.safeParse(input, { reportInput: true });
    if (!result.success) {
      problems.push(...issueProblems(result.error.issues, ['slides', index]));
      continue;
    }
    const slide = result.data;
    const slideName = `slide ${index + 1}`;
    const image = await measureImage(slide.image, publicDir);
    if ('problem' in image) problems.push({ file, field: `${slideName}, image`, ...image.problem });
    if (slide.cta?.href.startsWith('/') && !isSitePath(slide.cta.href, posts)) {
      problems.push({
        file,
        field: `${slideName}, cta, href`,
        expected: 'a page of this site (/, /blog, or /blog/<slug> of a published post)',
        found: JSON.stringify(slide.cta.href),
      });
    }
    slides.push(slide);
  }
  return { slides: problems.length === 0 ? slides : [], problems };
}
