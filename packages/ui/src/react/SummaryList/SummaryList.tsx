// GOV.UK's "check your answers": a <dl> of rows (question, answer, "Thay đổi"). Each row wraps
// by its own width, so at large text or on a narrow phone the parts stack instead of squeezing.
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
} from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { summaryListMessages } from './messages';

export type SummaryListProps = ComponentPropsWithoutRef<'dl'>;

const SummaryListRoot = forwardRef<HTMLDListElement, SummaryListProps>(function SummaryList(
  { className, ...props },
  ref,
) {
  useGovMini('SummaryList');
  return <dl ref={ref} className={cx('gm-summary-list', className)} {...props} />;
});

export interface SummaryListAction {
  /** A link (`<a href>`); without it the action is a `<button>` that calls `onClick`. */
  href?: string;
  onClick?: MouseEventHandler<HTMLElement>;
  /** Visible text; default "Thay đổi". */
  children?: ReactNode;
  /** Said after the visible text to screen readers; default the row's label ("Thay đổi Ngày sinh"). */
  hiddenText?: ReactNode;
}

export interface SummaryListRowProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The question, e.g. "Ngày sinh". (GOV.UK calls it the key; `key` is React's.) */
  label: ReactNode;
  /** The answer. Empty shows "Chưa nhập". */
  value?: ReactNode;
  /** One "Thay đổi" link: the common case. */
  changeHref?: string;
  /** Several actions, or a button action. */
  actions?: readonly SummaryListAction[];
}

const SummaryListRow = forwardRef<HTMLDivElement, SummaryListRowProps>(function SummaryListRow(
  {
    label,
    value,
    changeHref,
    actions = changeHref ? [{ href: changeHref }] : [],
    className,
    ...props
  },
  ref,
) {
  const t = useMessages(summaryListMessages);
  const empty = value === undefined || value === null || value === '';
  const action = ({ href, onClick, children, hiddenText }: SummaryListAction, i: number) => {
    const content = (
      <>
        {children ?? t('summaryList.change')}{' '}
        <span className="gm-visually-hidden">{hiddenText ?? label}</span>
      </>
    );
    return href !== undefined ? (
      <a key={i} href={href} onClick={onClick} className="gm-link gm-summary-list__action">
        {content}
      </a>
    ) : (
      <button key={i} type="button" onClick={onClick} className="gm-summary-list__action">
        {content}
      </button>
    );
  };
  return (
    <div ref={ref} className={cx('gm-summary-list__row', className)} {...props}>
      <dt className="gm-summary-list__key">{label}</dt>
      <dd className={cx('gm-summary-list__value', empty && 'gm-summary-list__value--empty')}>
        {empty ? t('summaryList.empty') : value}
      </dd>
      {actions.length > 0 && (
        <dd className="gm-summary-list__actions">
          {actions.length === 1 ? (
            action(actions[0] as SummaryListAction, 0)
          ) : (
            <ul className="gm-summary-list__action-list">
              {actions.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: actions are a fixed list per row
                <li key={i}>{action(a, i)}</li>
              ))}
            </ul>
          )}
        </dd>
      )}
    </div>
  );
});

/** `<SummaryList>` with `<SummaryList.Row label value changeHref />` rows. */
export const SummaryList = Object.assign(SummaryListRoot, { Row: SummaryListRow });
export { SummaryListRow };
