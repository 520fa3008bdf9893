// Exactly once under real concurrency, on each database: N submissions racing over HTTP with one
// idempotency key make one dossier (one row, one code, one history event, one number used);
// N different ones get N consecutive codes with no gap; N citizens racing for the last places in
// a slot get exactly the places there are; a report raced with one key is one report.

import { createHttpDossierService } from '@govmini/dossier/core';
import { CONFORMANCE_PROCEDURE, submission, VALID_ANSWERS } from '@govmini/dossier/testing';
import { blobOf, CONFORMANCE_CATEGORIES, newReport, photoBytes } from '@govmini/feedback/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/http/server.ts';
import { createLogger } from '../src/log.ts';
import { createServerContext } from '../src/services/create-context.ts';
import { createMemoryStorage } from '../src/storage/files.ts';
import { testDatabases } from './support/databases.ts';
import { type Stack, startStack } from './support/stack.ts';

const N = 24;

for (const database of testDatabases()) {
  describe(`concurrency over HTTP, ${database.name}`, () => {
    let stack: Stack;
    let sessions: string[];
    beforeAll(async () => {
      stack = await startStack({
        database,
        procedures: [CONFORMANCE_PROCEDURE],
        categories: CONFORMANCE_CATEGORIES,
        citizens: 4,
        poolSize: 12,
      });
      sessions = [];
      for (let i = 0; i < 4; i++) sessions.push(await stack.signIn(i));
    });
    afterAll(() => stack.close());

    const count = async (
      table: 'dossiers' | 'dossier_events' | 'reports',
      where?: [string, string],
    ) => {
      let query = stack.context.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'));
      if (where) query = query.where(where[0] as never, '=', where[1] as never);
      return Number((await query.executeTakeFirstOrThrow()).n);
    };

    it(`files one dossier for ${N} racing submissions with one idempotency key`, async () => {
      const [a] = sessions as [string];
      const request = submission();
      const before = await count('dossiers');
      const results = await Promise.allSettled(
        Array.from({ length: N }, () => stack.dossier.submit(a, request)),
      );
      const codes = new Set(
        results.map((r) => {
          expect(r.status, r.status === 'rejected' ? String(r.reason) : '').toBe('fulfilled');
          return r.status === 'fulfilled' ? r.value.code : '';
        }),
      );
      expect(codes.size).toBe(1);
      const [code] = [...codes] as [string];
      expect((await count('dossiers')) - before).toBe(1);
      expect(await count('dossier_events', ['dossier_code', code])).toBe(1);
      // The losers gave their numbers back: the next dossier takes the very next one.
      const next = await stack.dossier.submit(a, submission());
      expect(Number(next.code.slice(-4))).toBe(Number(code.slice(-4)) + 1);
    });

    it(`gives ${N} racing submissions with different keys ${N} consecutive codes`, async () => {
      const results = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          stack.dossier.submit(sessions[i % 4] as string, submission()),
        ),
      );
      const numbers = results.map((d) => Number(d.code.slice(-4))).sort((x, y) => x - y);
      expect(new Set(numbers).size).toBe(N);
      expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(N - 1);
    });

    it('books the last places of a slot exactly once each', async () => {
      const range = { from: '2026-12-03', days: 1 };
      const [slot] = await stack.dossier.getAppointmentSlots(
        CONFORMANCE_PROCEDURE.id,
        'appointment',
        range,
      );
      if (!slot) throw new Error('no slot');
      const appointment = { slotId: slot.id, start: slot.start, end: slot.end };
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          stack.dossier.submit(
            sessions[i % 4] as string,
            submission({ answers: { ...VALID_ANSWERS, appointment } }),
          ),
        ),
      );
      const filed = results.filter((r) => r.status === 'fulfilled');
      expect(filed).toHaveLength(slot.remaining);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'invalid_answers' });
      }
      const [after] = await stack.dossier.getAppointmentSlots(
        CONFORMANCE_PROCEDURE.id,
        'appointment',
        range,
      );
      expect(after?.remaining).toBe(0);
    });

    // Only PostgreSQL is shared by several instances (SQLite is one instance's file).
    const postgresOnly = database.name === 'PostgreSQL' ? it : () => undefined;
    postgresOnly(
      'files one dossier when the racing retries reach two instances sharing the database',
      async () => {
        // A second instance: same database, same session keys, its own process state.
        const second = await createServerContext(stack.context.config, {
          now: stack.now,
          files: createMemoryStorage(),
          log: createLogger({ level: 'silent' }),
          seed: false,
          poolSize: 8,
        });
        const server = await startServer(second);
        try {
          const other = createHttpDossierService({ baseUrl: `${server.url}/api/dossier` });
          const [a] = sessions as [string];
          const request = submission();
          const results = await Promise.all(
            Array.from({ length: N }, (_, i) => (i % 2 ? other : stack.dossier).submit(a, request)),
          );
          expect(new Set(results.map((d) => d.code)).size).toBe(1);
          const rows = await stack.context.db
            .selectFrom('dossiers')
            .select('code')
            .where('idempotency_key', '=', request.idempotencyKey)
            .execute();
          expect(rows).toHaveLength(1);
        } finally {
          await server.close();
        }
      },
    );

    it(`files one report for ${N} racing sends with one idempotency key`, async () => {
      const [a] = sessions as [string];
      const photo = await stack.feedback.uploadPhoto(a, blobOf(photoBytes('png'), 'image/png'), {
        name: 'a.png',
        type: 'image/png',
      });
      const request = newReport([photo.id]);
      const before = await count('reports');
      const results = await Promise.all(
        Array.from({ length: N }, () => stack.feedback.submit(a, request)),
      );
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect((await count('reports')) - before).toBe(1);
    });
  });
}
