// GOV.UK error summary: at the top of a form that has errors, focused when it appears (so a
// screen reader reads it and a sighted citizen sees it), each error a link to its field.
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
} from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { errorSummaryMessages } from './messages';

export interface ErrorSummaryItem {
  /** The `id` given to the field (TextInput, RadioGroup, DateInput…). */
  fieldId: string;
  /** The same words as the error shown at the field. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** One entry per field in error, in the order of the form. Empty: nothing is shown. */
  errors: readonly ErrorSummaryItem[];
  /** Default "Có vấn đề cần sửa". */
  title?: ReactNode;
  /** Optional words under the title. */
  description?: ReactNode;
  /** Don't move focus here when it appears or changes (e.g. on a page that shows it on load). */
  disableAutoFocus?: boolean | undefined;
}

const FOCUSABLE =
  'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * Focuses the field with this id and scrolls its question into view. A group (fieldset) gets
 * focus on its first invalid input, or its first input. Returns false if there is no such field.
 */
export function focusField(id: string, doc: Document = document): boolean {
  const element = doc.getElementById(id);
  if (!element) return false;
  const fields = element.matches(FOCUSABLE)
    ? [element]
    : Array.from(element.querySelectorAll<HTMLElement>(FOCUSABLE));
  const target = fields.find((f) => f.getAttribute('aria-invalid') === 'true') ?? fields[0];
  if (!target) return false;
  // The question, not just the box: a legend when the field belongs to a group whose legend is
  // near (GOV.UK's rule), otherwise the field's own label.
  const legend = target.closest('fieldset')?.querySelector('legend');
  const near =
    legend &&
    target.getBoundingClientRect().top - legend.getBoundingClientRect().top <
      (doc.defaultView?.innerHeight ?? 0) / 2;
  const label = (near ? legend : (target as HTMLInputElement).labels?.[0]) ?? target;
  label.scrollIntoView?.();
  target.focus({ preventScroll: true });
  return true;
}

/**
 * Focuses the summary with its start (the title) in view. At large text it can be taller than
 * the screen, and focus() alone scrolls only as far as it must: the title stays above the top.
 * Smooth scrolling shows where the page went, except for those who asked for less motion.
 */
function focusAtStart(summary: HTMLElement) {
  summary.focus({ preventScroll: true });
  const lessMotion = summary.ownerDocument.defaultView?.matchMedia?.(
    '(prefers-reduced-motion: reduce)',
  ).matches;
  summary.scrollIntoView?.({ block: 'start', behavior: lessMotion ? 'auto' : 'smooth' });
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, title, description, disableAutoFocus, className, ...props },
  ref,
) {
  const t = useMessages(errorSummaryMessages);
  const titleId = `gm${useId().replace(/:/g, '')}-title`;
  const box = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => box.current as HTMLDivElement);

  // Focus again only when the errors themselves change, not on every render of the form.
  const signature = errors
    .map((e) => `${e.fieldId}:${typeof e.message === 'string' ? e.message : ''}`)
    .join('|');
  useEffect(() => {
    if (signature && !disableAutoFocus && box.current) focusAtStart(box.current);
  }, [signature, disableAutoFocus]);

  if (errors.length === 0) return null;
  return (
    <div
      {...props}
      ref={box}
      className={cx('gm-error-summary', className)}
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h2 id={titleId} className="gm-error-summary__title">
        {title ?? t('errorSummary.title')}
      </h2>
      {description ? <div className="gm-error-summary__description">{description}</div> : null}
      <ul className="gm-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                // No hash change: in a mini app the hash may belong to the router.
                if (focusField(error.fieldId, event.currentTarget.ownerDocument)) {
                  event.preventDefault();
                }
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
