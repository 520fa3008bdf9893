// Numbers formatted as they are typed ("001 203 012 345", "0912 345 678") and checked when the
// citizen leaves the field. Shared by CCCDInput and PhoneInput; internal, not exported.
//
// Nothing typed is lost: spaces, dots, dashes and full-width digits are tidied, but text with
// anything else in it (a letter, a comma) is left exactly as typed, so the check can say what
// is wrong instead of the character silently vanishing.
import {
  type ChangeEvent,
  type FocusEvent,
  type ForwardedRef,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useControllableState } from '../internal/use-controllable-state';

const SEPARATORS = /[\s.\-_/()\u00b7\u2010-\u2015]+/g;
const SIGNIFICANT = /[\d+]/;

/** NFKC (full-width digits, plus and spaces) without separators, or undefined if anything else is there. */
export function compactDigits(text: string): string | undefined {
  const compact = text.normalize('NFKC').replace(SEPARATORS, '');
  return /^\+?\d*$/.test(compact) ? compact : undefined;
}

/** Splits digits into groups of `sizes`; the last size repeats: group('0912345678', [4, 3]). */
export function groupDigits(digits: string, sizes: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0, n = 0; i < digits.length; n++) {
    const size = sizes[Math.min(n, sizes.length - 1)] ?? digits.length;
    out.push(digits.slice(i, i + size));
    i += size;
  }
  return out.join(' ');
}

/** How many digits (and plus signs) the text holds. */
const countSignificant = (text: string) =>
  [...text.normalize('NFKC')].filter((c) => SIGNIFICANT.test(c)).length;

/** The caret position just after the `count`-th digit of `text`. */
function caretAfter(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (SIGNIFICANT.test(text.charAt(i)) && ++seen === count) return i + 1;
  }
  return text.length;
}

type Result = { readonly ok: boolean };

export interface FormattedTextOptions<R extends Result> {
  value: string | undefined;
  defaultValue: string | undefined;
  onValueChange: ((value: string) => void) | undefined;
  format: (text: string) => string;
  parse: (text: string) => R;
  onValidate: ((result: R) => void) | undefined;
  onChange: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  onBlur: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  ref: ForwardedRef<HTMLInputElement>;
}

export function useFormattedText<R extends Result>(options: FormattedTextOptions<R>) {
  const { format, parse, onValidate, onChange, onBlur, ref } = options;
  const [text, setText] = useControllableState({
    value: options.value,
    defaultValue: options.defaultValue ?? '',
    onChange: options.onValueChange,
  });
  // Errors show after the citizen leaves the field, and go as soon as the number is right.
  const [showError, setShowError] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const caret = useRef<number | null>(null);

  // Formatting rewrites the value, which would throw the caret to the end: put it back
  // after the same digit it followed.
  useLayoutEffect(() => {
    const el = input.current;
    if (caret.current === null || !el) return;
    if (el.ownerDocument.activeElement === el) el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const setRef = useCallback(
    (el: HTMLInputElement | null) => {
      input.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );

  const check = (next: string): R => {
    const result = parse(next);
    onValidate?.(result);
    // An empty field is the form's business (required or not), not an error while typing.
    setShowError(!result.ok && next.trim() !== '');
    return result;
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const el = event.currentTarget;
    // Mid-composition (an IME building a character), rewriting the text would break it.
    if ((event.nativeEvent as InputEvent).isComposing) {
      setText(el.value);
      onChange?.(event);
      return;
    }
    let raw = el.value;
    let pos = el.selectionStart ?? raw.length;
    // Backspace or Delete on a space we inserted would change nothing: remove the digit beside it.
    const kind = (event.nativeEvent as InputEvent).inputType ?? '';
    if (
      kind.startsWith('delete') &&
      raw.length < text.length &&
      countSignificant(raw) === countSignificant(text)
    ) {
      const back = kind.includes('Backward');
      let i = back ? pos - 1 : pos;
      while (i >= 0 && i < raw.length && !SIGNIFICANT.test(raw.charAt(i))) i += back ? -1 : 1;
      if (i >= 0 && i < raw.length) {
        raw = raw.slice(0, i) + raw.slice(i + 1);
        pos = back ? i : pos;
      }
    }
    const next = format(raw);
    if (next !== raw || raw !== el.value)
      caret.current = caretAfter(next, countSignificant(raw.slice(0, pos)));
    setText(next);
    if (showError && parse(next).ok) check(next);
    onChange?.(event);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    check(text);
    onBlur?.(event);
  };

  /** Replaces the text (e.g. an accepted suggestion), checks it, and returns focus to the field. */
  const replace = (next: string) => {
    const formatted = format(next);
    setText(formatted);
    check(formatted);
    caret.current = formatted.length;
    input.current?.focus();
  };

  const failure = showError ? parse(text) : undefined;
  return {
    inputProps: { ref: setRef, value: text, onChange: handleChange, onBlur: handleBlur },
    /** The failed result on display, if any. */
    failure: failure && !failure.ok ? failure : undefined,
    replace,
  };
}
