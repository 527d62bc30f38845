// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pagination } from '@/components/posts/Pagination';
import { TagFilter } from '@/components/tags/TagFilter';

afterEach(cleanup);

const tags = [
  { name: 'Gut Health', slug: 'gut-health', count: 4 },
  { name: 'Skin Health', slug: 'skin-health', count: 3 },
  { name: 'Café Culture', slug: 'cafe-culture', count: 1 },
];

describe('TagFilter', () => {
  it('is a navigation labelled Prebiotic Benefits, with All and one linked chip per tag', () => {
    render(<TagFilter tags={tags} total={7} current={null} />);
    const nav = screen.getByRole('navigation', { name: 'Prebiotic Benefits' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['All 7 posts', '/blog'],
      ['Gut Health 4 posts', '/blog/tag/gut-health'],
      ['Skin Health 3 posts', '/blog/tag/skin-health'],
      ['Café Culture 1 post', '/blog/tag/cafe-culture'],
    ]);
    expect(within(nav).getByRole('link', { name: 'All 7 posts' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('marks the current tag, and nothing when the page is neither a tag nor the blog', () => {
    const { rerender } = render(<TagFilter tags={tags} total={7} current="skin-health" />);
    expect(screen.getByRole('link', { current: 'page' })).toHaveAccessibleName(
      'Skin Health 3 posts',
    );
    rerender(<TagFilter tags={tags} total={7} />);
    expect(screen.queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
  });
});

describe('Pagination', () => {
  it('links newer and older pages with rel, page 1 at the list’s own URL', () => {
    render(<Pagination basePath="/blog/tag/gut-health" page={2} pageCount={3} />);
    expect(screen.getByRole('link', { name: /Newer posts/ })).toHaveAttribute(
      'href',
      '/blog/tag/gut-health',
    );
    expect(screen.getByRole('link', { name: /Newer posts/ })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: /Older posts/ })).toHaveAttribute(
      'href',
      '/blog/tag/gut-health/page/3',
    );
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
  });

  it('shows nothing for a single page', () => {
    const { container } = render(<Pagination basePath="/blog" page={1} pageCount={1} />);
    expect(container).toBeEmptyDOMElement();
  });
});
