// A Vietnamese phone number, shown in groups as typed ("0912 345 678") and checked with
// parsePhone when the citizen leaves the box. An old 11-digit mobile number (0169…) gets a
// question with the new number and a button to use it.
// Only @govmini/ui/phone exports this file: parsePhone carries libphonenumber-js metadata.

import type { ParseResult } from '@govmini/vn';
import { type Phone, type PhoneParseError, parsePhone } from '@govmini/vn/phone';
import { forwardRef } from 'react';
import { ErrorMessage, FormGroup, Hint, Label, useFieldIds } from '../field';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { inputClass, type TextInputProps } from '../TextInput/TextInput';
import { compactDigits, groupDigits, useFormattedText } from '../TextInput/use-formatted-text';
import { phoneInputMessages } from './messages';

export type PhoneResult = ParseResult<Phone, PhoneParseError>;

export interface PhoneInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'type'> {
  /** The text in the box, grouped ("0912 345 678"); the parse result has it in E.164. */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
  /**
   * The parsePhone result: when the citizen leaves the box, when a suggestion is accepted, and
   * while an error shows, as soon as the number becomes right. Empty shows no error.
   */
  onValidate?: ((result: PhoneResult) => void) | undefined;
  /** Accept foreign numbers (+…) too. */
  allowForeign?: boolean | undefined;
}

/**
 * Groups a number as Vietnamese people write it: mobile 0912 345 678, landline 024 3123 4567,
 * old mobile 0169 123 4567, +84 912 345 678. Text with letters in it stays as typed.
 */
export function formatPhoneAsTyped(text: string): string {
  const digits = compactDigits(text);
  if (digits === undefined) return text;
  if (digits.startsWith('+84')) {
    const national = digits.slice(3);
    return national
      ? `+84 ${groupDigits(national, national.startsWith('2') ? [2, 4] : [3])}`
      : digits;
  }
  if (digits.startsWith('+') || !digits.startsWith('0')) return digits;
  return groupDigits(
    digits,
    digits.startsWith('02') ? [3, 4] : digits.startsWith('01') ? [4, 3, 4] : [4, 3],
  );
}

export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(function PhoneInput(
  {
    id,
    label,
    hint,
    error,
    optional,
    maxWidth = 'md',
    className,
    value,
    defaultValue,
    onValueChange,
    onValidate,
    allowForeign,
    onChange,
    onBlur,
    ...props
  },
  ref,
) {
  const t = useMessages(phoneInputMessages);
  const { locale, messages } = useGovMini('PhoneInput');
  const ids = useFieldIds(id);
  const { inputProps, failure, replace } = useFormattedText<PhoneResult>({
    value,
    defaultValue,
    onValueChange,
    format: formatPhoneAsTyped,
    parse: (text) =>
      parsePhone(text, {
        locale,
        ...(messages && { messages }),
        ...(allowForeign !== undefined && { allowForeign }),
      }),
    onValidate,
    onChange,
    onBlur,
    ref,
  });
  const problem = failure && !failure.ok ? failure.error : undefined;
  const suggestion = !error && problem?.code === 'old_prefix' ? problem.suggestion : undefined;
  const shown =
    error ||
    (suggestion
      ? t('phoneInput.oldPrefix', { number: formatPhoneAsTyped(suggestion) })
      : problem?.message);
  return (
    <FormGroup error={shown}>
      <Label htmlFor={ids.control} id={ids.label} optional={optional === true}>
        {label}
      </Label>
      {hint ? <Hint id={ids.hint}>{hint}</Hint> : null}
      {shown ? <ErrorMessage id={ids.error}>{shown}</ErrorMessage> : null}
      {/* Right after the question, so question and answer read as one. */}
      {suggestion ? (
        <button
          type="button"
          className="gm-phone-input__accept"
          aria-describedby={ids.error}
          onClick={() => replace(suggestion)}
        >
          {t('phoneInput.useSuggestion')}
        </button>
      ) : null}
      <input
        type="tel"
        autoComplete="tel"
        {...props}
        {...inputProps}
        id={ids.control}
        className={inputClass(shown, maxWidth, className)}
        aria-invalid={shown ? true : props['aria-invalid']}
        aria-describedby={ids.describedBy({ hint, error: shown }, props['aria-describedby'])}
      />
    </FormGroup>
  );
});
