import { migrateToLatest } from '@/lib/newsletter/migrations';
import type { StoreDatabase } from '@/lib/newsletter/store-database';
import { createToken } from '@/lib/newsletter/tokens';

export type SeededReader = { email: string; unsubscribeToken: string };

/**
 * Adds `count` confirmed readers straight into the store's tables, in a few big inserts (a
 * signup and a confirmation each would take minutes at 100,000). Returns their addresses and
 * unsubscribe tokens, which tests use to leave the list mid-send.
 */
export async function seedConfirmedReaders(
  database: StoreDatabase,
  count: number,
  prefix = 'reader',
): Promise<SeededReader[]> {
  await migrateToLatest(database.db, database.dialect);
  const now = new Date().toISOString();
  const readers: SeededReader[] = [];
  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - start) }, (_, index) => {
      const email = `${prefix}${start + index}@example.com`;
      const token = createToken();
      readers.push({ email, unsubscribeToken: token.token });
      return { email, hash: token.hash };
    });
    await database.db.transaction().execute(async (trx) => {
      const ids = await trx
        .insertInto('subscribers')
        .values(
          chunk.map(({ email, hash }) => ({
            email,
            email_key: email,
            status: 'confirmed' as const,
            created_at: now,
            updated_at: now,
            confirmed_at: now,
            source_path: '/',
            utm: '{}',
            consent_at: now,
            consent_form: 'seed',
            consent_text_version: 'seed',
            unsubscribe_token_hash: hash,
            confirmation_sent_at: now,
          })),
        )
        .returning('id')
        .execute();
      await trx
        .insertInto('unsubscribe_tokens')
        .values(
          chunk.map(({ hash }, index) => ({
            token_hash: hash,
            subscriber_id: ids[index]?.id ?? 0,
          })),
        )
        .execute();
    });
  }
  return readers;
}
