import { FRAMEWORK_ON_DEMAND_SCRIPT } from '@/lib/framework-on-demand';
import { VISIT_SCRIPT } from '@/lib/page-views/visit-script';
import { THEME_SCRIPT } from '@/lib/theme';

/**
 * Every production page's one inline script, in <head>: the theme (lib/theme.ts), the visit
 * (lib/page-views/visit-script.ts) and the framework loader (lib/framework-on-demand.ts). Editors'
 * `next dev` has the theme's alone: it counts nothing and loads the framework as Next does.
 */
export const HEAD_SCRIPT = `${THEME_SCRIPT};${VISIT_SCRIPT};${FRAMEWORK_ON_DEMAND_SCRIPT}`;
