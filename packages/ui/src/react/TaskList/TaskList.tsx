// GOV.UK's task list: the parts of a long application, each a link with its status. The status
// (and hint) describe the link through aria-describedby, so "Giấy tờ đính kèm, Chưa bắt đầu"
// is heard together; the whole row is the touch target.
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type MouseEventHandler,
  type ReactNode,
  useId,
} from 'react';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { taskListMessages } from './messages';

export type TaskStatus = 'done' | 'inProgress' | 'notStarted' | 'cannotStart';

export type TaskListProps = ComponentPropsWithoutRef<'ul'>;

const TaskListRoot = forwardRef<HTMLUListElement, TaskListProps>(function TaskList(
  { className, ...props },
  ref,
) {
  useGovMini('TaskList');
  return <ul ref={ref} className={cx('gm-task-list', className)} {...props} />;
});

export interface TaskListItemProps
  extends Omit<ComponentPropsWithoutRef<'li'>, 'title' | 'onClick' | 'children'> {
  /** The task, e.g. "Giấy tờ đính kèm". */
  title: ReactNode;
  /** Where the task is done. Without it (or when it cannot start) the title is plain text. */
  href?: string;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
  status: TaskStatus;
  /** Replaces the status words, e.g. "Có lỗi" (keep it short). */
  statusText?: ReactNode;
  /** A line under the title, e.g. "Ảnh chụp hai mặt CCCD". */
  hint?: ReactNode;
}

const TaskListItem = forwardRef<HTMLLIElement, TaskListItemProps>(function TaskListItem(
  { title, href, onClick, status, statusText, hint, className, ...props },
  ref,
) {
  const t = useMessages(taskListMessages);
  const base = `gm${useId().replace(/:/g, '')}`;
  const linked = href !== undefined && status !== 'cannotStart';
  const tag = status === 'notStarted' || status === 'inProgress';
  return (
    <li
      ref={ref}
      className={cx('gm-task-list__item', linked && 'gm-task-list__item--link', className)}
      {...props}
    >
      <div className="gm-task-list__name">
        {linked ? (
          <a
            href={href}
            onClick={onClick}
            className="gm-link gm-task-list__link"
            aria-describedby={cx(hint !== undefined && `${base}-hint`, `${base}-status`)}
          >
            {title}
          </a>
        ) : (
          <span className="gm-task-list__title">{title}</span>
        )}
        {hint !== undefined && (
          <div id={`${base}-hint`} className="gm-task-list__hint">
            {hint}
          </div>
        )}
      </div>
      <div
        id={`${base}-status`}
        className={cx('gm-task-list__status', `gm-task-list__status--${status}`)}
      >
        {tag ? (
          <strong className="gm-task-list__tag">
            {statusText ?? t(`taskList.status.${status}`)}
          </strong>
        ) : (
          (statusText ?? t(`taskList.status.${status}`))
        )}
      </div>
    </li>
  );
});

/** `<TaskList>` with `<TaskList.Item title href status />` items. */
export const TaskList = Object.assign(TaskListRoot, { Item: TaskListItem });
export { TaskListItem };
