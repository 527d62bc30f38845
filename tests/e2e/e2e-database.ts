import pg from 'pg';

const SCHEMA = 'glowpop_e2e';

/**
 * With TEST_DATABASE_URL set (CI sets it), the e2e site keeps its newsletter list in
 * PostgreSQL, in a schema of its own that every run starts empty; otherwise it uses SQLite
 * in test-results/e2e-data.
 */
export function e2eDatabaseUrl(): string | undefined {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return undefined;
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return url.toString();
}

export async function resetE2eDatabase(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${SCHEMA}`);
  } finally {
    await client.end();
  }
}

/** The environment the e2e site and the export command share: the same list. */
export function newsletterStoreEnv(): Record<string, string> {
  return { DATA_DIR: 'test-results/e2e-data', DATABASE_URL: e2eDatabaseUrl() ?? '' };
}
