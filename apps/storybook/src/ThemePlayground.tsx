// A designer types a province's brand colours and sees what createTheme makes of them: the four
// palettes, every contrast pair with its ratio, and theme.report (which brand colours had to move,
// in which mode, and why). Bad input shows the ThemeError's field and message.
import {
  contrastPairs,
  contrastRatio,
  createTheme,
  type PaletteRole,
  parseColor,
  type Theme,
  ThemeError,
  type ThemeInput,
  type ThemeMode,
  themes,
} from '@govmini/ui/core';
import { useId, useMemo, useState } from 'react';
import { cell, ModePicker, modes, mono, ratio, Sample, Swatch, srOnly, table } from './theme-docs';

type Fields = Record<'name' | 'primary' | 'secondary' | 'accent', string>;

const fieldLabels: { key: keyof Fields; label: string; hint: string }[] = [
  { key: 'name', label: 'Tên tỉnh · Name', hint: 'Ví dụ · e.g. Thành phố Huế' },
  { key: 'primary', label: 'Màu chính · Primary', hint: '#1f5fa6, rgb(), hsl(), tên màu CSS' },
  { key: 'secondary', label: 'Màu phụ · Secondary', hint: 'Không bắt buộc · optional' },
  { key: 'accent', label: 'Màu nhấn · Accent', hint: 'Không bắt buộc · optional' },
];

const fromTheme = (t: Theme): Fields => ({
  name: t.input.name,
  primary: t.input.primary,
  secondary: t.input.secondary ?? '',
  accent: t.input.accent ?? '',
});

type Result = { theme: Theme } | { error: ThemeError };

function build(f: Fields): Result {
  const input: ThemeInput = {
    name: f.name,
    primary: f.primary.trim(),
    ...(f.secondary.trim() && { secondary: f.secondary.trim() }),
    ...(f.accent.trim() && { accent: f.accent.trim() }),
  };
  try {
    return { theme: createTheme(input) };
  } catch (e) {
    if (e instanceof ThemeError) return { error: e };
    throw e;
  }
}

/** `#rrggbb` for the native colour picker, which takes nothing else. */
function pickerValue(value: string): string {
  const rgb = parseColor(value.trim());
  if (!rgb) return '#000000';
  const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');
  return `#${hex(rgb.r)}${hex(rgb.g)}${hex(rgb.b)}`;
}

export function ThemePlayground({ initial = themes.tinhMau }: { initial?: Theme }) {
  const [fields, setFields] = useState<Fields>(() => fromTheme(initial));
  const [pairMode, setPairMode] = useState<ThemeMode>('light');
  const id = useId();
  const result = useMemo(() => build(fields), [fields]);
  const set = (key: keyof Fields, value: string) => setFields((f) => ({ ...f, [key]: value }));

  return (
    <div style={{ fontSize: 16, lineHeight: 1.5 }}>
      <p style={{ margin: '0 0 8px' }}>
        Bắt đầu từ một giao diện có sẵn · Start from a ready theme:{' '}
        {Object.entries(themes).map(([key, t]) => (
          <button
            key={key}
            type="button"
            onClick={() => setFields(fromTheme(t))}
            style={{ margin: '4px 6px 4px 0', minHeight: 48, padding: '0 12px', fontSize: 16 }}
          >
            {t.name}
          </button>
        ))}
      </p>

      <div
        style={{
          display: 'grid',
          gap: 12,
          gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
        }}
      >
        {fieldLabels.map(({ key, label, hint }) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`} style={{ display: 'block', fontWeight: 700 }}>
              {label}
            </label>
            <span id={`${id}-${key}-hint`} style={{ display: 'block', color: '#505a5f' }}>
              {hint}
            </span>
            <span style={{ display: 'flex', gap: 6 }}>
              <input
                id={`${id}-${key}`}
                aria-describedby={`${id}-${key}-hint`}
                value={fields[key]}
                onChange={(e) => set(key, e.target.value)}
                spellCheck={false}
                style={{
                  ...(key !== 'name' && mono),
                  flex: 1,
                  minWidth: 0,
                  minHeight: 48,
                  fontSize: 16,
                  padding: '0 8px',
                }}
              />
              {key !== 'name' && (
                <input
                  type="color"
                  aria-label={`${label}: bảng màu · colour picker`}
                  value={pickerValue(fields[key])}
                  onChange={(e) => set(key, e.target.value)}
                  style={{ width: 48, height: 48, padding: 2 }}
                />
              )}
            </span>
          </div>
        ))}
      </div>

      {'error' in result ? (
        <div
          role="alert"
          style={{
            marginTop: 16,
            padding: 12,
            borderLeft: '6px solid #d4351c',
            background: '#fdeceb',
          }}
        >
          <strong>ThemeError</strong> — trường · field{' '}
          <code style={mono}>{result.error.field}</code>
          <br />
          {result.error.message}
        </div>
      ) : (
        <ThemeDetails theme={result.theme} pairMode={pairMode} onPairMode={setPairMode} />
      )}
    </div>
  );
}

function ThemeDetails({
  theme,
  pairMode,
  onPairMode,
}: {
  theme: Theme;
  pairMode: ThemeMode;
  onPairMode: (m: ThemeMode) => void;
}) {
  const roles = Object.keys(theme.palettes.light) as PaletteRole[];
  const palette = theme.palettes[pairMode];
  const high = pairMode.startsWith('high');
  return (
    <>
      <h3>Điều chỉnh · theme.report ({theme.report.length})</h3>
      {theme.report.length === 0 ? (
        <p>Không màu nào phải dời · No brand colour had to move.</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={table}>
            <thead>
              <tr>
                {['field', 'mode', 'role', 'from → to', 'ratio before → after', 'required'].map(
                  (h) => (
                    <th key={h} style={cell} scope="col">
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {theme.report.map((a) => (
                // One field can move more than once in a mode (as primary and as link).
                <tr key={`${a.field}-${a.mode}-${a.role}`}>
                  <td style={cell}>{a.field}</td>
                  <td style={cell}>{a.mode}</td>
                  <td style={cell}>{a.role}</td>
                  <td style={cell}>
                    <Swatch color={a.from} /> → <Swatch color={a.to} />
                  </td>
                  <td style={cell}>
                    {ratio(a.ratioBefore)} → {ratio(a.ratioAfter)}
                  </td>
                  <td style={cell}>{ratio(a.required)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Bảng màu · Palettes</h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={table}>
          <thead>
            <tr>
              <th style={cell} scope="col">
                role
              </th>
              {modes.map((m) => (
                <th key={m.mode} style={cell} scope="col">
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <tr key={role}>
                <th style={{ ...cell, ...mono, fontWeight: 400 }} scope="row">
                  {role}
                </th>
                {modes.map((m) => (
                  <td key={m.mode} style={cell}>
                    <Swatch color={theme.palettes[m.mode][role]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Cặp tương phản · Contrast pairs ({contrastPairs.length})</h3>
      <ModePicker name="playground-pair-mode" value={pairMode} onChange={onPairMode} />
      <div style={{ overflowX: 'auto' }}>
        <table style={table}>
          <thead>
            <tr>
              {['', 'fg', 'bg', 'kind', 'ratio', 'required'].map((h) => (
                <th key={h || 'sample'} style={cell} scope="col">
                  {h || <span style={srOnly}>mẫu · sample</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contrastPairs.map((p) => {
              const r = contrastRatio(palette[p.fg], palette[p.bg]);
              const min = high ? p.minHigh : p.min;
              return (
                <tr key={`${p.fg}-${p.bg}`}>
                  <td style={cell}>
                    <Sample fg={palette[p.fg]} bg={palette[p.bg]} />
                  </td>
                  <td style={{ ...cell, ...mono }}>{p.fg}</td>
                  <td style={{ ...cell, ...mono }}>{p.bg}</td>
                  <td style={cell}>{p.kind}</td>
                  <td style={cell}>
                    {ratio(r)} {r >= min ? '✓ đạt · pass' : '✗ không đạt · fail'}
                  </td>
                  <td style={cell}>{ratio(min)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
