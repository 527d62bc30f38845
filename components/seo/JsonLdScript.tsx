'use client';

import { useState } from 'react';
import { takeHandedOffHtml } from '@/lib/html-handoff';

/**
 * Structured data is for crawlers, which load pages whole: it is written into the server's HTML
 * only (lib/html-handoff.ts), not again into the React payload and every prefetch of the page.
 * The browser renders an empty string, which hydration leaves unwritten, as ArticleBody does.
 */
export function JsonLdScript({ handle }: { handle: string }) {
  const [json] = useState(() => (typeof window === 'undefined' ? takeHandedOffHtml(handle) : ''));
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: json }}
      // In `next dev` React compares what hydrates; the empty string differs on purpose.
      suppressHydrationWarning
    />
  );
}
