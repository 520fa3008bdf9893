// The label, hint and error around one control (GOV.UK order: label, hint, error, control),
// shared by TextInput, TextArea, Select, CCCDInput and PhoneInput. Internal: not exported.
import type { ReactNode } from 'react';
import { ErrorMessage, type FieldIds, FormGroup, Hint, Label } from '../field';

/** The props every single-control field takes. */
export interface FieldProps {
  /** What to enter, in plain words ("Họ và tên"). Always visible; never a placeholder. */
  label: ReactNode;
  /** Help under the label, e.g. where to find the number. */
  hint?: ReactNode;
  /** What is wrong and how to fix it; shows the red bar and sets aria-invalid. */
  error?: ReactNode;
  /** Marks the field "(không bắt buộc)" (GOV.UK marks optional fields, not required ones). */
  optional?: boolean | undefined;
}

export function InputShell({
  ids,
  label,
  hint,
  error,
  optional,
  children,
}: FieldProps & { ids: FieldIds; children: ReactNode }) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={ids.control} id={ids.label} optional={optional === true}>
        {label}
      </Label>
      {hint ? <Hint id={ids.hint}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
      {children}
    </FormGroup>
  );
}
