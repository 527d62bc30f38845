/** Where each page load reports itself: app/api/views/route.ts. */
export const VIEW_BEACON_PATH = '/api/views';

/** Where the tab's visit began, for a signup made later in it (lib/newsletter/signup-request). */
export const VISIT_STORAGE_KEY = 'glowpop-visit';
/** The signup form's field that carries it, added as the form is sent. */
export const VISIT_FIELD = 'visit';

/**
 * In every production page's HTML beside the theme script, a few hundred bytes that do nothing
 * before the first paint but listen:
 * - once the page has loaded (or a prerendered page is shown), and after each client-side
 *   navigation to another page or back/forward, it sends the page view beacon: path, query,
 *   referrer and the window's width. A change of #section is no new page. Automated browsers
 *   (navigator.webdriver) send none.
 * - the first page of the tab's visit, or the first with campaign fields, is kept in
 *   sessionStorage (no cookie, sent nowhere) and added to a signup form's fields (a form with
 *   an email field) as the form is sent, so a reader who lands from a campaign and subscribes
 *   two pages later is credited to it.
 * sessionStorage may be unavailable (privacy modes): then only the attribution is lost.
 */
export const VISIT_SCRIPT =
  '(function(d,n,k){var s,c,l=location;try{s=sessionStorage;' +
  'if(!s[k]||/utm_/.test(l.search))s[k]=JSON.stringify({l:l.pathname+l.search,r:d.referrer})}catch(e){}' +
  'function v(r){if(c!=l.pathname){c=l.pathname;n.webdriver||n.sendBeacon("' +
  VIEW_BEACON_PATH +
  '",new URLSearchParams({p:c,q:l.search,r:r,w:innerWidth}))}}' +
  'function f(){setTimeout(v,0,d.referrer)}' +
  'd.prerendering?d.addEventListener("prerenderingchange",f):addEventListener("load",f);' +
  'var p=history.pushState;history.pushState=function(){p.apply(this,arguments);setTimeout(v,0,"")};' +
  'addEventListener("popstate",function(){v("")});' +
  'd.addEventListener("formdata",function(e){e=e.formData;s&&s[k]&&e.has("email")&&e.set("' +
  VISIT_FIELD +
  '",s[k])},!0)})(document,navigator,"' +
  VISIT_STORAGE_KEY +
  '")';
