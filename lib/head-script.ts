import { FRAMEWORK_ON_DEMAND_SCRIPT } from '@/lib/framework-on-demand';
import { VISIT_SCRIPT } from '@/lib/page-views/visit-script';
import { SEARCH_SHORTCUTS_SCRIPT } from '@/lib/search/search-entry';
import { THEME_SCRIPT } from '@/lib/theme';

/**
 * Every production page's one inline script, in <head>: the theme (lib/theme.ts), the search
 * shortcuts (lib/search/search-entry.ts), the visit (lib/page-views/visit-script.ts) and the
 * framework loader (lib/framework-on-demand.ts).
 */
export const HEAD_SCRIPT = `${THEME_SCRIPT};${SEARCH_SHORTCUTS_SCRIPT};${VISIT_SCRIPT};${FRAMEWORK_ON_DEMAND_SCRIPT}`;

/**
 * Editors' `next dev`: the theme and the shortcuts alone. It counts no visits, and Next loads
 * the framework there as it always does.
 */
export const DEVELOPMENT_HEAD_SCRIPT = `${THEME_SCRIPT};${SEARCH_SHORTCUTS_SCRIPT}`;
