/**
 * The search index measured in a process of its own (bench/search.ts runs it with CONTENT_DIR
 * set, since the site's settings are read once per process): the content loaded as the site
 * loads it, the index built from the published posts, its size and the memory it holds, then
 * every query of the mix timed, round after round. Prints one line of JSON: a SearchProbe.
 *
 * Usage: node --expose-gc --import tsx bench/support/search-probe.mts '<queries as JSON>' <rounds>
 */
import { loadContent, selectPublished } from '@/lib/content';
import { buildSearchIndex } from '@/lib/search';

export type ProbeQuery = { label: string; query: string; tag?: string };

export type SearchProbe = {
  posts: number;
  /** Reading, validating and rendering the content (with whatever parse cache is there). */
  contentLoadMs: number;
  indexBuildMs: number;
  /** The index as JSON: what a browser would download to search on its own. */
  serializedBytes: number;
  /**
   * Growth of the JS heap from building the index, garbage collected before and after. (The
   * process's resident memory is no measure here: collection hands pages back to the system.)
   */
  heapGrowthBytes: number;
  /** Each query's times (ms), one per round, in the order given. */
  timings: { label: string; matches: number; ms: number[] }[];
};

const [queriesJson, roundsText] = process.argv.slice(2);
const queries = JSON.parse(queriesJson || '[]') as ProbeQuery[];
const rounds = Number(roundsText);
if (queries.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("Usage: search-probe.mts '<queries as JSON>' <rounds>");
  process.exit(2);
}

// Without --expose-gc the memory figures would count garbage not yet collected.
const collectGarbage = globalThis.gc;
if (!collectGarbage) throw new Error('Run with node --expose-gc');

const loadStarted = performance.now();
const content = await loadContent();
const contentLoadMs = performance.now() - loadStarted;
if (content.problems.length > 0) {
  throw new Error(`The content has ${content.problems.length} problems; the site would not build`);
}
// What a production server searches: the published posts.
const posts = selectPublished(content.posts, false);

collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const buildStarted = performance.now();
const index = await buildSearchIndex(posts);
const indexBuildMs = performance.now() - buildStarted;
collectGarbage();
const heapAfter = process.memoryUsage().heapUsed;

const search = ({ query, tag }: ProbeQuery) => index.search(query, { tag });
// One round first, untimed: the JIT compiles the search code, as it has on a server in use.
for (const query of queries) search(query);
const timings = queries.map((query) => ({
  label: query.label,
  matches: search(query).matching,
  ms: [] as number[],
}));
for (let round = 0; round < rounds; round++) {
  queries.forEach((query, at) => {
    const started = performance.now();
    search(query);
    timings[at]?.ms.push(performance.now() - started);
  });
}

const probe: SearchProbe = {
  posts: index.size,
  contentLoadMs,
  indexBuildMs,
  serializedBytes: index.serializedBytes(),
  heapGrowthBytes: heapAfter - heapBefore,
  timings,
};
console.log(JSON.stringify(probe));
