/*
 * How readers reach search from any page: its page, its field, and the keyboard shortcuts. One
 * small module: the header and the search box import it into every page's script.
 */

/** The search page: the header links to it, and it holds every result list. */
export const SEARCH_PATH = '/search';

/** The search page's field, which `/` and Ctrl/⌘+K focus (below). */
export const SEARCH_FIELD_ID = 'search-query';

/**
 * Makes `/` (outside a field) and Ctrl/⌘+K open search on every page: they focus the search
 * page's field where this is that page, else follow the header's search link. Plain DOM code
 * in every page's head script (lib/head-script.ts), so the shortcuts work before the framework
 * has started (lib/framework-on-demand.ts): the key that starts it opens search as well.
 */
export const SEARCH_SHORTCUTS_SCRIPT =
  'addEventListener("keydown",function(e){var d=document,t=e.target,' +
  `c=d.getElementById("${SEARCH_FIELD_ID}")||d.querySelector('header [href="${SEARCH_PATH}"]'),` +
  's=e.key=="/"&&!(t instanceof Element&&t.closest("input,textarea,select,[contenteditable]"));' +
  'if(!c||e.defaultPrevented||!(s||(e.ctrlKey||e.metaKey)&&e.key=="k"))return;' +
  'e.preventDefault();c.focus();c.click()})';
