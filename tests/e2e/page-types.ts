/** One page of each kind the site serves, for the tests that walk every page type. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'blog', path: '/blog' },
  { name: 'article', path: '/blog/the-gut-skin-axis' },
  { name: 'tag', path: '/blog/tag/skin-health' },
  { name: 'not-found', path: '/blog/no-such-post' },
  { name: 'search', path: '/search?q=sleep' },
] as const;
