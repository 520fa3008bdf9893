// Every contrastPairs entry with its ratio in each ready province theme, for one mode at a time.
// The table is computed from the themes themselves, so it can never drift from the code.
import { contrastPairs, contrastRatio, type ThemeMode, themes } from '@govmini/ui/core';
import { useState } from 'react';
import { cell, ModePicker, mono, ratio, Sample, table } from './theme-docs';

export function ContrastTable() {
  const [mode, setMode] = useState<ThemeMode>('light');
  const high = mode.startsWith('high');
  const list = Object.values(themes);
  return (
    <div style={{ fontSize: 16 }}>
      <ModePicker name="contrast-table-mode" value={mode} onChange={setMode} />
      <div style={{ overflowX: 'auto' }}>
        <table style={table}>
          <caption style={{ textAlign: 'left', padding: '4px 0' }}>
            {contrastPairs.length} cặp · pairs — {high ? 'tương phản cao · high contrast' : 'AA'}
          </caption>
          <thead>
            <tr>
              <th style={cell} scope="col">
                chữ · fg
              </th>
              <th style={cell} scope="col">
                nền · bg
              </th>
              <th style={cell} scope="col">
                loại · kind
              </th>
              <th style={cell} scope="col">
                tối thiểu · min
              </th>
              {list.map((t) => (
                <th key={t.name} style={cell} scope="col">
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contrastPairs.map((p) => {
              const min = high ? p.minHigh : p.min;
              return (
                <tr key={`${p.fg}-${p.bg}`}>
                  <td style={{ ...cell, ...mono }}>{p.fg}</td>
                  <td style={{ ...cell, ...mono }}>{p.bg}</td>
                  <td style={cell}>{p.kind}</td>
                  <td style={cell}>{ratio(min)}</td>
                  {list.map((t) => {
                    const fg = t.palettes[mode][p.fg];
                    const bg = t.palettes[mode][p.bg];
                    const r = contrastRatio(fg, bg);
                    return (
                      <td key={t.name} style={{ ...cell, whiteSpace: 'nowrap' }}>
                        <Sample fg={fg} bg={bg} /> {ratio(r)}
                        {r < min && <strong> ✗</strong>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
