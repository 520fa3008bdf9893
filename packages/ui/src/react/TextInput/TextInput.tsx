// A single-line text field: label, hint and error wired to a native <input>.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useFieldIds } from '../field';
import { cx } from '../internal/class-names';
import { type FieldProps, InputShell } from './InputShell';

/** How wide the box is, to fit the answer (AgDS/GOV.UK): xs a day, sm a year, md a CCCD or phone. */
export type InputWidth = 'xs' | 'sm' | 'md' | 'lg';

export interface TextInputProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'children'>,
    FieldProps {
  /** Default: the full width of the column. A box sized to the answer tells what is expected. */
  maxWidth?: InputWidth | undefined;
}

/** The class of every text box (TextInput, TextArea, Select, DateInput…), from TextInput.css. */
export function inputClass(invalid: unknown, maxWidth?: InputWidth, className?: string): string {
  return cx(
    'gm-input',
    invalid ? 'gm-input--error' : '',
    maxWidth && `gm-input--${maxWidth}`,
    className,
  );
}

export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(
  { id, label, hint, error, optional, maxWidth, className, type = 'text', ...props },
  ref,
) {
  const ids = useFieldIds(id);
  return (
    <InputShell ids={ids} label={label} hint={hint} error={error} optional={optional === true}>
      <input
        {...props}
        ref={ref}
        id={ids.control}
        type={type}
        className={inputClass(error, maxWidth, className)}
        aria-invalid={error ? true : props['aria-invalid']}
        aria-describedby={ids.describedBy({ hint, error }, props['aria-describedby'])}
      />
    </InputShell>
  );
});
