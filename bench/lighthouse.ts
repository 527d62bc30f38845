/**
 * Lighthouse 12 (its CLI, on Debian's Chromium) per page and form factor: the four category
 * scores and LCP, TBT and CLS, each the median of `runs` runs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type FormFactor = 'mobile' | 'desktop';

export type LighthouseResult = {
  page: string;
  formFactor: FormFactor;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export type LighthouseReport = {
  categories: Partial<Record<Category, { score: number; auditRefs: { id: string }[] }>>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number }>;
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
  { formFactor = 'mobile', only }: { formFactor?: FormFactor; only?: Category } = {},
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

export async function measureLighthouse(
  origin: string,
  pages: string[],
  formFactors: FormFactor[],
  runs: number,
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    for (const formFactor of formFactors) {
      const reports: LighthouseReport[] = [];
      for (let index = 0; index < runs; index++)
        reports.push(await lighthouseReport(origin + page, { formFactor }));
      const score = (key: Category) =>
        Math.round(median(reports.map((report) => report.categories[key]?.score ?? 0)) * 100);
      const metric = (id: string) =>
        median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
      results.push({
        page,
        formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      });
    }
  }
  return results;
}
