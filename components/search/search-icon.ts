/**
 * The magnifying glass (an SVG path for LineIcon) of the header's search link and the search
 * field. Not in lib/search/search-entry.ts, which the header brings into every page's script.
 */
export const SEARCH_ICON = 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zm9 16-3.5-3.5';
