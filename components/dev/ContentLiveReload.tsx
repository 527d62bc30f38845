'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { ContentStatus } from '@/lib/content';
import { DRAFTS_PATH } from '@/lib/content/paths';

/**
 * Styled inline rather than in the site's stylesheet: this only ever shows in `next dev`, and
 * the stylesheet is sent with every production page.
 */
const colours: React.CSSProperties = { background: '#22102e', color: '#fff8f1' };
// A border, not text-decoration: Tailwind turns that word, written anywhere in components/,
// into a utility class in the stylesheet every production page carries.
const linkStyle: React.CSSProperties = { color: 'inherit', borderBottom: '1px solid' };

/**
 * `next dev` only (components/dev/LivePreview.tsx renders it): keeps the editor's open page in
 * step with the markdown files. After each save the page refreshes in place, keeping scroll
 * position; a content error shows here, word for word as `content:check` prints it, until the
 * file is fixed.
 *
 * `renderedVersion` is the version of the files the page was rendered from (undefined: it
 * showed a content problem). The watcher starts only once the status route has compiled, which
 * takes seconds on a fresh `npm run dev`: a save made meanwhile is caught by comparing the first
 * status's version with the page's, not taken as the starting point.
 */
export function ContentLiveReload({ renderedVersion }: { renderedVersion?: string }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string>();
  const [connected, setConnected] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  // The version the page was first rendered from; later ones come from this island's refreshes.
  const renderedAt = useRef(renderedVersion);

  useEffect(() => {
    const events = new EventSource('/api/dev/content-status');
    let first = true;
    let wasBroken = false;
    events.onmessage = (event: MessageEvent<string>) => {
      const status = JSON.parse(event.data) as ContentStatus;
      setConnected(true);
      setWarnings(status.warnings);
      if (!status.ok) {
        wasBroken = true;
        setProblem(status.message);
      } else if (wasBroken || (first && renderedAt.current === undefined)) {
        // The page behind the message may be an error page, which a refresh cannot undo.
        window.location.reload();
      } else if (!first || status.version !== renderedAt.current) {
        router.refresh();
      }
      first = false;
    };
    events.onerror = () => setConnected(false);
    return () => events.close();
  }, [router]);

  if (!problem) {
    // In the page's flow, above the header: a floating pill would cover the text it passes.
    return connected ? (
      <div role="status" style={{ ...colours, padding: '2px 16px', fontSize: 12 }}>
        Live preview: saved changes show here ·{' '}
        <a href={DRAFTS_PATH} style={linkStyle}>
          What is coming
        </a>
        {/* Advice that still publishes, in content:check's words, folded until asked for. */}
        {warnings.length > 0 ? (
          <details>
            <summary>
              {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`} (they still
              publish)
            </summary>
            <pre style={{ whiteSpace: 'pre-wrap', paddingBlock: 4 }}>{warnings.join('\n')}</pre>
          </details>
        ) : null}
      </div>
    ) : null;
  }
  // At the top, clear of Next's own button in the bottom corner.
  return (
    <div
      role="alert"
      style={{
        ...colours,
        position: 'fixed',
        top: 8,
        right: 8,
        left: 8,
        zIndex: 50,
        maxHeight: '50vh',
        overflow: 'auto',
        borderRadius: 16,
        padding: 20,
        boxShadow: '0 10px 30px rgb(0 0 0 / 0.3)',
      }}
    >
      <p style={{ fontWeight: 700 }}>This page will update when the content is fixed.</p>
      <pre style={{ marginTop: 12, fontSize: 14, whiteSpace: 'pre-wrap' }}>{problem}</pre>
      <p style={{ marginTop: 12, fontSize: 14 }}>Every field and its rules: content/README.md</p>
    </div>
  );
}
