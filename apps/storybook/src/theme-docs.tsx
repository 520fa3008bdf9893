// Small pieces shared by the docs pages: the mode names, a colour swatch, ratio formatting.

import type { ThemeMode } from '@govmini/ui/core';
import type { CSSProperties } from 'react';

export const modes: readonly { mode: ThemeMode; label: string }[] = [
  { mode: 'light', label: 'Sáng · Light' },
  { mode: 'dark', label: 'Tối · Dark' },
  { mode: 'highContrastLight', label: 'Tương phản cao, sáng · High contrast light' },
  { mode: 'highContrastDark', label: 'Tương phản cao, tối · High contrast dark' },
];

/** Ratios rounded down, as theme.report does: a rounded figure never looks like a pass it isn't. */
export const ratio = (x: number): string => `${(Math.floor(x * 100) / 100).toFixed(2)}:1`;

export const table: CSSProperties = { borderCollapse: 'collapse', width: '100%', fontSize: 14 };
export const cell: CSSProperties = {
  borderBottom: '1px solid #b1b4b6',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'middle',
};
/** Read by screen readers, not shown. */
export const srOnly: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
export const mono: CSSProperties = { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' };

export function Swatch({ color, label }: { color: string; label?: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 20,
          height: 20,
          borderRadius: 4,
          background: color,
          border: '1px solid #505a5f',
        }}
      />
      <code style={mono}>{label ?? color}</code>
    </span>
  );
}

/** "Aa" in `fg` on `bg`: how the pair actually reads. */
export function Sample({ fg, bg }: { fg: string; bg: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        minWidth: 36,
        padding: '2px 6px',
        borderRadius: 4,
        border: '1px solid #b1b4b6',
        background: bg,
        color: fg,
        fontWeight: 700,
        textAlign: 'center',
      }}
    >
      Aa
    </span>
  );
}

/** A radio group choosing one of the four modes. */
export function ModePicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ThemeMode;
  onChange: (mode: ThemeMode) => void;
}) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '12px 0' }}>
      <legend style={{ fontWeight: 700, marginBottom: 4 }}>Chế độ · Mode</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
        {modes.map((m) => (
          <label key={m.mode} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            <input
              type="radio"
              name={name}
              value={m.mode}
              checked={value === m.mode}
              onChange={() => onChange(m.mode)}
            />
            {m.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
