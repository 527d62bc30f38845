'use client';

import searchCss from '@/components/search/search.inline.css';

/**
 * The search page's styles, written into its <head> once (as ArticleStyles does): no other page
 * carries them.
 */
export function SearchStyles() {
  return (
    <style href="glowpop-search" precedence="default">
      {searchCss}
    </style>
  );
}
