// The memory service's catalogue: published procedures, their appointment slots and bookings,
// and the per-day running number of dossier codes (Circular 01/2018/TT-VPCP Art. 19).
import { formatDossierCode } from '@govmini/vn';
import {
  fromIsoDate,
  fromIsoDateTime,
  vietnamDay,
  vietnamHolidays,
  type WorkingDayCalendar,
} from '@govmini/vn/calendar';
import { parseProcedureOrThrow } from '../core/definition/parse';
import type { AppointmentAnswer, ProcedureDefinition } from '../core/definition/types';
import { dossierError } from '../core/service/errors';
import { findField } from '../core/service/submission';
import { generateSlots, slotById } from './slots';

export interface CatalogueOptions {
  now: () => number;
  capacity: number;
  calendar?: WorkingDayCalendar;
}

const bad = () => dossierError('unknown', { status: 400 });

export function createProcedureCatalogue(
  procedures: readonly ProcedureDefinition[],
  options: CatalogueOptions,
) {
  const calendar = options.calendar ?? vietnamHolidays;
  const byId = new Map<string, ProcedureDefinition>();
  for (const procedure of procedures) {
    if (byId.has(procedure.id)) {
      throw new Error(`createMemoryDossierService: procedure "${procedure.id}" is listed twice`);
    }
    // A bad definition is the developer's mistake: every problem at once, with its path.
    byId.set(procedure.id, parseProcedureOrThrow(structuredClone(procedure)));
  }
  const bookings = new Map<string, number>();
  const bookingKey = (procedureId: string, fieldId: string, slotId: string) =>
    `${procedureId}|${fieldId}|${slotId}`;

  const definition = (id: unknown): ProcedureDefinition => {
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    if (!found) throw dossierError('not_found');
    return found;
  };

  return {
    calendar,
    list: () => [...byId.values()],
    get: definition,
    definition,

    slots(procedureId: string, fieldId: string, range: { from: string; days: number }) {
      const field = findField(definition(procedureId), fieldId);
      if (field?.type !== 'appointment') throw dossierError('not_found');
      if (!fromIsoDate(range?.from)) throw bad();
      if (!Number.isSafeInteger(range.days) || range.days < 1 || range.days > 60) throw bad();
      return generateSlots({
        from: range.from,
        days: range.days,
        now: options.now(),
        capacity: options.capacity,
        calendar,
        booked: (id) => bookings.get(bookingKey(procedureId, fieldId, id)) ?? 0,
      });
    },

    /** A real slot of that field, not yet started, with a place left, named exactly. */
    slotAvailable(procedureId: string, fieldId: string, answer: AppointmentAnswer): boolean {
      const slot =
        typeof answer.slotId === 'string' ? slotById(answer.slotId, calendar) : undefined;
      return (
        !!slot &&
        fromIsoDateTime(answer.start) === slot.start &&
        fromIsoDateTime(answer.end) === slot.end &&
        slot.start > options.now() &&
        (bookings.get(bookingKey(procedureId, fieldId, slot.id)) ?? 0) < options.capacity
      );
    },
    book(procedureId: string, fieldId: string, slotId: string): string {
      const key = bookingKey(procedureId, fieldId, slotId);
      bookings.set(key, (bookings.get(key) ?? 0) + 1);
      return key;
    },
    release(key: string) {
      const left = (bookings.get(key) ?? 0) - 1;
      if (left > 0) bookings.set(key, left);
      else bookings.delete(key);
    },

    /** `000.00.06.H56-261130-0001`: the unit, the day received in Vietnam, the day's number. */
    nextCode(sequences: Map<string, number>, unit: string, at: number): string {
      const receivedOn = vietnamDay(at);
      const key = `${unit}|${receivedOn.year}-${receivedOn.month}-${receivedOn.day}`;
      const sequence = (sequences.get(key) ?? 0) + 1;
      if (sequence > 9999) throw dossierError('server');
      sequences.set(key, sequence);
      return formatDossierCode({ unit, receivedOn, sequence });
    },
  };
}

export type ProcedureCatalogue = ReturnType<typeof createProcedureCatalogue>;
