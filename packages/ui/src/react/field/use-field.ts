// Ids that tie a control to its label, hint and error (GOV.UK's pattern): the hint and the
// error are read out with the control through aria-describedby, and the error summary links
// to the control's id.
import { useId } from 'react';

export interface FieldIds {
  readonly control: string;
  readonly label: string;
  readonly hint: string;
  readonly error: string;
  /** `aria-describedby` for the control: hint first, then the error (when present). */
  describedBy(parts: { hint?: unknown; error?: unknown }, extra?: string): string | undefined;
}

export function useFieldIds(id?: string): FieldIds {
  const generated = useId();
  const control = id ?? `gm${generated.replace(/:/g, '')}`;
  return {
    control,
    label: `${control}-label`,
    hint: `${control}-hint`,
    error: `${control}-error`,
    describedBy({ hint, error }, extra) {
      const ids = [hint ? `${control}-hint` : '', error ? `${control}-error` : '', extra ?? '']
        .filter(Boolean)
        .join(' ');
      return ids || undefined;
    },
  };
}
