// The 12-digit căn cước number, shown in groups as typed ("001 203 012 345") and checked with
// parseCccd when the citizen leaves the box. Spaces, dots and full-width digits are fine.
import {
  type Cccd,
  type CccdErrorCode,
  type ParseError,
  type ParseResult,
  parseCccd,
} from '@govmini/vn';
import { forwardRef } from 'react';
import { useGovMini } from '../provider/context';
import { TextInput, type TextInputProps } from '../TextInput/TextInput';
import { compactDigits, groupDigits, useFormattedText } from '../TextInput/use-formatted-text';

export type CccdResult = ParseResult<Cccd, ParseError<CccdErrorCode>>;

export interface CCCDInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'type'> {
  /** The text in the box, grouped ("001 203 012 345"); digits only are in the parse result. */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
  /**
   * The parseCccd result: when the citizen leaves the box, and while an error shows, as soon as
   * the number becomes right. An empty box gives the `empty` result but shows no error.
   */
  onValidate?: ((result: CccdResult) => void) | undefined;
}

/** "001203012345" → "001 203 012 345"; text with letters in it stays as typed. */
export function formatCccd(text: string): string {
  const digits = compactDigits(text);
  return digits === undefined || digits.startsWith('+') ? text : groupDigits(digits, [3]);
}

export const CCCDInput = forwardRef<HTMLInputElement, CCCDInputProps>(function CCCDInput(
  { value, defaultValue, onValueChange, onValidate, onChange, onBlur, error, ...props },
  ref,
) {
  const { locale, messages } = useGovMini('CCCDInput');
  const { inputProps, failure } = useFormattedText<CccdResult>({
    value,
    defaultValue,
    onValueChange,
    format: formatCccd,
    // Provider overrides of `cccd.*` messages apply here too.
    parse: (text) => parseCccd(text, { locale, ...(messages && { messages }) }),
    onValidate,
    onChange,
    onBlur,
    ref,
  });
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      maxWidth="md"
      {...props}
      {...inputProps}
      error={error || (failure && !failure.ok ? failure.error.message : undefined)}
    />
  );
});
