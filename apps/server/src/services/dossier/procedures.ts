// The published procedures, kept in the database (seeded from @govmini/dossier/examples or
// published by the province) and cached briefly in each instance: every submission reads its
// definition, and a new version reaching all instances within seconds is soon enough. Older
// versions stay: a filed dossier is checked against the definition it was filed with.
import {
  dossierError,
  type Field,
  type ProcedureDefinition,
  parseProcedureOrThrow,
} from '@govmini/dossier/core';
import type { Database } from '../../db/database.ts';
import { parseIsoDate } from '../time.ts';
import { generateSlots, SLOT_STARTS } from './slots.ts';

const CACHE_MS = 5_000;

/** A field by id, also inside groups. */
export function findField(procedure: ProcedureDefinition, id: string): Field | undefined {
  for (const page of procedure.pages) {
    for (const field of page.fields) {
      if (field.id === id) return field;
      if (field.type === 'group') {
        const inner = field.fields.find((f) => f.id === id);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}

export function createProcedureCatalogue(
  db: Database,
  options: { now: () => number; capacity: number },
) {
  let cache:
    | {
        at: number;
        current: Map<string, ProcedureDefinition>;
        all: Map<string, ProcedureDefinition>;
      }
    | undefined;

  const load = async () => {
    // Wall time, not the service clock: this is about freshness across instances.
    if (cache && Date.now() - cache.at < CACHE_MS) return cache;
    const rows = await db
      .selectFrom('procedures')
      .select(['id', 'version', 'definition', 'is_current'])
      .orderBy('published_ms')
      .orderBy('id')
      .execute();
    const current = new Map<string, ProcedureDefinition>();
    const all = new Map<string, ProcedureDefinition>();
    for (const row of rows) {
      const definition = JSON.parse(row.definition) as ProcedureDefinition;
      all.set(`${row.id}@${row.version}`, definition);
      if (row.is_current) current.set(row.id, definition);
    }
    cache = { at: Date.now(), current, all };
    return cache;
  };

  const definition = async (id: unknown): Promise<ProcedureDefinition> => {
    const found = typeof id === 'string' ? (await load()).current.get(id) : undefined;
    if (!found) throw dossierError('not_found');
    return found;
  };

  return {
    list: async () => [...(await load()).current.values()],
    definition,

    /** The definition a dossier was filed with (or the current one, if that version is gone). */
    async version(id: string, version: number): Promise<ProcedureDefinition> {
      const loaded = await load();
      const found = loaded.all.get(`${id}@${version}`) ?? loaded.current.get(id);
      if (!found) throw dossierError('server');
      return found;
    },

    /** Publishes a definition (checked with parseProcedure first) as the current version. */
    async publish(input: ProcedureDefinition): Promise<void> {
      const procedure = parseProcedureOrThrow(structuredClone(input));
      const at = options.now();
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('procedures')
          .set({ is_current: 0 })
          .where('id', '=', procedure.id)
          .execute();
        await tx
          .insertInto('procedures')
          .values({
            id: procedure.id,
            version: procedure.version,
            definition: JSON.stringify(procedure),
            is_current: 1,
            published_ms: at,
          })
          .onConflict((oc) =>
            oc.columns(['id', 'version']).doUpdateSet({
              definition: JSON.stringify(procedure),
              is_current: 1,
            }),
          )
          .execute();
      });
      cache = undefined;
    },

    async slots(procedureId: string, fieldId: string, range: { from: string; days: number }) {
      const field = findField(await definition(procedureId), fieldId);
      if (field?.type !== 'appointment') throw dossierError('not_found');
      if (!parseIsoDate(range?.from)) throw dossierError('unknown', { status: 400 });
      if (!Number.isSafeInteger(range.days) || range.days < 1 || range.days > 60) {
        throw dossierError('unknown', { status: 400 });
      }
      const rows = await db
        .selectFrom('slot_bookings')
        .select(['slot_id', 'booked'])
        .where('procedure_id', '=', procedureId)
        .where('field_id', '=', fieldId)
        .where('slot_id', '>=', `slot-${range.from.replaceAll('-', '')}`)
        .execute();
      return generateSlots({
        from: range.from,
        days: range.days,
        now: options.now(),
        capacity: options.capacity,
        booked: new Map(rows.map((r) => [r.slot_id, r.booked])),
      });
    },

    /** Places taken in these slots of a field (for the synchronous checks at submission). */
    async booked(procedureId: string, fieldId: string, slotIds: readonly string[]) {
      if (slotIds.length === 0) return new Map<string, number>();
      const rows = await db
        .selectFrom('slot_bookings')
        .select(['slot_id', 'booked'])
        .where('procedure_id', '=', procedureId)
        .where('field_id', '=', fieldId)
        .where('slot_id', 'in', [...slotIds])
        .execute();
      return new Map(rows.map((r) => [r.slot_id, r.booked]));
    },

    capacity: options.capacity,
    slotStarts: SLOT_STARTS,
  };
}

export type ProcedureCatalogue = ReturnType<typeof createProcedureCatalogue>;
