// RadioGroup + Radio (Radix-style compound): a fieldset with its legend, hint and error, and
// native radios sharing one name, so arrow keys move between them as everywhere else.
import {
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type ReactNode,
  useContext,
} from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint, useFieldIds } from '../field';
import { cx } from '../internal/class-names';
import { useControllableState } from '../internal/use-controllable-state';
import type { FieldProps } from '../TextInput/InputShell';
import { Choice, type ChoiceOwnProps } from './Choice';

interface RadioGroupContextValue {
  name: string;
  value: string;
  setValue(value: string): void;
}

const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

export interface ChoiceGroupProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'defaultValue' | 'onChange'>,
    Omit<FieldProps, 'optional'> {
  /** The question, shown as the legend. */
  label: ReactNode;
  /** The page's only question: the legend becomes its <h1> (GOV.UK). */
  legendAsHeading?: boolean | undefined;
  /** Options side by side (short answers such as Có / Không); they wrap at large text. */
  inline?: boolean | undefined;
  /** Form field name; default: the group's id. */
  name?: string | undefined;
  children: ReactNode;
}

/** The fieldset, legend, hint and error around a list of choices (RadioGroup, CheckboxGroup). */
export const ChoiceFieldset = forwardRef<
  HTMLFieldSetElement,
  Omit<ChoiceGroupProps, 'name'> & { ids: ReturnType<typeof useFieldIds> }
>(function ChoiceFieldset(
  { ids, label, hint, error, legendAsHeading, inline, className, children, ...props },
  ref,
) {
  return (
    <FormGroup error={error}>
      <Fieldset
        {...props}
        ref={ref}
        id={ids.control}
        legend={label}
        legendAsHeading={legendAsHeading === true}
        className={className}
        aria-describedby={ids.describedBy({ hint, error }, props['aria-describedby'])}
      >
        {hint ? <Hint id={ids.hint}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
        <div className={cx('gm-choices', inline && 'gm-choices--inline')}>{children}</div>
      </Fieldset>
    </FormGroup>
  );
});

export interface RadioGroupProps extends ChoiceGroupProps {
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: ((value: string) => void) | undefined;
}

export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { id, name, value, defaultValue, onValueChange, children, ...props },
  ref,
) {
  const ids = useFieldIds(id);
  const [current, setValue] = useControllableState({
    value,
    defaultValue: defaultValue ?? '',
    onChange: onValueChange,
  });
  return (
    <ChoiceFieldset {...props} ref={ref} ids={ids}>
      <RadioGroupContext.Provider value={{ name: name ?? ids.control, value: current, setValue }}>
        {children}
      </RadioGroupContext.Provider>
    </ChoiceFieldset>
  );
});

export interface RadioProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'value' | 'children'>,
    ChoiceOwnProps {
  value: string;
}

export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(
  { value, onChange, checked, ...props },
  ref,
) {
  const group = useContext(RadioGroupContext);
  const on = group ? group.value === value : checked === true;
  return (
    <Choice
      {...props}
      ref={ref}
      type="radio"
      value={value}
      name={group?.name ?? props.name}
      checked={group ? on : checked}
      on={on}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        group?.setValue(value);
        onChange?.(event);
      }}
    />
  );
});
