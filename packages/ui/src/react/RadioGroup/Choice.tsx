// One radio or checkbox with its label, hint and optional conditional reveal (GOV.UK): shared by
// Radio and Checkbox. Internal, not exported. The native input stays (invisible) on top of the
// drawn one, so the browser keeps its keyboard, form and screen-reader behaviour.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { Hint, useFieldIds } from '../field';
import { cx } from '../internal/class-names';

export interface ChoiceOwnProps {
  label: ReactNode;
  /** Help under this option's label. */
  hint?: ReactNode;
  /** Shown under the option while it is chosen (e.g. a field that only this answer needs). */
  conditional?: ReactNode;
}

export interface ChoiceProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'children'>,
    ChoiceOwnProps {
  type: 'radio' | 'checkbox';
  /** Whether the conditional part shows. */
  on: boolean;
}

export const Choice = forwardRef<HTMLInputElement, ChoiceProps>(function Choice(
  { type, id, label, hint, conditional, on, className, ...props },
  ref,
) {
  const ids = useFieldIds(id);
  const revealId = `${ids.control}-conditional`;
  return (
    <>
      <div className={cx('gm-choice', `gm-choice--${type}`, className)}>
        <input
          {...props}
          ref={ref}
          id={ids.control}
          type={type}
          className="gm-choice__input"
          aria-describedby={ids.describedBy({ hint }, props['aria-describedby'])}
          aria-controls={conditional ? revealId : props['aria-controls']}
        />
        <label className="gm-choice__label" htmlFor={ids.control}>
          {label}
        </label>
        {hint ? (
          <Hint id={ids.hint} className="gm-choice__hint">
            {hint}
          </Hint>
        ) : null}
      </div>
      {/* Hidden, not removed: whatever was typed inside is kept if the choice changes back. */}
      {conditional ? (
        <div id={revealId} className="gm-choice__conditional" hidden={!on}>
          {conditional}
        </div>
      ) : null}
    </>
  );
});
