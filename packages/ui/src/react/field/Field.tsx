// The parts every form control is built from: Label, Hint, ErrorMessage and Fieldset.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { fieldMessages } from './messages';

export interface LabelProps extends ComponentPropsWithoutRef<'label'> {
  /** Shows "(không bắt buộc)" after the label: GOV.UK marks the optional fields, not the required. */
  optional?: boolean | undefined;
}

export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { className, optional, children, ...props },
  ref,
) {
  const t = useMessages(fieldMessages);
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the caller passes htmlFor (every control does)
    <label ref={ref} className={cx('gm-label', className)} {...props}>
      {children}
      {optional && <span className="gm-label__optional"> {t('field.optional')}</span>}
    </label>
  );
});

export const Hint = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function Hint(
  { className, ...props },
  ref,
) {
  return <div ref={ref} className={cx('gm-hint', className)} {...props} />;
});

export const ErrorMessage = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function ErrorMessage({ className, children, ...props }, ref) {
    const t = useMessages(fieldMessages);
    return (
      <p ref={ref} className={cx('gm-error-message', className)} {...props}>
        {/* Screen readers hear "Lỗi:" first; colour alone never carries the meaning. */}
        <span className="gm-visually-hidden">{t('field.errorPrefix')} </span>
        {children}
      </p>
    );
  },
);

export interface FieldsetProps extends ComponentPropsWithoutRef<'fieldset'> {
  legend: ReactNode;
  /** A page with one question uses its legend as the page heading (GOV.UK). */
  legendAsHeading?: boolean | undefined;
}

export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  { legend, legendAsHeading, className, children, ...props },
  ref,
) {
  return (
    <fieldset ref={ref} className={cx('gm-fieldset', className)} {...props}>
      <legend
        className={cx('gm-fieldset__legend', legendAsHeading && 'gm-fieldset__legend--heading')}
      >
        {legendAsHeading ? <h1 className="gm-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
});

/** The wrapper of one form group: spacing, and the red bar when it has an error. */
export function FormGroup({
  error,
  className,
  children,
}: {
  error?: unknown;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx('gm-form-group', Boolean(error) && 'gm-form-group--error', className)}>
      {children}
    </div>
  );
}
