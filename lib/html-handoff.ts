/**
 * Hands a piece of static HTML (an article's body) from the server-component render to the
 * server-side render of the client component that writes it, so it is sent once, in the HTML.
 *
 * Anything a server component renders also travels in the page's React payload, the data React
 * hydrates from: the body, the largest part of an article, was sent twice, and written three
 * more times into the build output (the `.rsc` file and two prefetch segments). Both renders of
 * a page run in one process, one after the other (the client component is only reached once the
 * server component has returned it), so the server component leaves the HTML here under a
 * handle, and only the handle goes into the payload.
 *
 * The two renders load separate copies of every module, so the registry lives on `globalThis`.
 * It holds one entry per distinct piece: an article's body (a string the content cache already
 * keeps) and its JSON-LD (about 1 kB).
 */
declare global {
  var glowpopHandedHtml: Map<string, string> | undefined;
}

function registry(): Map<string, string> {
  globalThis.glowpopHandedHtml ??= new Map();
  return globalThis.glowpopHandedHtml;
}

/** FNV-1a over the UTF-16 code units, with the length: equal bodies share a handle (a short
 * one, since it rides in the payload and the build output of every article). */
function handleOf(html: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < html.length; index += 1) {
    hash = Math.imul(hash ^ html.charCodeAt(index), 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${html.length.toString(36)}`;
}

/** Leaves `html` for the server-side render; returns the handle to pass to the client component. */
export function handOffHtml(html: string): string {
  const handed = registry();
  let handle = handleOf(html);
  // Two different bodies with one hash: the later one gets a longer handle, never the other's.
  while (handed.has(handle) && handed.get(handle) !== html) handle += '+';
  handed.set(handle, html);
  return handle;
}

/** The HTML left under `handle`, for the server-side render of the client component. */
export function takeHandedOffHtml(handle: string): string {
  const html = registry().get(handle);
  // An empty article would be published silently otherwise: fail the render (and the build).
  if (html === undefined) throw new Error(`No HTML was handed off under "${handle}"`);
  return html;
}
