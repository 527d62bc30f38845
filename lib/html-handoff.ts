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
  var glowpopHandedTrees: Map<string, { tree: ReactNode; description: string }> | undefined;
}

function registry(): Map<string, string> {
  globalThis.glowpopHandedHtml ??= new Map();
  return globalThis.glowpopHandedHtml;
}

/** FNV-1a over the UTF-16 code units, in base 36: short, since it rides in the payload. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** With the length: equal bodies share a handle, and unequal ones seldom share a hash. */
function handleOf(html: string): string {
  return `${hashOf(html)}-${html.length.toString(36)}`;
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
 * How many trees are kept. Equal parts share an entry (the footer, the not-found page), so it
 * grows only with distinct parts: the cap is far above the pages in flight at once, so none is
 * dropped before it is taken, while parts whose HTML is never made (a client-side navigation
 * asks only for the payload) cannot make it grow for ever.
 */
const KEPT_TREES = 5_000;

type HandedTree = { tree: ReactNode; description: string };

function treeRegistry(): Map<string, HandedTree> {
  globalThis.glowpopHandedTrees ??= new Map();
  return globalThis.glowpopHandedTrees;
}

const ELEMENT = Symbol.for('react.transitional.element');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

type Element = { type: unknown; key: unknown; props: object };

function isElement(node: object): node is Element {
  return (
    '$$typeof' in node &&
    node.$$typeof === ELEMENT &&
    'type' in node &&
    'props' in node &&
    typeof node.props === 'object' &&
    node.props !== null
  );
}

function nameOf(type: unknown): string {
  if (typeof type === 'string') return type;
  if (typeof type === 'symbol') return type.description ?? 'symbol';
  if (typeof type === 'function' && type.constructor.name === 'AsyncFunction') {
    throw new Error(`${type.name} is async: a part sent in the HTML only cannot hold it`);
  }
  if ((typeof type === 'function' || typeof type === 'object') && type !== null) {
    if ('$$typeof' in type && type.$$typeof === CLIENT_REFERENCE) {
      throw new Error(
        'A client component (next/link is one) cannot be in a part sent in the HTML only: use a plain element',
      );
    }
    if (typeof type === 'function') return type.name;
  }
  throw new Error('A part sent in the HTML only holds something that is not an element');
}

/**
 * A tree written out as text, for its handle: each element's type (by name: a server
 * component's output depends only on its props) and props. Throws on what the server-side render
 * could not render from here: a client component, or an async one.
 */
export function describeTree(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (Array.isArray(node)) return `[${node.map(describeTree).join(',')}]`;
  if (typeof node !== 'object') return JSON.stringify(String(node));
  if (!isElement(node)) return JSON.stringify(node);
  const { type, key, props } = node;
  const fields = Object.entries(props).map(([name, value]) =>
    typeof value === 'object' && value !== null
      ? `${name}=${describeTree(value)}`
      : `${name}=${JSON.stringify(value) ?? ''}`,
  );
  return `<${nameOf(type)} ${String(key)} ${fields.join(' ')}>`;
}

/**
 * Leaves a part of a page made only of HTML elements and server components that render them
 * (no client components, nothing async): the server-side render renders it, and only the
 * handle goes into the payload. The handle comes from the part's content, so a page built
 * again from the same content is the same page, byte for byte.
 */
export function handOffTree(tree: ReactNode): string {
  const trees = treeRegistry();
  const description = describeTree(tree);
  // No length on the end, as bodies have: a part's handle rides in every page, and the
  // registry tells apart two parts that share a hash.
  let handle = hashOf(description);
  // Two different parts with one hash: the later one gets a longer handle, never the other's.
  while (trees.has(handle) && trees.get(handle)?.description !== description) handle += '+';
  // Kept as the newest, so a part handed off again and again is never the one dropped.
  trees.delete(handle);
  trees.set(handle, { tree, description });
  if (trees.size > KEPT_TREES) {
    const oldest = trees.keys().next();
    if (!oldest.done) trees.delete(oldest.value);
  }
  return handle;
}

/** The tree left under `handle`, for the server-side render of the client component. */
export function takeHandedOffTree(handle: string): ReactNode {
  const handed = treeRegistry().get(handle);
  // A part missing from the page would be published silently otherwise: fail the render.
  if (handed === undefined) {
    throw new Error(`No part of the page was handed off under "${handle}"`);
  }
  return handed.tree;
}
