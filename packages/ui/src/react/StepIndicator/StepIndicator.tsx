// Where the citizen is in a multi-step form: "Bước 2 trên 5: Thông tin người nộp" as text
// first (what everyone reads), then optionally a bar or the list of all steps.
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { stepIndicatorMessages } from './messages';

export interface StepIndicatorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** The current step, from 1. */
  current: number;
  /** Names of every step; `total` is their count when given. */
  steps?: readonly ReactNode[] | undefined;
  /** Number of steps when `steps` is not given. */
  total?: number;
  /** Name of the current step; default `steps[current - 1]`. */
  title?: ReactNode;
  /**
   * A bar under the text. Decorative (`aria-hidden`): the text already says the same, and a
   * progressbar role would make screen readers say it twice.
   */
  showProgress?: boolean;
  /** `text` (default): the sentence only; `list`: the sentence, then every step in order. */
  variant?: 'text' | 'list';
}

export const StepIndicator = forwardRef<HTMLDivElement, StepIndicatorProps>(function StepIndicator(
  {
    current,
    steps,
    total = steps?.length ?? 1,
    title,
    showProgress,
    variant = 'text',
    className,
    ...props
  },
  ref,
) {
  useGovMini('StepIndicator');
  const t = useMessages(stepIndicatorMessages);
  const count = Math.max(1, total);
  const at = Math.min(Math.max(1, Math.round(current)), count);
  const name = title ?? steps?.[at - 1];
  return (
    <div ref={ref} className={cx('gm-step-indicator', className)} {...props}>
      <p className="gm-step-indicator__text">
        <span className="gm-step-indicator__position">
          {t('stepIndicator.position', { current: at, total: count })}
          {name !== undefined && name !== null && t('stepIndicator.separator')}
        </span>
        {name}
      </p>
      {showProgress && (
        <div className="gm-step-indicator__bar" aria-hidden="true">
          <div className="gm-step-indicator__fill" style={{ width: `${(at / count) * 100}%` }} />
        </div>
      )}
      {variant === 'list' && steps && (
        <ol className="gm-step-indicator__list" aria-label={t('stepIndicator.list')}>
          {steps.map((step, i) => {
            const state = i + 1 < at ? 'done' : i + 1 === at ? 'current' : 'todo';
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are a fixed, ordered list
                key={i}
                className={cx('gm-step-indicator__step', `gm-step-indicator__step--${state}`)}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="gm-step-indicator__marker" aria-hidden="true">
                  {state === 'done' ? '✓' : i + 1}
                </span>
                <span>
                  {state === 'done' && (
                    <span className="gm-visually-hidden">{t('stepIndicator.done')} </span>
                  )}
                  {step}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
});
