// One helper for controlled and uncontrolled state, used by every input (Radix's pattern):
// pass `value` to control it, or `defaultValue` to let the component keep it.
import { useCallback, useRef, useState } from 'react';

export function useControllableState<T>(options: {
  value?: T | undefined;
  defaultValue: T;
  onChange?: ((value: T) => void) | undefined;
}): [T, (next: T) => void] {
  const { value, defaultValue, onChange } = options;
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : uncontrolled;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setUncontrolled(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, setValue];
}
