/**
 * The reader's colour theme: their system's by default, or light or dark as chosen in the
 * header. The choice lives in localStorage and on <html data-theme>, which the stylesheet's
 * light-dark() tokens follow (app/site.inline.css).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'glowpop-theme';

export function isTheme(value: unknown): value is Theme {
  return THEMES.some((theme) => theme === value);
}

/**
 * Runs in <head> before the first paint, so a remembered theme never flashes the other one.
 * It also marks <html data-js>, which shows the theme switch (useless without JavaScript).
 * Kept tiny: it is in every page's HTML. localStorage may be unavailable (privacy modes).
 * Written as a sum of constants, so a browser bundle that does not use it can drop it.
 */
export const THEME_SCRIPT =
  '(function(d){d.dataset.js="";try{var t=localStorage.getItem("' +
  THEME_STORAGE_KEY +
  '");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})(document.documentElement)';
