/*
 * How readers reach search from any page: its page, its field, and the keyboard shortcuts. One
 * small module, since every page's script carries it (app/SiteHead.tsx).
 */

/** The search page: the header links to it, and it holds every result list. */
export const SEARCH_PATH = '/search';

/** The search page's field, which `/` and Ctrl/⌘+K focus (below). */
export const SEARCH_FIELD_ID = 'search-query';

/**
 * Makes `/` (outside a field) and Ctrl/⌘+K open search on every page: they focus the search
 * page's field where this is that page, else follow the header's search link. Every page runs
 * this, once, so it is kept small.
 */
export function listenForSearchShortcuts(): void {
  addEventListener('keydown', (event) => {
    const control =
      document.getElementById(SEARCH_FIELD_ID) ??
      document.querySelector<HTMLElement>(`header [href="${SEARCH_PATH}"]`);
    const slash =
      event.key === '/' &&
      !(
        event.target instanceof Element &&
        event.target.closest('input,textarea,select,[contenteditable]')
      );
    if (
      !control ||
      event.defaultPrevented ||
      !(slash || ((event.ctrlKey || event.metaKey) && event.key === 'k'))
    )
      return;
    event.preventDefault();
    control.focus();
    control.click();
  });
}
