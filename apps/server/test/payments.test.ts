// Fees on each database, beyond the conformance suite: which account a payment names (the
// procedure's, else PAYMENT_*, else the one the seed stored), an assessed fee opened at status
// 6 (never of 0 đồng; an old row left there with 0 still moves on), a citizen and an officer
// acting on one payment at the same moment, and the 0002 migration run over a database that
// already holds dossiers.
import type { PaymentAccount, ProcedureDefinition } from '@govmini/dossier/core';
import { CONFORMANCE_PROCEDURE, submission } from '@govmini/dossier/testing';
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import * as initial from '../src/db/migrations/0001-initial.ts';
import { TINH_MAU_PAYMENT_ACCOUNT } from '../src/db/seed.ts';
import { loadDossier } from '../src/services/dossier/records.ts';
import { PG_URL, type TestDatabase, testDatabases } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const CONFIGURED: PaymentAccount = {
  bankBin: '970436',
  accountNumber: '0071000999999',
  accountName: 'KHO BAC NHA NUOC TINH THU',
};
const withoutAccount = (fee: ProcedureDefinition['fee']): ProcedureDefinition => ({
  ...CONFORMANCE_PROCEDURE,
  fee,
});
const FIXED = CONFORMANCE_PROCEDURE.fee.kind === 'fixed' ? CONFORMANCE_PROCEDURE.fee.amount : 0;

for (const database of testDatabases()) {
  describe(`fees over HTTP, ${database.name}`, () => {
    /** A server whose one procedure has `fee` (no account of its own), for `run`. */
    const withStack = async (
      fee: ProcedureDefinition['fee'],
      config: Record<string, unknown>,
      run: (stack: Stack, citizen: string) => Promise<void>,
    ) => {
      const stack = await startStack({ database, procedures: [withoutAccount(fee)], config });
      try {
        await run(stack, await stack.signIn(0));
      } finally {
        await stack.close();
      }
    };

    it('names the account the seed stored when the procedure has none', () =>
      withStack({ kind: 'fixed', amount: FIXED }, {}, async (stack, citizen) => {
        const dossier = await stack.dossier.submit(citizen, submission());
        expect(dossier.payment).toMatchObject({
          status: 'unpaid',
          account: TINH_MAU_PAYMENT_ACCOUNT,
        });
      }));

    it('names PAYMENT_* over the seed’s account', () =>
      withStack(
        { kind: 'fixed', amount: FIXED },
        { paymentAccount: CONFIGURED },
        async (stack, citizen) => {
          const dossier = await stack.dossier.submit(citizen, submission());
          expect(dossier.payment?.account).toEqual(CONFIGURED);
        },
      ));

    it('opens an assessed fee at status 6 only; refuses a fee of 0; confirming resumes an old one', () =>
      withStack(
        { kind: 'assessed', note: { vi: 'Theo loại xe' } },
        { paymentAccount: CONFIGURED },
        async (stack, citizen) => {
          const officer = stack.context.dossierOfficer;
          const dossier = await stack.dossier.submit(citizen, submission());
          expect(dossier.payment).toBeUndefined();
          await officer.accept(dossier.code);
          await officer.requestPayment(dossier.code, 120_000);
          expect((await stack.dossier.get(citizen, dossier.code)).payment).toMatchObject({
            status: 'unpaid',
            amount: 120_000,
            account: CONFIGURED,
          });
          await officer.confirmPayment(dossier.code);
          // Asked again later (a second fee): a new, unpaid payment replaces the paid one.
          await officer.requestPayment(dossier.code, 30_000);
          const again = await stack.dossier.get(citizen, dossier.code);
          expect(again.payment).toMatchObject({ status: 'unpaid', amount: 30_000 });
          expect(again.payment?.confirmedAt).toBeUndefined();

          // Status 6 tells the citizen to pay: 0 đồng is refused and the dossier stays at 2.
          const free = await stack.dossier.submit(citizen, submission());
          await officer.accept(free.code);
          await expect(officer.requestPayment(free.code, 0)).rejects.toThrow(RangeError);
          expect((await stack.dossier.get(citizen, free.code)).status).toBe(2);
          // One stored at status 6 with 0 and no payment before that rule still moves on.
          await stack.context.db
            .updateTable('dossiers')
            .set({ status: 6, fee_amount: 0 })
            .where('code', '=', free.code)
            .execute();
          expect((await stack.dossier.get(citizen, free.code)).payment).toBeUndefined();
          await expect(officer.declineTransfer(free.code, 'Không có')).rejects.toMatchObject({
            code: 'not_allowed',
          });
          await officer.confirmPayment(free.code);
          expect((await stack.dossier.get(citizen, free.code)).status).toBe(4);
          await expect(officer.confirmPayment(free.code)).rejects.toMatchObject({
            code: 'not_allowed',
          });
        },
      ));

    it('a citizen’s report and an officer’s confirmation at the same moment: paid, every time', () =>
      withStack({ kind: 'fixed', amount: FIXED }, {}, async (stack, citizen) => {
        const officer = stack.context.dossierOfficer;
        for (let i = 0; i < 8; i++) {
          const { code } = await stack.dossier.submit(citizen, submission());
          const [reported] = await Promise.all([
            stack.dossier.reportTransfer(citizen, code),
            officer.confirmPayment(code),
          ]);
          expect(['pending_confirmation', 'paid']).toContain(reported.payment?.status);
          const after = await stack.dossier.get(citizen, code);
          expect(after.payment?.status, code).toBe('paid');
          expect(after.payment?.confirmedAt).toBeDefined();
        }
        // A decline racing a second report: one of them wins whole, never a mix.
        const { code } = await stack.dossier.submit(citizen, submission());
        await stack.dossier.reportTransfer(citizen, code);
        await Promise.all([
          officer.declineTransfer(code, 'Chưa thấy tiền').catch(() => undefined),
          stack.dossier.reportTransfer(citizen, code),
        ]);
        const after = (await stack.dossier.get(citizen, code)).payment;
        if (after?.status === 'unpaid') {
          expect(after).toMatchObject({ note: 'Chưa thấy tiền' });
          expect(after.reportedAt).toBeUndefined();
        } else {
          expect(after).toMatchObject({ status: 'pending_confirmation' });
          expect(after?.note).toBeUndefined();
        }
      }));

    it('migrates a database that already holds dossiers: they keep loading, with no payment', async () => {
      const empty = await emptyDatabase(database);
      const db = empty.db;
      try {
        const first = new Migrator({
          db,
          provider: { getMigrations: async () => ({ '0001-initial': initial }) },
        });
        expect((await first.migrateToLatest()).error).toBeUndefined();
        await db
          .insertInto('procedures')
          .values({
            id: CONFORMANCE_PROCEDURE.id,
            version: CONFORMANCE_PROCEDURE.version,
            definition: JSON.stringify(CONFORMANCE_PROCEDURE),
            is_current: 1,
            published_ms: 1,
          })
          .execute();
        const old = {
          code: '000.00.06.H56-261201-0001',
          owner: 'zalo-1',
          idempotency_key: 'old-key-0001',
          fingerprint: '{}',
          procedure_id: CONFORMANCE_PROCEDURE.id,
          procedure_version: CONFORMANCE_PROCEDURE.version,
          status: 2,
          submitted_at: '2026-12-01T08:00:00+07:00',
          submitted_ms: 1,
          due_date: null,
          completed_at: null,
          answers: '{}',
          on_behalf: null,
          result_delivery: 'in_person',
          supplement_request: null,
          result: null,
          fee_amount: 50_000,
          cancellable: 1,
          updated_ms: 1,
        };
        // biome-ignore lint/suspicious/noExplicitAny: the 0001 shape, before the new columns
        await (db as Kysely<any>).insertInto('dossiers').values(old).execute();
        expect((await migrateToLatest(db)).applied).toEqual(['0002-payments']);
        const row = await db
          .selectFrom('dossiers')
          .select(['payment', 'payment_status', 'payment_actor'])
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ payment: null, payment_status: null, payment_actor: null });
        const catalogue = {
          version: async () => CONFORMANCE_PROCEDURE,
        } as unknown as Parameters<typeof loadDossier>[1];
        const stored = await loadDossier(db, catalogue, old.code);
        expect(stored?.dossier).toMatchObject({ feeAmount: 50_000, status: 2 });
        expect(stored?.dossier.payment).toBeUndefined();
        expect((await migrateToLatest(db)).applied).toEqual([]);
      } finally {
        await empty.drop();
      }
    });
  });
}

/** A database with no tables at all (the shared test databases come migrated). */
async function emptyDatabase(database: TestDatabase) {
  if (database.name === 'SQLite') {
    const db = openDatabase({ sqliteFile: ':memory:' });
    return { db, drop: () => db.destroy() };
  }
  const url = PG_URL ?? '';
  const name = `gm_upgrade_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = openDatabase({ url: target.toString(), poolSize: 2 });
  return {
    db,
    drop: async () => {
      await db.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
