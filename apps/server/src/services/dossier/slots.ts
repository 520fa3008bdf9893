// Appointment slots as a one-stop desk offers them, the same as @govmini/dossier's memory
// backend (so the conformance suite and the phone see the same slots): 30 minutes, 7:30–11:00
// and 13:30–16:30 on working days; ids name the day and time (`slot-20261201-0730`), so a
// booking is checked without a table of slots. Only bookings are stored.

import type { AppointmentSlot } from '@govmini/dossier/core';
import { vietnamHolidays, type WorkingDayCalendar } from '@govmini/vn/calendar';
import { isoDate, parseIsoDate, toVietnamIso, vietnamDay, vietnamTime } from '../time.ts';

export const SLOT_STARTS: readonly number[] = [
  ...Array.from({ length: 7 }, (_, i) => 7 * 60 + 30 + i * 30),
  ...Array.from({ length: 6 }, (_, i) => 13 * 60 + 30 + i * 30),
];
export const SLOT_MINUTES = 30;

const pad = (n: number) => String(n).padStart(2, '0');
const slotIdOf = (date: string, minutes: number) =>
  `slot-${date.replaceAll('-', '')}-${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;

export interface SlotTime {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export function slotById(
  id: unknown,
  calendar: WorkingDayCalendar = vietnamHolidays,
): SlotTime | undefined {
  const m = typeof id === 'string' ? /^slot-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)$/.exec(id) : null;
  if (!m) return undefined;
  const day = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const minutes = Number(m[4]) * 60 + Number(m[5]);
  if (!day || !calendar.isWorkingDay(day) || !SLOT_STARTS.includes(minutes)) return undefined;
  const start = vietnamTime(day, minutes);
  return { id: id as string, start, end: start + SLOT_MINUTES * 60_000 };
}

/** Slots on the first `days` working days from `from`, leaving out those started by `now`. */
export function generateSlots(options: {
  from: string;
  days: number;
  now: number;
  capacity: number;
  booked: ReadonlyMap<string, number>;
  calendar?: WorkingDayCalendar;
}): AppointmentSlot[] {
  const calendar = options.calendar ?? vietnamHolidays;
  const first = parseIsoDate(options.from);
  if (!first) return [];
  const slots: AppointmentSlot[] = [];
  let day = first;
  for (let found = 0, guard = 0; found < options.days && guard < 400; guard++) {
    if (calendar.isWorkingDay(day)) {
      found++;
      const date = isoDate(day);
      for (const minutes of SLOT_STARTS) {
        const start = vietnamTime(day, minutes);
        if (start <= options.now) continue;
        const id = slotIdOf(date, minutes);
        slots.push({
          id,
          start: toVietnamIso(start),
          end: toVietnamIso(start + SLOT_MINUTES * 60_000),
          remaining: Math.max(0, options.capacity - (options.booked.get(id) ?? 0)),
        });
      }
    }
    day = vietnamDay(vietnamTime(day, 24 * 60));
  }
  return slots;
}
