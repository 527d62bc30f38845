import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import { contentSet, post, publicFolder, svgImage, validFrontMatter } from '../content-set';

const folder = 'images/posts/a-post';

/** Loads one post, `a-post.md`, with the given public files; problems are shown from posts/ on. */
async function load(source: string, publicFiles: Record<string, string>) {
  const dir = await contentSet({ 'a-post.md': source });
  const { posts, problems } = await loadContent(dir, {
    publicDir: await publicFolder(publicFiles),
  });
  return {
    post: posts[0],
    problems: problems
      .map(formatProblem)
      .filter((line) => !line.includes('hero-slides.yaml'))
      .map((line) => line.slice(line.indexOf('posts/'))),
  };
}

// The banner's artwork is checked against the same public folder, so every set includes it.
const heroArt = { 'images/hero/peach-glow.svg': svgImage(1600, 1000) };

describe('a cover image (front matter `image`)', () => {
  it('is found by its file name in the post’s folder and measured', async () => {
    const { post: parsed, problems } = await load(
      post({ ...validFrontMatter, image: 'cover.svg', imageAlt: 'A peach soda.' }),
      { ...heroArt, [`${folder}/cover.svg`]: svgImage(1200, 800) },
    );
    expect(problems).toEqual([]);
    expect(parsed?.image).toEqual({
      src: '/images/posts/a-post/cover.svg',
      alt: 'A peach soda.',
      width: 1200,
      height: 800,
      bytes: svgImage(1200, 800).length,
      type: 'image/svg+xml',
    });
  });

  it('may be written as the full path from the site root', async () => {
    const { post: parsed } = await load(
      post({ ...validFrontMatter, image: `/${folder}/cover.svg`, imageAlt: 'A peach soda.' }),
      { ...heroArt, [`${folder}/cover.svg`]: svgImage(1200, 800) },
    );
    expect(parsed?.image?.src).toBe('/images/posts/a-post/cover.svg');
  });

  it('must exist, with a hint when a file of a similar name does', async () => {
    const { post: parsed, problems } = await load(
      post({ ...validFrontMatter, image: 'cover.svg', imageAlt: 'A peach soda.' }),
      { ...heroArt, [`${folder}/Cover.svg`]: svgImage(1200, 800) },
    );
    expect(parsed).toBeUndefined();
    expect(problems).toEqual([
      'posts/a-post.md: image, line 6: expected a file at public/images/posts/a-post/cover.svg, got no such file (did you mean Cover.svg?)',
    ]);
  });

  it('needs its alt text', async () => {
    const { problems } = await load(post({ ...validFrontMatter, image: 'cover.svg' }), {
      ...heroArt,
      [`${folder}/cover.svg`]: svgImage(1200, 800),
    });
    expect(problems).toEqual([
      'posts/a-post.md: imageAlt: expected a description of the image, since `image` is set, got nothing',
    ]);
  });

  it('must live in the post’s own folder, not elsewhere or on another site', async () => {
    for (const [image, hint] of [
      ['/images/hero/peach-glow.svg', 'move the file into public/images/posts/a-post/'],
      ['../other-post/cover.svg', 'move the file into public/images/posts/a-post/'],
      ['https://cdn.example/cover.jpg', 'save the image into that folder'],
    ] as const) {
      const { problems } = await load(
        post({ ...validFrontMatter, image: `'${image}'`, imageAlt: 'A can.' }),
        heroArt,
      );
      expect(problems).toEqual([
        expect.stringMatching(
          new RegExp(
            `^posts/a-post\\.md: image, line 6: expected an image in public/images/posts/a-post/, got "${image.replace(/[./]/g, '\\$&')}" \\(${hint}`,
          ),
        ),
      ]);
    }
  });

  it('must be an image file that can be read', async () => {
    const { problems } = await load(
      post({ ...validFrontMatter, image: 'notes.txt', imageAlt: 'Notes.' }),
      heroArt,
    );
    expect(problems).toEqual([
      'posts/a-post.md: image, line 6: expected an image file (.svg, .png, .jpg, .jpeg, .webp, .avif, .gif), got "/images/posts/a-post/notes.txt"',
    ]);
    const broken = await load(
      post({ ...validFrontMatter, image: 'cover.png', imageAlt: 'A can.' }),
      { ...heroArt, [`${folder}/cover.png`]: 'not really a png' },
    );
    expect(broken.problems).toEqual([
      expect.stringMatching(
        /^posts\/a-post\.md: image, line 6: expected an image file that can be read, got public\/images\/posts\/a-post\/cover\.png, which failed: /,
      ),
    ]);
  });
});

describe('images in the body', () => {
  it('render with their real size, lazily, from the post’s folder', async () => {
    const { post: parsed, problems } = await load(
      post(
        validFrontMatter,
        '## Look\n\n![A jug of cucumber water](jug.svg "Chilled")\n\n![A can](/images/posts/a-post/can.svg)\n\n![Again][jug]\n\n[jug]: ./jug.svg\n',
      ),
      {
        ...heroArt,
        [`${folder}/jug.svg`]: svgImage(640, 480),
        [`${folder}/can.svg`]: svgImage(300, 600),
      },
    );
    expect(problems).toEqual([]);
    expect(parsed?.html).toContain(
      '<img src="/images/posts/a-post/jug.svg" alt="A jug of cucumber water" title="Chilled" width="640" height="480" loading="lazy" decoding="async">',
    );
    expect(parsed?.html).toContain(
      '<img src="/images/posts/a-post/can.svg" alt="A can" width="300" height="600" loading="lazy" decoding="async">',
    );
    expect(parsed?.html).toContain(
      '<img src="/images/posts/a-post/jug.svg" alt="Again" width="640" height="480" loading="lazy" decoding="async">',
    );
  });

  it('report a missing file or missing alt text at the line in the file', async () => {
    const { post: parsed, problems } = await load(
      post(validFrontMatter, '## Look\n\n![](jug.svg)\n\nText.\n\n![A can](can.svg)\n'),
      { ...heroArt, [`${folder}/jug.svg`]: svgImage(640, 480) },
    );
    expect(parsed).toBeUndefined();
    // The front matter takes lines 1–6 and a blank line follows it, so the body starts at 8.
    expect(problems).toEqual([
      'posts/a-post.md: body, line 10, image: expected a description of the image, as in ![what it shows](photo.jpg), got none',
      'posts/a-post.md: body, line 14, image: expected a file at public/images/posts/a-post/can.svg, got no such file',
    ]);
  });

  it('may not be hot-linked from another site', async () => {
    const { problems } = await load(
      post(validFrontMatter, '## Look\n\n![A can](https://cdn.example/can.jpg)\n'),
      heroArt,
    );
    expect(problems).toEqual([
      'posts/a-post.md: body, line 10, image: expected an image in public/images/posts/a-post/, got "https://cdn.example/can.jpg" (save the image into that folder and write its file name, e.g. photo.jpg)',
    ]);
  });
});

describe('a post that is a folder, its images beside it', () => {
  /** Loads content/posts/<files> with only the banner's artwork in public/. */
  async function loadFolder(files: Record<string, string>) {
    const dir = await contentSet(files);
    const { posts, problems } = await loadContent(dir, { publicDir: await publicFolder(heroArt) });
    return {
      posts,
      problems: problems
        .map(formatProblem)
        .filter((line) => !line.includes('hero-slides.yaml'))
        .map((line) => line.replaceAll(`${dir}/`, '')),
    };
  }

  it('takes its slug from the folder and its images from beside it', async () => {
    const { posts, problems } = await loadFolder({
      'a-post/index.md': post(
        { ...validFrontMatter, image: 'cover.svg', imageAlt: 'A peach soda.' },
        '## Look\n\n![A jug](jug.svg)\n',
      ),
      'a-post/cover.svg': svgImage(1200, 800),
      'a-post/jug.svg': svgImage(640, 480),
    });
    expect(problems).toEqual([]);
    expect(posts[0]).toMatchObject({
      slug: 'a-post',
      image: { src: '/images/posts/a-post/cover.svg', width: 1200, height: 800 },
    });
    expect(posts[0]?.html).toContain(
      '<img src="/images/posts/a-post/jug.svg" alt="A jug" width="640" height="480"',
    );
  });

  it('names a missing image in the post’s folder, and refuses files that are not images', async () => {
    const { problems } = await loadFolder({
      'a-post/index.md': post({ ...validFrontMatter, image: 'cover.svg', imageAlt: 'A soda.' }),
      'a-post/Cover.svg': svgImage(1200, 800),
      'a-post/notes.txt': 'remember the alt text',
      'loose/photo.jpg': 'x',
    });
    expect(problems).toEqual([
      'posts/a-post/notes.txt: file name: expected a markdown post ending in .md, or an image beside a post’s index.md, got "notes.txt" (images may be .svg, .png, .jpg, .jpeg, .webp, .avif, .gif)',
      'posts/loose/photo.jpg: file name: expected a markdown post ending in .md, or an image beside a post’s index.md, got "photo.jpg" (put a post and its images in one folder, the post named index.md)',
      'posts/a-post/index.md: image, line 6: expected a file at posts/a-post/cover.svg, got no such file (did you mean Cover.svg?)',
    ]);
  });

  it('a renamed single-file post is told where its images were left behind', async () => {
    const { problems } = await load(
      post({ ...validFrontMatter, image: 'cover.svg', imageAlt: 'A soda.', aliases: '[old-post]' }),
      { ...heroArt, 'images/posts/old-post/cover.svg': svgImage(1200, 800) },
    );
    expect(problems).toEqual([
      'posts/a-post.md: image, line 6: expected a file at public/images/posts/a-post/cover.svg, got no such file (it is in public/images/posts/old-post/, the post’s old slug: if the post was renamed, rename that folder to public/images/posts/a-post/)',
    ]);
  });
});
