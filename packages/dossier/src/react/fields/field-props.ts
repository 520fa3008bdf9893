// What every field renderer receives, and the two hooks through which it reads and writes its
// answer. Boxes the citizen types into (useTypedAnswer) keep their own text, as the browser does:
// a keystroke stores the answer and renders nothing, so a 100-field page types almost as fast
// as plain HTML (benchmarks/dossier-typing). The other controls (useAnswer) are react-hook-form
// controllers on their own path: a change re-renders that field only, never its neighbours.
import { type ReactNode, useCallback, useContext, useState, useSyncExternalStore } from 'react';
import { type FieldValues, useController, useFormContext } from 'react-hook-form';
import type { AnswerValue, Field } from '../../core/definition/types';
import { AnswerErrorsContext } from './answer-errors';

export interface AnswerFieldProps<F extends Field = Field> {
  readonly field: F;
  /** Form path: `hoTen`, or `thanhVien.1.hoTen` inside a group item. */
  readonly name: string;
  /** The DOM id the error summary links to (see fieldDomId). */
  readonly id: string;
  /** The label, in the current language. */
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Marks "(không bắt buộc)". */
  readonly optional: boolean;
  /** The page's only question: its legend is the page heading (GOV.UK). */
  readonly asHeading: boolean;
}

/** The id the error summary links to for an answer path: `thanhVien.1.hoTen` → `dossier-thanhVien-1-hoTen`. */
export const fieldDomId = (path: string): string => `dossier-${path.replace(/\./g, '-')}`;

/** Field types shown as a fieldset (their legend can be the page heading). */
export const isGroupedControl = (type: Field['type']): boolean =>
  type === 'date' ||
  type === 'radio' ||
  type === 'checkbox' ||
  type === 'yesNo' ||
  type === 'address' ||
  type === 'file' ||
  type === 'photo' ||
  type === 'group' ||
  type === 'appointment';

export interface AnswerState<V> {
  readonly value: V | undefined;
  /** `undefined` removes the answer (an empty field is unanswered, never `''`). */
  readonly setValue: (value: V | undefined) => void;
  readonly onBlur: () => void;
  readonly ref: (element: HTMLElement | null) => void;
  /** The message shown at the field, set when the page was last checked. */
  readonly error: string | undefined;
}

/** For controls whose every change React shows (choices, dates, files, the slot, phone). */
export function useAnswer<V extends AnswerValue>(name: string): AnswerState<V> {
  const { field, fieldState } = useController<FieldValues>({ name });
  return {
    value: field.value as V | undefined,
    setValue: field.onChange,
    onBlur: field.onBlur,
    ref: field.ref,
    error: fieldState.error?.message,
  };
}

export interface TypedAnswerState<V> {
  /** The answer when the box appeared: show it as `defaultValue`; the box then keeps the text. */
  readonly initial: V | undefined;
  /** Stores what the box now reads as; `undefined` removes the answer. Renders nothing. */
  readonly setValue: (value: V | undefined) => void;
  /** The message shown at the field, set when the page was last checked. */
  readonly error: string | undefined;
}

/**
 * For a text box left uncontrolled: it re-renders only when its error message changes (the page
 * is checked), never while the citizen types. The answer still reaches the form, and so the
 * page's onChange (the draft), on every keystroke.
 */
export function useTypedAnswer<V extends AnswerValue>(name: string): TypedAnswerState<V> {
  const { getValues, setValue, getFieldState, subscribe } = useFormContext<FieldValues>();
  const errors = useContext(AnswerErrorsContext);
  const [initial] = useState(() => getValues(name) as V | undefined);
  // Errors only: a keystroke's value change does not call `notify`, and `error` is compared, so
  // the box renders only when its own message changes.
  const onErrors = useCallback(
    (notify: () => void) =>
      errors
        ? errors.listen(name, notify)
        : subscribe({ name, exact: true, formState: { errors: true }, callback: notify }),
    [errors, subscribe, name],
  );
  const errorOf = () => getFieldState(name).error?.message;
  const error = useSyncExternalStore(onErrors, errorOf, errorOf);
  const store = useCallback((value: V | undefined) => setValue(name, value), [setValue, name]);
  return { initial, setValue: store, error };
}
