import { Worker } from 'node:worker_threads';
import type { ParseReply, ParseRequest } from './parse-worker.mts';

/**
 * The content parser behind a time limit: each parse runs in a worker thread, and one that
 * takes longer than `limitMs` is reported as a hang (and the worker replaced), instead of
 * freezing the test run as a synchronous infinite loop would.
 */
export class TimedParser {
  private worker = this.start();
  private sequence = 0;

  constructor(private readonly limitMs: number) {}

  private start(): Worker {
    return new Worker(new URL('./parse-worker-entry.mjs', import.meta.url));
  }

  parse(file: string, source: string): Promise<ParseReply['outcome'] | { kind: 'hung' }> {
    const id = (this.sequence += 1);
    const worker = this.worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        void worker.terminate();
        this.worker = this.start();
        resolve({ kind: 'hung' });
      }, this.limitMs);
      const onMessage = (reply: ParseReply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        resolve(reply.outcome);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, file, source } satisfies ParseRequest);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
