// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Article } from '@/components/posts/Article';
import { PostCard } from '@/components/posts/PostCard';
import { PostList } from '@/components/posts/PostList';
import { renderMarkdown, type Post, toTag } from '@/lib/content';

afterEach(cleanup);

/* Unit tests render a page in one pass, with no server-side render after the server
 * components', so the parts a production page sends in its HTML only (HtmlOnlyPart) are
 * rendered in place, as in `next dev`. The production path is tested in Chromium
 * (tests/e2e/article-page.spec.ts, no-javascript.spec.ts). */

const coverImage = {
  src: '/images/posts/a/cover.jpg',
  alt: 'A can',
  width: 1600,
  height: 1000,
  bytes: 120_000,
  type: 'image/jpeg',
};

async function makePost(
  overrides: Partial<Post> = {},
  markdown = '## Section\n\nBody text.',
): Promise<Post> {
  const {
    misplacedTitles: _titles,
    skippedLevels: _skipped,
    imageProblems: _images,
    ...body
  } = await renderMarkdown(markdown, {
    slug: 'the-gut-skin-axis',
    folder: 'public/images/posts/the-gut-skin-axis',
  });
  return {
    slug: 'the-gut-skin-axis',
    file: 'content/posts/the-gut-skin-axis.md',
    fieldLines: {},
    title: 'The Gut-Skin Axis',
    date: '2025-02-28',
    summary: 'How your gut and skin talk.',
    description: 'How your gut and skin talk.',
    tags: ['Skin Health', 'Gut Health'].map(toTag),
    category: 'Prebiotic Benefits',
    draft: false,
    status: 'published',
    aliases: [],
    ...body,
    readingMinutes: 6,
    ...overrides,
  };
}

describe('PostCard', () => {
  it('shows title as a link to the article, date, reading time, summary and tags', async () => {
    render(<PostCard post={await makePost()} />);
    const link = screen.getByRole('link', { name: 'The Gut-Skin Axis' });
    expect(link).toHaveAttribute('href', '/blog/the-gut-skin-axis');
    expect(
      screen.getByRole('heading', { level: 2, name: 'The Gut-Skin Axis' }),
    ).toBeInTheDocument();
    const time = screen.getByText('February 28, 2025');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2025-02-28');
    expect(screen.getByText('6 min read')).toBeInTheDocument();
    expect(screen.getByText('How your gut and skin talk.')).toBeInTheDocument();
    // Every post is in the usual category, so naming it on every card would say nothing.
    expect(screen.queryByText('Prebiotic Benefits')).not.toBeInTheDocument();
    const tags = screen.getByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Skin Health', 'Gut Health']);
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
  });

  it('names a guest author, but not the team, whom every card would name alike', async () => {
    const { rerender } = render(<PostCard post={await makePost({ author: 'Ana' })} />);
    expect(screen.getByText('By Ana')).toBeInTheDocument();
    rerender(<PostCard post={await makePost({ author: 'The GLOWPOP Team' })} />);
    expect(screen.queryByText(/By The GLOWPOP Team/)).not.toBeInTheDocument();
  });

  it('names a category other than the usual one, and draws a placeholder for a missing cover', async () => {
    const { container } = render(<PostCard post={await makePost({ category: 'Recipes' })} />);
    expect(screen.getByText('Recipes')).toHaveClass('eyebrow');
    expect(container.querySelector('.card-placeholder')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks drafts and uses the requested heading level', async () => {
    render(<PostCard post={await makePost({ draft: true, status: 'draft' })} headingLevel="h3" />);
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('marks scheduled posts with the day they go live', async () => {
    render(<PostCard post={await makePost({ date: '2027-03-01', status: 'scheduled' })} />);
    expect(screen.getByText('Scheduled for March 1, 2027')).toBeInTheDocument();
    expect(screen.queryByText('Draft')).not.toBeInTheDocument();
  });

  it('shows a cover thumbnail, decorative since the title says it all, loaded lazily', async () => {
    const { container } = render(<PostCard post={await makePost({ image: coverImage })} />);
    const thumbnail = container.querySelector('img');
    expect(thumbnail).toHaveAttribute('alt', '');
    expect(thumbnail).toHaveAttribute('loading', 'lazy');
    expect(thumbnail).toHaveAttribute('width', '1600');
    expect(thumbnail).toHaveAttribute('height', '1000');
    expect(thumbnail?.getAttribute('srcset')).toMatch(
      /\/_next\/image\?url=%2Fimages%2Fposts%2Fa%2Fcover\.jpg&w=\d+&q=75 \d+w/,
    );
  });
});

describe('Article', () => {
  it('shows the cover with its alt text, real size and high fetch priority', async () => {
    render(<Article post={await makePost({ image: coverImage })} />);
    const cover = screen.getByRole('img', { name: 'A can' });
    expect(cover).toHaveAttribute('width', '1600');
    expect(cover).toHaveAttribute('height', '1000');
    expect(cover).toHaveAttribute('loading', 'eager');
    expect(cover).toHaveAttribute('fetchpriority', 'high');
  });
});

describe('PostList', () => {
  it('says so when there are no posts', () => {
    render(<PostList posts={[]} />);
    expect(screen.getByText(/No posts yet/)).toBeInTheDocument();
  });
});

describe('Article', () => {
  it('has the title as its only h1, then meta, summary and the body with linkable headings', async () => {
    const { container } = render(<Article post={await makePost({ author: 'Ana' })} />);
    const h1s = container.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).toHaveTextContent('The Gut-Skin Axis');
    expect(screen.getByText('By Ana')).toBeInTheDocument();
    // The summary is the lede, right under the byline, with no box or heading of its own.
    expect(screen.getByText('How your gut and skin talk.')).toHaveClass('lede');
    expect(screen.getByRole('heading', { level: 2, name: 'Section' })).toHaveAttribute(
      'id',
      'section',
    );
    expect(screen.getByText('Body text.')).toBeInTheDocument();
  });

  it('credits the team when the post names no author', async () => {
    render(<Article post={await makePost()} />);
    expect(screen.getByText('By The GLOWPOP Team')).toBeInTheDocument();
  });

  it('lists its sections in a table of contents when it has three or more', async () => {
    render(
      <Article
        post={await makePost(
          {},
          '## One\n\nA.\n\n### Detail\n\nB.\n\n## Two\n\nC.\n\n## Three\n\nD.',
        )}
      />,
    );
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['One', '#one'],
      ['Two', '#two'],
      ['Three', '#three'],
    ]);
  });

  it('has no table of contents for a short post', async () => {
    render(<Article post={await makePost({}, '## One\n\nA.\n\n## Two\n\nB.')} />);
    expect(screen.queryByRole('navigation', { name: 'On this page' })).not.toBeInTheDocument();
  });

  it('renders hostile markdown with no script, event handler or javascript: link', async () => {
    const post = await makePost(
      {},
      '<script>window.hacked = true</script>\n\n<img src=x onerror="window.hacked = true">\n\n[click](javascript:window.hacked=true)',
    );
    const { container } = render(<Article post={post} />);
    expect(container.querySelector('script')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/javascript:/i);
      }
    }
    expect(screen.getByText('click')).toBeInTheDocument();
  });
});
