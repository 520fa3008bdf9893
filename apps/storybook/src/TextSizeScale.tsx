// The four text sizes a citizen can choose, at their real pixel sizes (1rem = 18 px × factor).
import { cell, table } from './theme-docs';

const ROOT_PX = 18;
// The provider's `textSizes` (packages/ui/src/react/provider/context.ts); kept literal here so this
// page does not pull every component into the docs' typecheck.
const textSizes = [1, 1.25, 1.5, 2] as const;

export function TextSizeScale() {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={table}>
        <thead>
          <tr>
            <th style={cell} scope="col">
              Cỡ · Size
            </th>
            <th style={cell} scope="col">
              Chữ thường · Body
            </th>
            <th style={cell} scope="col">
              Vùng chạm · Touch target
            </th>
            <th style={cell} scope="col">
              Mẫu · Sample
            </th>
          </tr>
        </thead>
        <tbody>
          {textSizes.map((factor) => (
            <tr key={factor}>
              <td style={cell}>{factor * 100} %</td>
              <td style={cell}>{ROOT_PX * factor} px</td>
              <td style={cell}>{Math.max(2.75 * ROOT_PX * factor, 48)} px</td>
              <td style={{ ...cell, fontSize: ROOT_PX * factor, lineHeight: 1.5 }}>
                Họ và tên: Nguyễn Thị Lệ Thủy
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
