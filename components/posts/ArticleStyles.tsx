'use client';

import articleCss from '@/components/posts/article.inline.css';

/**
 * Writes the article styles into the page's <head> (React hoists a <style> with `href` and
 * `precedence` there, once). A client component, so the CSS rides in the HTML and one cached
 * script rather than also in every article's React payload (see loaders/inline-css-loader.mjs).
 */
export function ArticleStyles() {
  return (
    <style href="glowpop-article" precedence="default">
      {articleCss}
    </style>
  );
}
