'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ContentStatus } from '@/lib/content';

/**
 * Styled inline rather than in the site's stylesheet: this only ever shows in `next dev`, and
 * the stylesheet is sent with every production page.
 */
const overlay: React.CSSProperties = {
  position: 'fixed',
  right: 16,
  bottom: 16,
  left: 16,
  zIndex: 50,
  borderRadius: 16,
  padding: 20,
  background: '#22102e',
  color: '#fff8f1',
  boxShadow: '0 10px 30px rgb(0 0 0 / 0.3)',
};

/**
 * `next dev` only (the root layout renders it in development): keeps the editor's open page in
 * step with the markdown files. After each save the page refreshes in place, keeping scroll
 * position; a content error shows here, word for word as `content:check` prints it, until the
 * file is fixed.
 */
export function ContentLiveReload() {
  const router = useRouter();
  const [problem, setProblem] = useState<string>();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const events = new EventSource('/api/dev/content-status');
    let first = true;
    let wasBroken = false;
    events.onmessage = (event: MessageEvent<string>) => {
      const status = JSON.parse(event.data) as ContentStatus;
      setConnected(true);
      if (!status.ok) {
        wasBroken = true;
        setProblem(status.message);
      } else if (wasBroken) {
        // The page behind the message may be an error page, which a refresh cannot undo.
        window.location.reload();
      } else if (!first) {
        router.refresh();
      }
      first = false;
    };
    events.onerror = () => setConnected(false);
    return () => events.close();
  }, [router]);

  if (!problem) {
    return connected ? (
      <p
        role="status"
        style={{
          ...overlay,
          left: 'auto',
          borderRadius: '9999px',
          padding: '4px 12px',
          fontSize: 12,
        }}
      >
        Live preview: saved changes show here
      </p>
    ) : null;
  }
  return (
    <div role="alert" style={{ ...overlay, maxHeight: '50vh', overflow: 'auto' }}>
      <p style={{ fontWeight: 700 }}>This page will update when the content is fixed.</p>
      <pre style={{ marginTop: 12, fontSize: 14, whiteSpace: 'pre-wrap' }}>{problem}</pre>
      <p style={{ marginTop: 12, fontSize: 14 }}>Every field and its rules: content/README.md</p>
    </div>
  );
}
