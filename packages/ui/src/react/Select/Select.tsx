// A native <select>: the phone's own picker, which every citizen already knows how to use.
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useFieldIds } from '../field';
import { type FieldProps, InputShell } from '../TextInput/InputShell';
import { inputClass } from '../TextInput/TextInput';

export interface SelectProps extends ComponentPropsWithoutRef<'select'>, FieldProps {}

export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { id, label, hint, error, optional, className, ...props },
  ref,
) {
  const ids = useFieldIds(id);
  return (
    <InputShell ids={ids} label={label} hint={hint} error={error} optional={optional === true}>
      <select
        {...props}
        ref={ref}
        id={ids.control}
        className={inputClass(error, undefined, className)}
        aria-invalid={error ? true : props['aria-invalid']}
        aria-describedby={ids.describedBy({ hint, error }, props['aria-describedby'])}
      />
    </InputShell>
  );
});
