import pg from 'pg';

/** Where developers' machines and CI run PostgreSQL (trust authentication, database `test`). */
export const SHARED_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The PostgreSQL the tests and the benchmark use. `npm test` always sets TEST_DATABASE_URL
 * (tests/support/with-test-database.mts starts a private server when none answers); a test run
 * on its own without it, such as `npx vitest`, tests SQLite only.
 */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The test database, or a clear error for the suites that cannot run without one. */
export function requireTestDatabaseUrl(): string {
  const url = testDatabaseUrl();
  if (!url) throw new Error('Set TEST_DATABASE_URL, or run through `npm test`, which sets it.');
  return url;
}

/** Whether a PostgreSQL server answers at `url` within a few seconds. */
export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
