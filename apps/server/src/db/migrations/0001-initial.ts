// The first schema: citizens and their sessions, consent evidence, procedures and dossiers with
// their history, drafts, uploads, ratings, reports with theirs, staff. The constraints carry
// the guarantees the services rely on under concurrency: one dossier or report per
// (citizen, idempotency key), one rating per dossier or report, one supporter row per citizen,
// per-day counters for codes, bounded slot bookings.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../database.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const serial = pg ? 'bigserial' : 'integer';
  const id = (c: import('kysely').ColumnDefinitionBuilder) =>
    pg ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('citizens')
    .addColumn('zalo_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('avatar_url', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('citizen_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('zalo_id', 'text', (c) => c.notNull())
    .addColumn('zalo_token', 'text', (c) => c.notNull())
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('citizen_sessions_expiry')
    .on('citizen_sessions')
    .column('expires_ms')
    .execute();

  await db.schema
    .createTable('one_time_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consent_records')
    .addColumn('id', serial, id)
    .addColumn('zalo_id', 'text', (c) => c.notNull())
    .addColumn('purpose_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('decided_ms', 'bigint', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('received_ms', 'bigint', (c) => c.notNull())
    // Clients resend after a failed delivery: the same decision is evidence once.
    .addUniqueConstraint('consent_records_same', [
      'zalo_id',
      'purpose_id',
      'version',
      'decision',
      'decided_at',
      'text_hash',
    ])
    .execute();

  await db.schema
    .createTable('procedures')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull())
    .addColumn('published_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('procedures_pk', ['id', 'version'])
    .execute();

  await db.schema
    .createTable('daily_counters')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_counters_pk', ['scope', 'day'])
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('procedure_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_ms', 'bigint', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('on_behalf', 'text')
    .addColumn('result_delivery', 'text', (c) => c.notNull())
    .addColumn('supplement_request', 'text')
    .addColumn('result', 'text')
    .addColumn('fee_amount', 'bigint')
    .addColumn('cancellable', 'integer', (c) => c.notNull())
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    // Exactly once: concurrent retries of one submission cannot both insert.
    .addUniqueConstraint('dossiers_idempotency', ['owner', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('dossiers_owner')
    .on('dossiers')
    .columns(['owner', 'submitted_ms'])
    .execute();
  await db.schema
    .createIndex('dossiers_inbox')
    .on('dossiers')
    .columns(['status', 'submitted_ms'])
    .execute();

  await db.schema
    .createTable('dossier_events')
    .addColumn('id', serial, id)
    .addColumn('dossier_code', 'text', (c) => c.notNull().references('dossiers.code'))
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .execute();
  await db.schema
    .createIndex('dossier_events_dossier')
    .on('dossier_events')
    .columns(['dossier_code', 'id'])
    .execute();

  await db.schema
    .createTable('dossier_supplements')
    .addColumn('dossier_code', 'text', (c) => c.notNull().references('dossiers.code'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_supplements_pk', ['dossier_code', 'idempotency_key'])
    .execute();

  await db.schema
    .createTable('slot_bookings')
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('slot_bookings_pk', ['procedure_id', 'field_id', 'slot_id'])
    .execute();

  await db.schema
    .createTable('dossier_bookings')
    .addColumn('dossier_code', 'text', (c) => c.notNull().references('dossiers.code'))
    .addColumn('field_id', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_bookings_pk', ['dossier_code', 'field_id'])
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['owner', 'id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('field_id', 'text')
    .addColumn('procedure_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('used_by', 'text')
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['owner', 'used_by'])
    .execute();

  await db.schema
    .createTable('ratings')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('citizen', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('rated_ms', 'bigint', (c) => c.notNull())
    // Once per dossier or report, whoever races.
    .addPrimaryKeyConstraint('ratings_pk', ['subject_kind', 'subject_id'])
    .execute();

  await db.schema
    .createTable('feedback_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('reporter', 'text', (c) => c.notNull())
    .addColumn('reporter_name', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text')
    .addColumn('latitude', pg ? 'double precision' : 'real')
    .addColumn('longitude', pg ? 'double precision' : 'real')
    .addColumn('show_name', 'integer', (c) => c.notNull())
    .addColumn('publish', 'integer', (c) => c.notNull())
    .addColumn('notify', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('created_day', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('answer', 'text')
    .addColumn('resolved', 'text')
    .addColumn('updated_ms', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('reports_idempotency', ['reporter', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('reports_public')
    .on('reports')
    .columns(['publish', 'status', 'created_ms'])
    .execute();
  await db.schema
    .createIndex('reports_reporter')
    .on('reports')
    .columns(['reporter', 'created_ms'])
    .execute();

  await db.schema
    .createTable('report_events')
    .addColumn('id', serial, id)
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reopened', 'integer', (c) => c.notNull())
    .addColumn('actor', 'text')
    .execute();
  await db.schema
    .createIndex('report_events_report')
    .on('report_events')
    .columns(['report_id', 'id'])
    .execute();

  await db.schema
    .createTable('report_supporters')
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
    .addColumn('citizen', 'text', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_supporters_pk', ['report_id', 'citizen'])
    .execute();
  await db.schema
    .createIndex('report_supporters_citizen')
    .on('report_supporters')
    .column('citizen')
    .execute();

  await db.schema
    .createTable('staff_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff_accounts.id'))
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .execute();

  // Consent history is read per citizen, newest last.
  await sql`CREATE INDEX consent_records_citizen ON consent_records (zalo_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'staff_sessions',
    'staff_accounts',
    'report_supporters',
    'report_events',
    'reports',
    'feedback_categories',
    'ratings',
    'attachments',
    'drafts',
    'dossier_bookings',
    'slot_bookings',
    'dossier_supplements',
    'dossier_events',
    'dossiers',
    'daily_counters',
    'procedures',
    'consent_records',
    'one_time_codes',
    'citizen_sessions',
    'citizens',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
