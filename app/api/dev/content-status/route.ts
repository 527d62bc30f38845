import { checkContent, waitUntilServed, watchContent, isDev } from '@/lib/content';

// A live stream for `next dev`; it must never be prerendered.
export const dynamic = 'force-dynamic';

/**
 * Server-sent events for the editor's open page (components/dev/ContentLiveReload.tsx): the
 * content's status now, then again after every save. Development only: a production build has
 * no files to change, so the route does not exist there.
 */
export async function GET(request: Request) {
  if (!isDev()) return new Response('Not Found', { status: 404 });

  const encoder = new TextEncoder();
  let stopWatching = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let known = new Set<string>();
      // One check at a time, in order, so a slow check never overwrites a newer status.
      let checks = Promise.resolve();
      const send = () => {
        checks = checks
          .then(async () => {
            const { status, pages } = await checkContent();
            const added = [...pages].filter((page) => !known.has(page));
            if (known.size > 0) await waitUntilServed(added, request.url);
            known = pages;
            if (!request.signal.aborted)
              controller.enqueue(encoder.encode(`data: ${JSON.stringify(status)}\n\n`));
          })
          // Logged and left behind: a rejected chain would skip every later save's check,
          // and the open page would stop following the files without a word.
          .catch((error: unknown) =>
            console.error('Live preview: checking the content failed', error),
          );
        return checks;
      };
      const watching = watchContent(() => void send());
      stopWatching = watching.stop;
      request.signal.addEventListener('abort', () => {
        stopWatching();
        controller.close();
      });
      // The first status also tells the page that every later save will be seen.
      await watching.ready;
      await send();
    },
    cancel() {
      stopWatching();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    },
  });
}
