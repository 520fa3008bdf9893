// A QR code drawn as one SVG path (no canvas, no image): sharp at any text size, and an image
// with a name, so a screen reader says what it holds. Black on white in every theme: scanners
// need the contrast. The encoder is loaded only when a code is shown (it is not small), so the
// journey's pages before the confirmation don't carry it.
import { useEffect, useState } from 'react';

export interface QrCodeProps {
  /** What the code holds. */
  value: string;
  /** The accessible name, e.g. "Mã QR của mã hồ sơ 000.00.06.H56-261202-0001". */
  label: string;
  className?: string;
}

export interface QrDrawing {
  /** Modules per side, with the 4-module quiet zone the standard asks on each side. */
  readonly size: number;
  /** The dark modules, in module units. */
  readonly path: string;
}

/** Draws `value` as a QR code (error correction M). */
export async function qrPath(value: string): Promise<QrDrawing> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
  }
  return { size: count + 8, path };
}

export function QrCode({ value, label, className }: QrCodeProps) {
  const [drawing, setDrawing] = useState<QrDrawing | undefined>();
  useEffect(() => {
    let live = true;
    void qrPath(value).then((d) => live && setDrawing(d));
    return () => {
      live = false;
    };
  }, [value]);
  if (!drawing) return <span className={className} />;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      className={className}
      shapeRendering="crispEdges"
    >
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
