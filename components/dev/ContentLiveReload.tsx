'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ContentStatus } from '@/lib/content/content-watch';

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
        className="fixed right-4 bottom-4 z-50 rounded-full bg-ink px-3 py-1 text-xs font-bold text-cream shadow-lg"
      >
        Live preview: saved changes show here
      </p>
    ) : null;
  }
  return (
    <div
      role="alert"
      className="fixed inset-x-4 bottom-4 z-50 max-h-[50vh] overflow-auto rounded-2xl bg-ink p-5 text-cream shadow-2xl"
    >
      <p className="font-bold">This page will update when the content is fixed.</p>
      <pre className="mt-3 font-mono text-sm whitespace-pre-wrap">{problem}</pre>
      <p className="mt-3 text-sm">Every field and its rules: content/README.md</p>
    </div>
  );
}
