/**
 * The framework on demand: a prerendered page is read as plain HTML, and Next's scripts (the
 * ~140 kB React runtime) load only when the reader first does something with the page:
 * scrolls, moves the pointer, taps, presses a key or moves focus.
 *
 * Why: evaluating React DOM is one main-thread task of 70–170 ms on a desktop core, several
 * times that on a phone, on every page; with the page's React payload inline as well, it is
 * what kept an article from painting and answering early on slow phones (docs/performance.md,
 * "The framework on demand"). Until it loads, a page is what it is with JavaScript off, which
 * every page already supports: links are plain links, forms post, the contents are a
 * <details>, the banner shows its first slide without dead controls. The head script (theme,
 * page view) runs as before.
 *
 * How: after `next build`, scripts/defer-framework.mts rewrites each prerendered page with
 * `deferFrameworkScripts`: Next's script tags get a type the browser does not run, and the
 * inline React payload is dropped, since it is byte for byte the page's `.rsc` file, which the
 * loader fetches from the server when it starts the framework. Pages rendered per request
 * (search, the newsletter's result pages, the dashboard) keep Next's scripts as they are.
 */

/** The type Next's script tags are given in a deferred page: not JavaScript, so not fetched. */
export const DEFERRED_SCRIPT_TYPE = 'text/glowpop-later';

/** Dispatched on `window` by the root layout's first effect: the page's buttons now work. */
export const HYDRATED_EVENT = 'glowpop:hydrated';

/**
 * The loader, in every production page's head script (lib/head-script.ts). On the first
 * interaction it fetches the page's React payload (`?_rsc` with the `RSC` header is how Next's
 * router asks for it), puts it where Next's runtime reads it, and replaces each deferred tag
 * with a live one carrying the same `src` attribute, as written: Turbopack's runtime knows a
 * chunk by that attribute, and would wait for a tag already in the page with a chunk's address
 * rather than add its own. A pointer move counts only if the pointer moved: Chromium sends a
 * still one whenever the page under a resting cursor changes. A failed fetch (offline, a server
 * restarting) leaves the page as it is and tries again at the reader's next tap or key press,
 * not at every scroll or move. Only tags with the framework's own addresses are started.
 *
 * A button clicked before the framework has started (a tap on the theme switch, say: the tap is
 * what starts it) would otherwise do nothing; the loader remembers it and clicks it again once
 * the page has hydrated, in a task of its own: the event comes from the layout's first effect,
 * before the effects of the parts below it (the theme switch's subscription, say) have run.
 * After Next has started (`window.next`), React itself replays clicks on parts still
 * hydrating, so none is remembered then.
 *
 * On a page without deferred scripts (one rendered per request, or `next dev`) the loader stops
 * listening at the first interaction; the click it remembers there is replayed the same way.
 */
export const FRAMEWORK_ON_DEMAND_SCRIPT =
  '(function(d,w){var b,p,o={capture:!0,passive:!0},' +
  'D=["pointerdown","touchstart","keydown"],C=["pointermove","focusin","wheel","scroll"];' +
  'function f(l){l.forEach(function(e){w.removeEventListener(e,h,o)})}' +
  'function s(){var l=d.querySelectorAll(\'script[type="' +
  DEFERRED_SCRIPT_TYPE +
  '"][src^="/_next/static/"]\');if(!l.length)return f(D.concat(C));b=1;' +
  'fetch(location.pathname+"?_rsc",{headers:{RSC:"1"}}).then(function(r){if(!r.ok)throw r;return r.text()})' +
  '.then(function(t){f(D.concat(C));(w.__next_f=w.__next_f||[]).push([0],[1,t]);' +
  'l.forEach(function(x){var n=d.createElement("script");n.src=x.getAttribute("src");x.replaceWith(n)})},' +
  'function(){b=0;f(C)})}' +
  'function h(e){b||e.type=="pointermove"&&!e.movementX&&!e.movementY||(d.readyState=="loading"?(b=1,d.addEventListener("DOMContentLoaded",function(){b=0;s()})):s())}' +
  'D.concat(C).forEach(function(e){w.addEventListener(e,h,o)});' +
  'd.addEventListener("click",function(e){var t=e.target;' +
  'if(!w.next&&t.closest&&(t=t.closest(\'button[type="button"]\')))p=t},!0);' +
  'w.addEventListener("' +
  HYDRATED_EVENT +
  '",function(){setTimeout(function(){p&&p.isConnected&&p.click();p=0})})})(document,window)';

const FLIGHT_START = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
const FLIGHT_CHUNK = /<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs;
const FRAMEWORK_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
/** A script from the build that would still run: any but the `noModule` polyfill. */
const LIVE_FRAMEWORK_SCRIPT = /<script src="\/_next\/static\/[^"]+"(?! noModule="")/;
const FRAMEWORK_PRELOAD =
  /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"]+"\/>/g;

type DeferResult = { html: string } | { skipped: string };

/**
 * A prerendered page's HTML with Next's scripts deferred, given the page's `.rsc` file; or why
 * the page is left as Next wrote it: a page whose inline payload is not exactly its `.rsc`
 * file (or holds anything but text) could not be hydrated from that file, so it keeps its
 * scripts rather than risk a page that never comes alive.
 */
export function deferFrameworkScripts(html: string, rsc: string): DeferResult {
  // The tag, not the type alone: the loader in the head names the type too.
  const deferredTag = `<script type="${DEFERRED_SCRIPT_TYPE}"`;
  if (html.includes(deferredTag)) return { skipped: 'already deferred' };
  if (!html.includes(FLIGHT_START)) return { skipped: 'no inline React payload' };
  let payload = '';
  for (const [, entry = ''] of html.matchAll(FLIGHT_CHUNK)) {
    const parsed: unknown = JSON.parse(entry);
    if (!Array.isArray(parsed) || parsed[0] !== 1 || typeof parsed[1] !== 'string') {
      return { skipped: `a payload entry that is not text: ${entry.slice(0, 40)}` };
    }
    payload += parsed[1];
  }
  if (payload !== rsc) return { skipped: 'its inline React payload differs from its .rsc file' };
  const deferred = html
    .replace(FLIGHT_START, '')
    .replace(FLIGHT_CHUNK, '')
    .replace(FRAMEWORK_PRELOAD, '')
    .replace(FRAMEWORK_SCRIPT, `<script type="${DEFERRED_SCRIPT_TYPE}" src="$1"></script>`);
  if (!deferred.includes(deferredTag)) {
    return { skipped: 'no framework script tags found' };
  }
  // A tag Next wrote some other way would start the framework without its payload.
  if (LIVE_FRAMEWORK_SCRIPT.test(deferred)) {
    return { skipped: 'a framework script tag in a form not recognised' };
  }
  return { html: deferred };
}
