/**
 * Hands the parts of a page with nothing interactive in them from the server-component render
 * to the server-side render of the client component that writes them (HandedPart), so they are
 * sent once, in the HTML: strings of HTML (an article's body, structured data) and trees of
 * elements (an article's header, share links, the footer's links).
 *
 * Anything a server component renders also travels in the page's React payload, the data React
 * hydrates from: the body, the largest part of an article, was sent twice, and written three
 * more times into the build output (the `.rsc` file and two prefetch segments). Both renders of
 * a page run in one process, one after the other (the client component is only reached once the
 * server component has returned it), so the server component leaves the part here under a
 * handle, and only the handle goes into the payload.
 *
 * The two renders load separate copies of every module, so the registries live on
 * `globalThis`. The HTML one holds one entry per distinct string: articles' bodies (which the
 * content cache already keeps) and pages' structured data (under 2 kB each).
 */
import type { ReactNode } from 'react';

declare global {
  var glowpopHandedHtml: Map<string, string> | undefined;
  var glowpopHandedTrees: { trees: Map<string, ReactNode>; count: number } | undefined;
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

/**
 * How many trees are kept: far more than the pages in flight at once (a page's server-side
 * render takes its trees right after its server components made them), so none is dropped
 * before it is taken, while renders whose HTML is never made (a client-side navigation asks
 * only for the payload) cannot make the registry grow for ever.
 */
const KEPT_TREES = 5_000;

function treeRegistry() {
  globalThis.glowpopHandedTrees ??= { trees: new Map(), count: 0 };
  return globalThis.glowpopHandedTrees;
}

/**
 * Leaves a part of a page made only of HTML elements and server components that render them
 * (no client components, nothing async): the server-side render renders it, and only the
 * handle goes into the payload. Each call gets a handle of its own.
 */
export function handOffTree(tree: ReactNode): string {
  const registry = treeRegistry();
  registry.count += 1;
  const handle = registry.count.toString(36);
  registry.trees.set(handle, tree);
  if (registry.trees.size > KEPT_TREES) {
    const oldest = registry.trees.keys().next();
    if (!oldest.done) registry.trees.delete(oldest.value);
  }
  return handle;
}

/** The tree left under `handle`, for the server-side render of the client component. */
export function takeHandedOffTree(handle: string): ReactNode {
  const { trees } = treeRegistry();
  // A part missing from the page would be published silently otherwise: fail the render.
  if (!trees.has(handle)) throw new Error(`No part of the page was handed off under "${handle}"`);
  return trees.get(handle);
}
