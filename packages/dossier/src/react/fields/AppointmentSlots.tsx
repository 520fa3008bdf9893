// The days and times of an appointment, once loaded. Days with a free place are radios, five at
// first and "Xem thêm 5 ngày" for the next ones: every label wraps at large text (a <select> cut
// "Thứ Hai, 07/12 — còn 12 chỗ" to its width), so a month of days would be pages long. Then
// the times of the chosen day; full ones are shown (the citizen sees the day is busy) but
// cannot be chosen.
import { Button, Radio, RadioGroup, useGovMini } from '@govmini/ui';
import { useEffect, useRef, useState } from 'react';
import type { AppointmentAnswer as Appointment } from '../../core/definition/types';
import type { AppointmentSlot } from '../../core/service/types';
import { useDossierMessages } from '../messages';
import { slotMessages } from './slot-messages';

/** How many more days each "Xem thêm" shows (a working week). */
const DAYS_AT_ONCE = 5;

/** `2026-12-03T08:00:00+07:00` → `08:00` (the wall time in Vietnam, as written). */
export const wallTime = (iso: string) => iso.slice(11, 16);
const dayOf = (iso: string) => iso.slice(0, 10);
/** `2026-12-07` → `07/12`: the year is plain within the next weeks. */
const dayAndMonth = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

const weekdays = new Map<string, Intl.DateTimeFormat>();
/** `2026-12-07` → "Thứ Hai" ("Monday" in English). */
function weekdayName(day: string, locale: string): string {
  let format = weekdays.get(locale);
  if (!format) {
    const tag = locale === 'en' ? 'en-GB' : 'vi-VN';
    format = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    weekdays.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** Slots grouped by their day, in order. */
export function slotsByDay(slots: readonly AppointmentSlot[]): [string, AppointmentSlot[]][] {
  const days = new Map<string, AppointmentSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = dayOf(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days];
}

const placesLeft = (list: readonly AppointmentSlot[]) =>
  list.reduce((sum, slot) => sum + Math.max(0, slot.remaining), 0);

export interface AppointmentSlotsProps {
  /** The field's DOM id: the ids inside start with it. */
  readonly id: string;
  /** The form path: the times' radio name. */
  readonly name: string;
  readonly slots: readonly AppointmentSlot[];
  readonly chosen: Appointment | undefined;
  readonly onChoose: (slot: AppointmentSlot) => void;
}

export function AppointmentSlots({ id, name, slots, chosen, onChoose }: AppointmentSlotsProps) {
  const t = useDossierMessages(slotMessages);
  const { locale } = useGovMini('AppointmentAnswer');
  const chosenDay = chosen ? dayOf(chosen.start) : undefined;
  // The chosen day stays offered even if it has filled up since.
  const open = slotsByDay(slots).filter(([day, list]) => day === chosenDay || placesLeft(list) > 0);
  const [picked, setPicked] = useState<string | undefined>();
  const shownDay = picked ?? chosenDay ?? open[0]?.[0];
  const [count, setCount] = useState(() =>
    Math.max(DAYS_AT_ONCE, open.findIndex(([day]) => day === shownDay) + 1),
  );
  const focusDay = useRef<string | undefined>(undefined);

  // After "Xem thêm": on the first day just shown, so the list reads on from there.
  useEffect(() => {
    const day = focusDay.current;
    focusDay.current = undefined;
    if (day) document.getElementById(`${id}-day-${day}`)?.focus();
  });

  const times = open.find(([day]) => day === shownDay)?.[1] ?? [];
  const more = Math.min(DAYS_AT_ONCE, open.length - count);
  return (
    <>
      <RadioGroup
        id={`${id}-day`}
        name={`${id}-day`}
        label={t('slot.day')}
        value={shownDay ?? ''}
        onValueChange={setPicked}
      >
        {open.slice(0, count).map(([day, list]) => {
          const left = placesLeft(list);
          return (
            <Radio
              key={day}
              id={`${id}-day-${day}`}
              value={day}
              label={t('slot.dayName', {
                weekday: weekdayName(day, locale),
                date: dayAndMonth(day),
              })}
              hint={left > 0 ? t('slot.left', { count: left }) : t('slot.full')}
            />
          );
        })}
      </RadioGroup>
      {more > 0 && (
        <Button
          variant="secondary"
          onClick={() => {
            focusDay.current = open[count]?.[0];
            setCount(count + DAYS_AT_ONCE);
          }}
        >
          {t('slot.moreDays', { count: more })}
        </Button>
      )}
      <RadioGroup
        id={`${id}-time`}
        name={name}
        label={t('slot.times')}
        className="gm-dossier-slots__times"
        value={chosen?.slotId ?? ''}
        onValueChange={(slotId) => {
          const slot = times.find((s) => s.id === slotId);
          if (slot) onChoose(slot);
        }}
      >
        {times.map((slot) => (
          <Radio
            key={slot.id}
            id={`${id}-${slot.id}`}
            value={slot.id}
            disabled={slot.remaining <= 0}
            label={t('slot.time', { start: wallTime(slot.start), end: wallTime(slot.end) })}
            hint={slot.remaining > 0 ? t('slot.left', { count: slot.remaining }) : t('slot.full')}
          />
        ))}
      </RadioGroup>
    </>
  );
}
