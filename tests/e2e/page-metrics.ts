import type { Page } from '@playwright/test';

/** The page's cumulative layout shift so far, not counting shifts caused by input. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[];
          resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No layout-shift entries at all means the observer never calls back.
        setTimeout(() => resolve(0), 500);
      }),
  );
}
