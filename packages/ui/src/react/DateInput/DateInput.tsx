// Three boxes — ngày, tháng, năm — in a fieldset (GOV.UK date input): easier for old hands
// than a calendar picker, and nothing typed is lost (the value is the text of each box).
// Check it with parseDateInputValue and pass the message and the boxes to mark back in.
// With `showLunar`, the lunar date of a complete date shows under the boxes (lunar-hint.ts).
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useState } from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint, Label, useFieldIds } from '../field';
import { useMessages } from '../internal/messages';
import { useControllableState } from '../internal/use-controllable-state';
import { useGovMini } from '../provider/context';
import type { FieldProps } from '../TextInput/InputShell';
import { inputClass } from '../TextInput/TextInput';
import { useLunarHint } from './lunar-hint';
import { dateInputMessages } from './messages';
import { type DateInputField, type DateInputValue, dateInputFields } from './parse-date-input';

export interface DateInputProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'defaultValue' | 'onChange'>,
    Omit<FieldProps, 'optional'> {
  /** The question, shown as the legend ("Ngày sinh"). */
  label: ReactNode;
  /** Default "Ví dụ: 27 3 1958". */
  hint?: ReactNode;
  /** The boxes to mark as wrong (from parseDateInputValue); default: all three when `error`. */
  errorFields?: readonly DateInputField[] | undefined;
  value?: DateInputValue | undefined;
  defaultValue?: DateInputValue | undefined;
  onValueChange?: ((value: DateInputValue) => void) | undefined;
  /** Box names are `<name>-day`, `<name>-month`, `<name>-year`. */
  name?: string | undefined;
  /** A date of birth: lets the phone offer the citizen's own (autocomplete bday-*). */
  birthday?: boolean | undefined;
  legendAsHeading?: boolean | undefined;
  /**
   * Show the lunar date under the boxes once a whole valid date is typed ("Âm lịch: mùng 8
   * tháng 2 năm Mậu Tuất"), for questions older citizens may know in the lunar calendar
   * (a date of birth). Screen readers hear it when typing pauses.
   */
  showLunar?: boolean | undefined;
}

const EMPTY: DateInputValue = { day: '', month: '', year: '' };

export const DateInput = forwardRef<HTMLFieldSetElement, DateInputProps>(function DateInput(
  {
    id,
    label,
    hint,
    error,
    errorFields,
    value,
    defaultValue,
    onValueChange,
    name,
    birthday,
    legendAsHeading,
    showLunar,
    ...props
  },
  ref,
) {
  const t = useMessages(dateInputMessages);
  const { locale, messages } = useGovMini('DateInput');
  const ids = useFieldIds(id);
  const [date, setDate] = useControllableState({
    value,
    defaultValue: defaultValue ?? EMPTY,
    onChange: onValueChange,
  });
  const [typed, setTyped] = useState(false);
  const lunar = useLunarHint({
    enabled: showLunar === true,
    value: date,
    typed,
    locale,
    messages,
    format: (words) => t('dateInput.lunar', { date: words }),
  });
  const lunarId = `${ids.control}-lunar`;
  const shownHint = hint ?? t('dateInput.hint');
  const marked = error ? (errorFields ?? dateInputFields) : [];
  const describedBy = ids.describedBy({ hint: shownHint, error }, props['aria-describedby']);
  return (
    <FormGroup error={error}>
      <Fieldset
        {...props}
        ref={ref}
        id={ids.control}
        legend={label}
        legendAsHeading={legendAsHeading === true}
        aria-describedby={
          showLunar ? [describedBy, lunarId].filter(Boolean).join(' ') : describedBy
        }
      >
        {shownHint ? <Hint id={ids.hint}>{shownHint}</Hint> : null}
        {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
        <div className="gm-date-input">
          {dateInputFields.map((field) => {
            const boxId = `${ids.control}-${field}`;
            const invalid = marked.includes(field);
            return (
              <div key={field} className="gm-date-input__item">
                <Label htmlFor={boxId}>{t(`dateInput.${field}`)}</Label>
                <input
                  id={boxId}
                  name={name && `${name}-${field}`}
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  autoComplete={birthday ? `bday-${field}` : 'off'}
                  className={inputClass(invalid, field === 'year' ? 'sm' : 'xs')}
                  aria-invalid={invalid || undefined}
                  value={date[field]}
                  onChange={(event) => {
                    setTyped(true);
                    setDate({ ...date, [field]: event.currentTarget.value });
                  }}
                />
              </div>
            );
          })}
        </div>
        {showLunar ? (
          <>
            {/* Seen at once, and read with the group (aria-describedby); hidden from reading in
                place because the live region below says it when typing pauses. */}
            <p id={lunarId} className="gm-hint gm-date-input__lunar" aria-hidden="true">
              {lunar.shown}
            </p>
            <p className="gm-visually-hidden" aria-live="polite">
              {lunar.announced}
            </p>
          </>
        ) : null}
      </Fieldset>
    </FormGroup>
  );
});
