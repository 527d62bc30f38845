import { recreateSchema, urlForSchema } from '../support/postgres-schema';
import { testDatabaseUrl } from '../support/test-database';

const SCHEMA = 'glowpop_e2e';

/**
 * With TEST_DATABASE_URL set (CI sets it), the e2e site keeps its newsletter list in
 * PostgreSQL, in a schema of its own that every run starts empty; otherwise it uses SQLite
 * in test-results/e2e-data.
 */
export function e2eDatabaseUrl(): string | undefined {
  const base = testDatabaseUrl();
  return base ? urlForSchema(base, SCHEMA) : undefined;
}

export async function resetE2eDatabase(): Promise<void> {
  const base = testDatabaseUrl();
  if (base) await recreateSchema(base, SCHEMA);
}

/** The environment the e2e site and the export command share: the same list. */
export function newsletterStoreEnv(): Record<string, string> {
  return { DATA_DIR: 'test-results/e2e-data', DATABASE_URL: e2eDatabaseUrl() ?? '' };
}
