/**
 * Lighthouse 12 (its CLI, on Debian's Chromium) per page, form factor and throttling method:
 * the four category scores, FCP, LCP with its element and phases, TBT and CLS, each the median
 * of `runs` runs (the element and phases of the median-LCP run).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type FormFactor = 'mobile' | 'desktop';

/**
 * 'simulate' (Lighthouse's default) loads the page at full speed and computes what a slow phone
 * on slow 4G would have seen; 'devtools' really slows the network and CPU while loading.
 */
export type Throttling = 'simulate' | 'devtools';

export type LcpPhases = { ttfb: number; loadDelay: number; loadTime: number; renderDelay: number };

export type LighthouseResult = {
  page: string;
  formFactor: FormFactor;
  throttling: Throttling;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  /** What Lighthouse names as the largest paint: a CSS selector and the start of its text. */
  lcpElement: string;
  lcpPhases: LcpPhases | undefined;
  tbtMs: number;
  cls: number;
};

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

type LcpElementDetails = {
  items?: {
    items?: { node?: { selector?: string; nodeLabel?: string }; phase?: string; timing?: number }[];
  }[];
};

export type LighthouseReport = {
  categories: Partial<Record<Category, { score: number; auditRefs: { id: string }[] }>>;
  audits: Record<
    string,
    { score: number | null; title: string; numericValue?: number; details?: LcpElementDetails }
  >;
};

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

/** One Lighthouse run, as a reviewer would start it: its own CLI, driving Debian's Chromium. */
export async function lighthouseReport(
  url: string,
  {
    formFactor = 'mobile',
    only,
    throttling = 'simulate',
  }: { formFactor?: FormFactor; only?: Category; throttling?: Throttling } = {},
): Promise<LighthouseReport> {
  const args = { formFactor, only, throttling };
  try {
    return await lighthouseRun(url, args);
  } catch (error) {
    // Lighthouse sometimes loses its own trace of the load (NO_NAVSTART, seen here about one run
    // in twenty) and asks to be run again; anything else is a real failure.
    const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
    if (!stderr.includes('Please run Lighthouse again')) throw error;
    return lighthouseRun(url, args);
  }
}

async function lighthouseRun(
  url: string,
  {
    formFactor,
    only,
    throttling,
  }: { formFactor: FormFactor; only: Category | undefined; throttling: Throttling },
): Promise<LighthouseReport> {
  const { stdout } = await run(
    'npx',
    [
      'lighthouse',
      url,
      '--output=json',
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      `--throttling-method=${throttling}`,
      ...(only ? [`--only-categories=${only}`] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as LighthouseReport;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The LCP element and the four phases of its time, from the LCP-element audit. */
function largestPaint(
  report: LighthouseReport,
): Pick<LighthouseResult, 'lcpElement' | 'lcpPhases'> {
  const [element, phases] = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = element?.items?.[0]?.node;
  const timing = (name: string) =>
    Math.round(phases?.items?.find((item) => item.phase === name)?.timing ?? Number.NaN);
  return {
    lcpElement: node ? `${node.selector ?? '?'} “${(node.nodeLabel ?? '').slice(0, 40)}”` : 'none',
    lcpPhases: phases
      ? {
          ttfb: timing('TTFB'),
          loadDelay: timing('Load Delay'),
          loadTime: timing('Load Time'),
          renderDelay: timing('Render Delay'),
        }
      : undefined,
  };
}

export type LighthouseRun = { formFactor: FormFactor; throttling: Throttling };

export async function measureLighthouse(
  origin: string,
  pages: string[],
  setups: LighthouseRun[],
  runs: number,
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    for (const { formFactor, throttling } of setups) {
      const reports: LighthouseReport[] = [];
      for (let index = 0; index < runs; index++)
        reports.push(await lighthouseReport(origin + page, { formFactor, throttling }));
      const score = (key: Category) =>
        Math.round(median(reports.map((report) => report.categories[key]?.score ?? 0)) * 100);
      const metric = (id: string) =>
        median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
      const lcp = metric('largest-contentful-paint');
      const medianRun =
        reports.find((report) => report.audits['largest-contentful-paint']?.numericValue === lcp) ??
        reports[0];
      results.push({
        page,
        formFactor,
        throttling,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(metric('first-contentful-paint')),
        lcpMs: Math.round(lcp),
        ...(medianRun ? largestPaint(medianRun) : { lcpElement: 'none', lcpPhases: undefined }),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      });
    }
  }
  return results;
}
