// Per-day running numbers (dossier codes per unit, report codes per prefix), taken inside the
// caller's transaction with one atomic upsert: PostgreSQL's row lock (or SQLite's single
// writer) hands each concurrent transaction the next number, and a transaction that rolls
// back gives its number back, so codes have no gaps and no duplicates.
import type { Transaction } from 'kysely';
import type { Tables } from '../db/schema.ts';
import { codeDay } from './time.ts';

export async function nextDailyNumber(
  tx: Transaction<Tables>,
  scope: string,
  at: number,
): Promise<number> {
  const row = await tx
    .insertInto('daily_counters')
    .values({ scope, day: codeDay(at), last: 1 })
    .onConflict((oc) =>
      oc
        .columns(['scope', 'day'])
        .doUpdateSet((eb) => ({ last: eb('daily_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}
