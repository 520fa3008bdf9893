// Fees paid by bank transfer (issue 12). A dossier's payment is kept as the contract's
// DossierPayment in JSON, with its status beside it for the console's "Chờ xác nhận thanh
// toán" filter (an index, on both databases) and the staff account that last confirmed or
// declined it (never shown to citizens). `settings` holds what the province configures in the
// database rather than the environment: the seed puts the sample province's made-up receiving
// account there (`payment_account`), used when neither a procedure nor PAYMENT_* names one.
// SQLite adds one column per ALTER TABLE, so each is its own statement.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('dossiers').addColumn('payment', 'text').execute();
  await db.schema.alterTable('dossiers').addColumn('payment_status', 'text').execute();
  await db.schema.alterTable('dossiers').addColumn('payment_actor', 'text').execute();
  await db.schema
    .createIndex('dossiers_payment')
    .on('dossiers')
    .columns(['payment_status', 'submitted_ms'])
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').ifExists().execute();
  await db.schema.dropIndex('dossiers_payment').ifExists().execute();
  await db.schema.alterTable('dossiers').dropColumn('payment_actor').execute();
  await db.schema.alterTable('dossiers').dropColumn('payment_status').execute();
  await db.schema.alterTable('dossiers').dropColumn('payment').execute();
}
