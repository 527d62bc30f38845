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
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target;
    const inField =
      target instanceof Element && target.closest('input,textarea,select,[contenteditable]');
    const shortcut =
      (event.key === '/' && !inField) || ((event.ctrlKey || event.metaKey) && event.key === 'k');
    const control =
      document.getElementById(SEARCH_FIELD_ID) ??
      document.querySelector<HTMLElement>(`header [href="${SEARCH_PATH}"]`);
    if (!shortcut || event.defaultPrevented || !control) return;
    event.preventDefault();
    control.focus();
    control.click();
  };
  addEventListener('keydown', onKeyDown);
}
