/**
 * Runs the content parser on request, in its own thread, so a test can stop a parse that
 * never finishes. Replies with what the parser did: a post, a list of problems, or a throw.
 */
import { parentPort } from 'node:worker_threads';
import { parsePostFile } from '../../lib/content';

export type ParseRequest = { id: number; file: string; source: string };
export type ParseReply = {
  id: number;
  outcome:
    | { kind: 'post'; slug: string; title: string; problems: number }
    | { kind: 'problems'; files: string[]; fields: string[] }
    | { kind: 'threw'; error: string };
};

parentPort?.on('message', async ({ id, file, source }: ParseRequest) => {
  let outcome: ParseReply['outcome'];
  try {
    const { post, problems } = await parsePostFile(file, source, {
      publicDir: 'public',
      today: '2026-11-24',
    });
    outcome =
      post && problems.length === 0
        ? { kind: 'post', slug: post.slug, title: post.title, problems: 0 }
        : {
            kind: 'problems',
            files: problems.map((problem) => problem.file),
            fields: problems.map((problem) => problem.field),
          };
  } catch (error) {
    outcome = {
      kind: 'threw',
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  parentPort?.postMessage({ id, outcome } satisfies ParseReply);
});
