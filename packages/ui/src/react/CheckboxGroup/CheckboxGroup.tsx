// CheckboxGroup + Checkbox: the same pattern as RadioGroup, for "chọn tất cả mục phù hợp".
// A Checkbox also works alone (a declaration, a consent), with its own error.
import {
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  createContext,
  forwardRef,
  type ReactNode,
  useContext,
} from 'react';
import { ErrorMessage, FormGroup, useFieldIds } from '../field';
import { useControllableState } from '../internal/use-controllable-state';
import { Choice, type ChoiceOwnProps } from '../RadioGroup/Choice';
import { ChoiceFieldset, type ChoiceGroupProps } from '../RadioGroup/RadioGroup';

interface CheckboxGroupContextValue {
  name: string;
  value: readonly string[];
  setValue(value: string[]): void;
}

const CheckboxGroupContext = createContext<CheckboxGroupContextValue | null>(null);

export interface CheckboxGroupProps extends ChoiceGroupProps {
  /** The values of the ticked boxes, in the order they were ticked. */
  value?: readonly string[] | undefined;
  defaultValue?: readonly string[] | undefined;
  onValueChange?: ((value: string[]) => void) | undefined;
}

const NONE: readonly string[] = [];

export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(
  function CheckboxGroup(
    { id, name, value, defaultValue, onValueChange, children, ...props },
    ref,
  ) {
    const ids = useFieldIds(id);
    const [current, setValue] = useControllableState<readonly string[]>({
      value,
      defaultValue: defaultValue ?? NONE,
      onChange: onValueChange as ((value: readonly string[]) => void) | undefined,
    });
    return (
      <ChoiceFieldset {...props} ref={ref} ids={ids}>
        <CheckboxGroupContext.Provider
          value={{ name: name ?? ids.control, value: current, setValue }}
        >
          {children}
        </CheckboxGroupContext.Provider>
      </ChoiceFieldset>
    );
  },
);

export interface CheckboxProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'value' | 'children'>,
    ChoiceOwnProps {
  /** Required inside a CheckboxGroup; alone, the value sent with the form (default "on"). */
  value?: string | undefined;
  /** Alone only (in a group the group shows the error): what to do, e.g. "Vui lòng đánh dấu …". */
  error?: ReactNode;
}

export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { id, value, checked, defaultChecked, onChange, error, ...props },
  ref,
) {
  const group = useContext(CheckboxGroupContext);
  const ids = useFieldIds(id);
  // Tracked here (not left to the DOM) so the conditional part can follow it.
  const [own, setOwn] = useControllableState({
    value: checked,
    defaultValue: defaultChecked ?? false,
  });
  const on = group ? value !== undefined && group.value.includes(value) : own;
  const box = (
    <Choice
      {...props}
      ref={ref}
      id={ids.control}
      type="checkbox"
      value={value}
      name={group?.name ?? props.name}
      checked={on}
      on={on}
      aria-invalid={!group && error ? true : props['aria-invalid']}
      aria-describedby={
        [!group && error ? ids.error : '', props['aria-describedby']].filter(Boolean).join(' ') ||
        undefined
      }
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        const ticked = event.currentTarget.checked;
        if (group && value !== undefined) {
          group.setValue(ticked ? [...group.value, value] : group.value.filter((v) => v !== value));
        } else setOwn(ticked);
        onChange?.(event);
      }}
    />
  );
  if (group) return box;
  // Alone it is its own form group; the wrapper is always there, so an error appearing never
  // remounts the box (which would lose focus).
  return (
    <FormGroup error={error}>
      {error ? <ErrorMessage id={ids.error}>{error}</ErrorMessage> : null}
      {box}
    </FormGroup>
  );
});
