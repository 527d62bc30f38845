'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SEARCH_FIELD_ID, SEARCH_PATH } from '@/lib/search/search-entry';
import { SEARCH_ICON } from './search-icon';
import { SEARCH_MISS_PATH, searchApiPath, searchPath } from '@/lib/search/search-address';
import type { SearchView } from '@/lib/search/search-view';
import { LineIcon } from '@/components/layout/LineIcon';
import { SearchResults, searchStatus } from './SearchResults';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const TYPING_PAUSE_MS = 40;
/** A search that still finds nothing after this long is one the reader meant: count it. */
const MISS_AFTER_MS = 1_500;

function isSearchView(value: unknown): value is SearchView {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    ['empty', 'too-long', 'results'].includes(String(value.kind))
  );
}

/**
 * Whether the page before this one is one of ours: the document began elsewhere on the site
 * (the reader came by a link within it), or a page of the site linked to it.
 */
function cameFromThisSite(): boolean {
  const [load] = performance.getEntriesByType('navigation');
  const begunHere = !load || new URL(load.name).pathname === SEARCH_PATH;
  return !begunHere || document.referrer.startsWith(`${window.location.origin}/`);
}

/**
 * The server's answer for the address. A new one (back, forward, a pagination link) comes with
 * a new key (SearchPage), so the box starts afresh from it.
 */
type SearchBoxProps = { query: string; tag?: string; view: SearchView };

/**
 * The search page's field and results. The server renders both, so without JavaScript this is a
 * GET form and its answer. With JavaScript, results follow the typing (from /api/search, the
 * same answer as the page), the address follows the results (shareable; back and forward
 * restore it), arrow keys move between the field and the results, and Escape goes back to the
 * page the reader came from, focus on the header's search link.
 */
export function SearchBox(props: SearchBoxProps) {
  const router = useRouter();
  // The address, not the server's answer, says what was asked: back to a search the reader
  // refined in place, the page may come from the router's cache as it was first rendered.
  const address = useSearchParams();
  const [query, setQuery] = useState(() => address.get('q') ?? props.query);
  const [tag, setTag] = useState(() => address.get('tag') || props.tag);
  const [view, setView] = useState(props.view);
  const [failed, setFailed] = useState(false);
  /** The query and tag `view` answers: the server's, unless the address has moved on since. */
  const fetched = useRef(
    query.replace(/\s+/g, ' ').trim() === props.query && tag === props.tag
      ? { query, tag }
      : { query: props.query, tag: props.tag },
  );
  const results = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (query === fetched.current.query && tag === fetched.current.tag) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const asked = { query: query.trim(), tag };
        const response = await fetch(searchApiPath(asked), { signal: controller.signal });
        const answer: unknown = await response.json();
        if (!response.ok || !isSearchView(answer)) throw new Error(`${response.status}`);
        fetched.current = { query, tag };
        // The last answer stays on screen until this one is in: no flash of nothing.
        setView(answer);
        setFailed(false);
        window.history.replaceState(null, '', asked.query ? searchPath(asked) : SEARCH_PATH);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, tag]);

  // Counted once the reader stops typing: the keystrokes on the way to a word are not misses.
  useEffect(() => {
    if (view.kind !== 'results' || view.total > 0 || tag || fetched.current.query !== query) {
      return;
    }
    const missed = view.query;
    const timer = setTimeout(() => {
      void fetch(SEARCH_MISS_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q: missed }),
        keepalive: true,
      }).catch(() => {});
    }, MISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [view, tag, query]);

  const resultLinks = () =>
    Array.from(results.current?.querySelectorAll<HTMLElement>('.search-result-link') ?? []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const links = resultLinks();
    const field = document.getElementById(SEARCH_FIELD_ID);
    const at = links.findIndex((link) => link === document.activeElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const onField = document.activeElement === field;
      if (!onField && at < 0) return;
      event.preventDefault();
      const next = (onField ? -1 : at) + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? field : links[Math.min(next, links.length - 1)])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      goBack();
    }
  }

  /** Back to the page the reader searched from, focus where they opened search. */
  function goBack() {
    if (!cameFromThisSite()) {
      setQuery('');
      return;
    }
    router.back();
    const started = Date.now();
    const refocus = () => {
      const opener = document.querySelector<HTMLElement>(`header a[href="${SEARCH_PATH}"]`);
      if (window.location.pathname !== SEARCH_PATH && opener) opener.focus();
      else if (Date.now() - started < 3_000) setTimeout(refocus, 30);
    };
    refocus();
  }

  return (
    <div onKeyDown={onKeyDown}>
      <form
        role="search"
        action={SEARCH_PATH}
        method="get"
        className="search-field mt-6"
        onSubmit={(event) => {
          // The results are already there: Enter moves to them. If live results failed, the
          // form goes to the server as it would without JavaScript.
          if (failed) return;
          event.preventDefault();
          resultLinks()[0]?.focus();
        }}
      >
        <label htmlFor={SEARCH_FIELD_ID} className="sr-only">
          Search articles
        </label>
        <LineIcon path={SEARCH_ICON} />
        <input
          id={SEARCH_FIELD_ID}
          type="search"
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search articles…"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          autoFocus
          aria-describedby="search-status"
        />
        <button type="submit">Search</button>
      </form>
      <p id="search-status" role="status" className="search-status mt-4">
        {failed
          ? 'Search is not answering right now; press Search to try again.'
          : searchStatus(view)}
      </p>
      <div ref={results}>
        <SearchResults
          view={view}
          onSearch={(address, event) => {
            event.preventDefault();
            setQuery(address.query);
            setTag(address.tag);
          }}
        />
      </div>
    </div>
  );
}
