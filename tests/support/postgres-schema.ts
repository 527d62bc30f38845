import pg from 'pg';

/** `databaseUrl` with every query confined to `schema` (its search_path). */
export function urlForSchema(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function run(databaseUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Drops and recreates `schema`, so a run starts from an empty list. */
export async function recreateSchema(databaseUrl: string, schema: string): Promise<void> {
  await run(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`, `CREATE SCHEMA ${schema}`);
}

/** Creates `schema` unless it exists, keeping what is in it. */
export async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  await run(databaseUrl, `CREATE SCHEMA IF NOT EXISTS ${schema}`);
}

/** Drops `schema` and everything in it. */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  await run(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

/** A schema name no other test run uses at the same time. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
}
