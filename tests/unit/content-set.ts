import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A valid post body, so each test changes only the part it is about. */
export const validFrontMatter = {
  title: 'A Valid Post',
  date: '2025-01-02',
  summary: 'A short summary.',
  tags: '[Skin Health, Gut Health]',
} as const;

export function post(
  fields: Record<string, string | undefined>,
  body = '## Hello\n\nSome words.\n',
) {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** A valid banner with one slide, using artwork that ships in public/. */
export const validHeroSlides = `slides:
  - headline: 'SODA JUST GOT A GLOW UP #GLOWPOP'
    image: /images/hero/peach-glow.svg
    imageAlt: A peach-coloured can.
    cta: { label: Read the blog, href: /blog }
`;

/**
 * Writes `files` (path under posts/ -> source) to a fresh temporary content folder, with a
 * valid hero-slides.yaml unless `heroSlides` says otherwise (null: no slides file at all).
 */
export async function contentSet(
  files: Record<string, string>,
  heroSlides: string | null = validHeroSlides,
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'glowpop-content-'));
  if (heroSlides !== null) await writeFile(path.join(dir, 'hero-slides.yaml'), heroSlides);
  for (const [name, source] of Object.entries(files)) {
    const file = path.join(dir, 'posts', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, source);
  }
  return dir;
}

/** An SVG of the given size: image-size reads its width and height like any photo's. */
export function svgImage(width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f9a"/></svg>`;
}

/** Writes `files` (path under public/ -> contents) to a fresh temporary public folder. */
export async function publicFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'glowpop-public-'));
  for (const [name, contents] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
  return dir;
}
