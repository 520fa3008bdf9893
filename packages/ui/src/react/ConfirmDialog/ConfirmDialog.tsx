// "Rút hồ sơ này?" — a question with two answers, on zmp-ui's bottom Sheet (the app shell's
// look) with the dialog semantics the Sheet lacks (research/zalo-platform.md §2.3): role="dialog"
// aria-modal, labelled by its title and described by its body; focus starts on the safe answer
// (cancel), stays inside, Escape cancels, and focus goes back to what opened it.
// The only file of @govmini/ui that imports zmp-ui (an optional peer dependency).
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { Sheet } from 'zmp-ui';
import { Button } from '../Button/Button';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useGovMini } from '../provider/context';
import { focusableIn, focusWhenVisible } from './focus';
import { confirmDialogMessages } from './messages';

export interface ConfirmDialogProps {
  open: boolean;
  /** The question, e.g. "Rút hồ sơ này?" — the dialog's accessible name. */
  title: ReactNode;
  /** What happens if confirmed, e.g. "Hồ sơ sẽ không được xử lý tiếp." — its description. */
  children?: ReactNode;
  /** Say the action ("Rút hồ sơ"), not "OK"; default "Đồng ý". */
  confirmLabel?: ReactNode;
  /** Default "Huỷ". */
  cancelLabel?: ReactNode;
  /**
   * May return a promise: the confirm button shows "Đang xử lý…" and ignores further taps
   * until it settles. Close the dialog (open={false}) when done; a rejection is not caught here.
   */
  onConfirm: () => unknown;
  /** Cancel button, Escape, a tap on the backdrop. */
  onCancel: () => void;
  /** The confirm button is red (warning): for what cannot be undone. */
  destructive?: boolean;
  /** Confirming is in progress (when the caller tracks it rather than returning a promise). */
  loading?: boolean;
  className?: string;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  destructive = false,
  loading = false,
  className,
}: ConfirmDialogProps) {
  useGovMini('ConfirmDialog');
  const t = useMessages(confirmDialogMessages);
  const id = useId();
  const titleId = `${id}title`;
  const bodyId = `${id}body`;
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const busy = loading || pending;

  // Handlers read through refs so the open/close effect runs only when `open` changes.
  const latest = useRef({ busy, onCancel });
  latest.current = { busy, onCancel };
  const cancel = useCallback(() => {
    if (!latest.current.busy) latest.current.onCancel();
  }, []);

  useEffect(() => {
    if (!open) return;
    const trigger = document.activeElement;
    const stopFocusing = focusWhenVisible(() => cancelRef.current);
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      cancel();
    };
    // Focus that lands outside (a screen reader's cursor, a click on the backdrop) comes back.
    const onFocusIn = (event: FocusEvent) => {
      const dialog = dialogRef.current;
      if (dialog && event.target instanceof Node && !dialog.contains(event.target)) {
        (cancelRef.current ?? dialog).focus();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      stopFocusing();
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      if (trigger instanceof HTMLElement && trigger.isConnected) trigger.focus();
    };
  }, [open, cancel]);

  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const confirm = () => {
    if (busy) return;
    const result = onConfirm();
    if (isThenable(result)) {
      setPending(true);
      const done = () => {
        if (mounted.current) setPending(false);
      };
      result.then(done, (error: unknown) => {
        done();
        throw error;
      });
    }
  };

  // Tab and Shift+Tab cycle inside the dialog.
  const trapTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const items = focusableIn(event.currentTarget);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === event.currentTarget)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <Sheet
      visible={open}
      onClose={cancel}
      maskClosable={!busy}
      handler={false}
      swipeToClose={false}
      autoHeight
      unmountOnClose
      className={cx('gm-confirm-dialog', className)}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={children ? bodyId : undefined}
        tabIndex={-1}
        className="gm-confirm-dialog__panel"
        onKeyDown={trapTab}
      >
        <h2 id={titleId} className="gm-confirm-dialog__title">
          {title}
        </h2>
        {children && (
          <div id={bodyId} className="gm-confirm-dialog__body">
            {children}
          </div>
        )}
        <div className="gm-confirm-dialog__actions">
          <Button variant={destructive ? 'warning' : 'primary'} loading={busy} onClick={confirm}>
            {confirmLabel ?? t('confirmDialog.confirm')}
          </Button>
          <Button
            ref={cancelRef}
            variant="secondary"
            aria-disabled={busy || undefined}
            onClick={cancel}
          >
            {cancelLabel ?? t('confirmDialog.cancel')}
          </Button>
        </div>
      </div>
    </Sheet>
  );
}
