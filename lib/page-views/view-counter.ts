import type { PageViews } from '@/lib/newsletter/store';

const keyOf = (views: PageViews) =>
  JSON.stringify([
    views.day,
    views.path,
    views.referrerHost,
    views.utmSource,
    views.utmMedium,
    views.utmCampaign,
    views.device,
  ]);

/**
 * Adds views to the store in groups: while one transaction runs, the views arriving meanwhile
 * gather (the same page's added up) and go in the next, one commit for all of them. Each
 * `count` settles once the transaction holding its view has committed, so a view answered as
 * counted is on disk, and thousands a second cost a few commits, not thousands.
 */
export function createViewCounter(add: (views: PageViews[]) => Promise<void>) {
  let gathering: { views: Map<string, PageViews>; committed: Promise<void> } | undefined;
  let previous: Promise<void> = Promise.resolve();

  function openBatch() {
    const views = new Map<string, PageViews>();
    const committed = previous
      .catch(() => {
        // The previous group's failure was reported to its own callers.
      })
      .then(() => {
        if (gathering?.views === views) gathering = undefined;
        return add([...views.values()]);
      });
    previous = committed;
    return { views, committed };
  }

  return {
    count(view: PageViews): Promise<void> {
      gathering ??= openBatch();
      const key = keyOf(view);
      const same = gathering.views.get(key);
      if (same) same.views += view.views;
      else gathering.views.set(key, { ...view });
      return gathering.committed;
    },
  };
}
