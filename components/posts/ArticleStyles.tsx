'use client';

import articleCss from '@/components/posts/article.inline.css';
import articleRichCss from '@/components/posts/article-rich.inline.css';

/**
 * Writes the article styles into the page's <head> (React hoists a <style> with `href` and
 * `precedence` there, once). A client component, so the CSS rides in the HTML and one cached
 * script rather than also in every article's React payload (see loaders/inline-css-loader.mjs).
 * `richMarkup`: the body holds task lists, quotes, code, tables, images or rules, whose styles
 * are written only then (usesRichMarkup in lib/content).
 */
export function ArticleStyles({ richMarkup }: { richMarkup: boolean }) {
  return (
    <>
      <style href="glowpop-article" precedence="default">
        {articleCss}
      </style>
      {richMarkup ? (
        <style href="glowpop-article-rich" precedence="default">
          {articleRichCss}
        </style>
      ) : null}
    </>
  );
}
