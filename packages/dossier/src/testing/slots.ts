// Appointment slots as a one-stop desk offers them: 30-minute slots 7:30–11:00 and
// 13:30–16:30 on working days, each with a few places. Slot ids name the day and time
// (`slot-20261201-0730`), so a booking can be checked without a table of slots.
import {
  fromIsoDate,
  toIsoDate,
  toIsoDateTime,
  vietnamDay,
  vietnamHolidays,
  vietnamTime,
  type WorkingDayCalendar,
} from '@govmini/vn/calendar';
import type { AppointmentSlot } from '../core/service/types';

/** Start times, minutes after midnight. */
export const SLOT_STARTS: readonly number[] = [
  ...Array.from({ length: 7 }, (_, i) => 7 * 60 + 30 + i * 30), // 7:30 … 10:30
  ...Array.from({ length: 6 }, (_, i) => 13 * 60 + 30 + i * 30), // 13:30 … 16:00
];
export const SLOT_MINUTES = 30;

export interface SlotTime {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const slotId = (date: string, minutes: number) =>
  `slot-${date.replaceAll('-', '')}-${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;

/** The slot an id names, if it is a real slot on a working day. */
export function slotById(
  id: string,
  calendar: WorkingDayCalendar = vietnamHolidays,
): SlotTime | undefined {
  const m = /^slot-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)$/.exec(id);
  if (!m) return undefined;
  const day = fromIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const minutes = Number(m[4]) * 60 + Number(m[5]);
  if (!day || !calendar.isWorkingDay(day) || !SLOT_STARTS.includes(minutes)) return undefined;
  const start = vietnamTime(day, minutes);
  return { id, start, end: start + SLOT_MINUTES * 60_000 };
}

/**
 * Slots on the first `days` working days from `from` (inclusive), leaving out those that have
 * started by `now`. `booked(id)` says how many places are taken.
 */
export function generateSlots(options: {
  from: string;
  days: number;
  now: number;
  capacity: number;
  booked: (id: string) => number;
  calendar?: WorkingDayCalendar;
}): AppointmentSlot[] {
  const calendar = options.calendar ?? vietnamHolidays;
  const first = fromIsoDate(options.from);
  if (!first) return [];
  const slots: AppointmentSlot[] = [];
  let day = first;
  for (let found = 0, guard = 0; found < options.days && guard < 400; guard++) {
    if (calendar.isWorkingDay(day)) {
      found++;
      const date = toIsoDate(day);
      for (const minutes of SLOT_STARTS) {
        const start = vietnamTime(day, minutes);
        if (start <= options.now) continue;
        const id = slotId(date, minutes);
        slots.push({
          id,
          start: toIsoDateTime(start),
          end: toIsoDateTime(start + SLOT_MINUTES * 60_000),
          remaining: Math.max(0, options.capacity - options.booked(id)),
        });
      }
    }
    day = vietnamDay(vietnamTime(day, 24 * 60));
  }
  return slots;
}
