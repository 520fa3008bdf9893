// A multi-line text field with an optional character count (GOV.UK character count): the count
// never blocks typing — text over the limit stays, marked, so nothing a citizen wrote is lost.
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useRef, useState } from 'react';
import { useFieldIds } from '../field';
import { cx } from '../internal/class-names';
import { useMessages } from '../internal/messages';
import { useControllableState } from '../internal/use-controllable-state';
import { type FieldProps, InputShell } from '../TextInput/InputShell';
import { inputClass } from '../TextInput/TextInput';
import { textAreaMessages } from './messages';

/** Screen readers hear the count once the citizen pauses, not on every key. */
export const COUNT_ANNOUNCE_DELAY = 1000;

export interface TextAreaProps
  extends Omit<ComponentPropsWithoutRef<'textarea'>, 'value' | 'defaultValue' | 'children'>,
    FieldProps {
  value?: string | undefined;
  defaultValue?: string | undefined;
  /**
   * The limit shown by the count ("Còn 20 ký tự"). Unlike the native attribute it never stops
   * typing or cuts pasted text; the form checks the length when it is sent.
   */
  maxLength?: number | undefined;
}

/** Characters as a person (and most servers) count them: NFC code points, so ế is one and 👍 is one. */
export const countCharacters = (text: string): number => Array.from(text.normalize('NFC')).length;

export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  {
    id,
    label,
    hint,
    error,
    optional,
    maxLength,
    value,
    defaultValue,
    onChange,
    className,
    rows = 5,
    ...props
  },
  ref,
) {
  const t = useMessages(textAreaMessages);
  const ids = useFieldIds(id);
  const [text, setText] = useControllableState({ value, defaultValue: defaultValue ?? '' });
  const hasLimit = maxLength !== undefined;
  const left = (maxLength ?? 0) - countCharacters(text);
  const over = hasLimit && left < 0;
  const status = over
    ? t('textArea.over', { count: -left })
    : t('textArea.remaining', { count: left });

  // The polite live region is filled only after typing pauses (and never on first render),
  // so a screen reader is not interrupted on every key.
  const typed = useRef(false);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!typed.current || !hasLimit) return;
    const timer = setTimeout(() => setAnnounced(status), COUNT_ANNOUNCE_DELAY);
    return () => clearTimeout(timer);
  }, [status, hasLimit]);

  const limitId = `${ids.control}-limit`;
  return (
    <InputShell ids={ids} label={label} hint={hint} error={error} optional={optional === true}>
      <textarea
        {...props}
        ref={ref}
        id={ids.control}
        rows={rows}
        value={text}
        onChange={(event) => {
          typed.current = true;
          setText(event.currentTarget.value);
          onChange?.(event);
        }}
        className={inputClass(error || over, undefined, className)}
        aria-invalid={error ? true : props['aria-invalid']}
        aria-describedby={ids.describedBy(
          { hint, error },
          cx(hasLimit && limitId, props['aria-describedby']) || undefined,
        )}
      />
      {hasLimit && (
        <>
          <div id={limitId} className="gm-visually-hidden">
            {t('textArea.limit', { max: maxLength })}
          </div>
          {/* Seen, not read: the live region below speaks for it. */}
          <div
            aria-hidden="true"
            className={cx('gm-textarea__count', over && 'gm-textarea__count--over')}
          >
            {status}
          </div>
          <div className="gm-visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      )}
    </InputShell>
  );
});
