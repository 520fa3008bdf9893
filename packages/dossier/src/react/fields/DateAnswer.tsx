// A date in three boxes (ngày, tháng, năm). The answer is ISO `YYYY-MM-DD` once the three boxes
// make a date; until then it keeps the boxes as typed (`năm-tháng-ngày`), so a half-typed date
// survives a reload and the check can say which box is wrong. `showLunar` is @govmini/ui's
// DateInput's own: the lunar date in words under the boxes, announced once typing stops.
import { DateInput, type DateInputValue, parseDateInputValue, useGovMini } from '@govmini/ui';
import { useState } from 'react';
import type { DateField } from '../../core/definition/types';
import { type AnswerFieldProps, useAnswer } from './field-props';

const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);

/** Boxes → answer: ISO when it is a real date, the boxes joined as typed otherwise. */
export function dateAnswerOf(boxes: DateInputValue): string | undefined {
  const { day, month, year } = boxes;
  if (!day.trim() && !month.trim() && !year.trim()) return undefined;
  const parsed = parseDateInputValue(boxes);
  if (parsed.ok) {
    const { year: y, month: m, day: d } = parsed.value;
    return `${String(y).padStart(4, '0')}-${pad(String(m))}-${pad(String(d))}`;
  }
  return `${year}-${month}-${day}`;
}

/** Answer → boxes: `1958-03-27` → 27 / 3 / 1958 (as a person writes it). */
export function dateBoxesOf(answer: string | undefined): DateInputValue {
  if (!answer) return { day: '', month: '', year: '' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer);
  if (iso) {
    return { year: iso[1] ?? '', month: String(Number(iso[2])), day: String(Number(iso[3])) };
  }
  const [year = '', month = '', day = ''] = answer.split('-');
  return { year, month, day };
}

export function DateAnswer({
  field,
  name,
  id,
  label,
  hint,
  asHeading,
}: AnswerFieldProps<DateField>) {
  const { locale } = useGovMini('DateAnswer');
  const answer = useAnswer<string>(name);
  // The boxes as typed ("03" stays "03"); the answer follows them.
  const [boxes, setBoxes] = useState(() => dateBoxesOf(answer.value));
  // The engine says "invalid date"; the boxes can say which one and how to fix it.
  const parsed = answer.error && answer.value ? parseDateInputValue(boxes, { locale }) : undefined;
  const boxError = parsed && !parsed.ok ? parsed.error : undefined;
  return (
    <DateInput
      id={id}
      name={name}
      ref={answer.ref}
      label={label}
      hint={hint}
      legendAsHeading={asHeading}
      birthday={field.autocomplete === 'bday'}
      showLunar={field.showLunar}
      error={boxError?.message ?? answer.error}
      errorFields={boxError?.fields}
      value={boxes}
      onValueChange={(next) => {
        setBoxes(next);
        answer.setValue(dateAnswerOf(next));
      }}
      onBlur={answer.onBlur}
    />
  );
}
