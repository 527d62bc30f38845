'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

type CopyLinkButtonProps = { url: string; title: string };

/**
 * Copy link, plus the device's own share sheet where the browser has one. Without JavaScript
 * it is not rendered at all: the plain share links beside it still work.
 */
export function CopyLinkButton({ url, title }: CopyLinkButtonProps) {
  const [status, setStatus] = useState('');
  // False on the server and while hydrating, so both render the same; then the real answer.
  const canShare = useSyncExternalStore(
    subscribeToNothing,
    () => typeof navigator.share === 'function',
    () => false,
  );
  return (
    <>
      <span className="flex items-center">
        <button
          type="button"
          className="pill"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setStatus('Link copied');
            } catch {
              setStatus('Copying failed: select the address bar and copy it');
            }
          }}
        >
          Copy link
        </button>
        <span role="status" aria-live="polite" className="copy-status">
          {status}
        </span>
      </span>
      {canShare ? (
        <button
          type="button"
          className="pill"
          onClick={() => navigator.share({ title, url }).catch(() => undefined)}
        >
          Share…
        </button>
      ) : null}
    </>
  );
}
