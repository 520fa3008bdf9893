// Blur regions as the citizen draws them: rectangles in fractions of the photo (0–1), so they
// stay put whatever size the photo is shown at. Keyboard users move and resize them in steps.

export interface BlurRegion {
  readonly id: string;
  /** Left edge, 0–1 of the photo's width. */
  readonly x: number;
  /** Top edge, 0–1 of the photo's height. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Smallest side of a region: smaller ones could not hide anything and are hard to grab. */
export const MIN_REGION = 0.04;
/** One arrow-key step. */
export const REGION_STEP = 0.02;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The region inside the photo, at least MIN_REGION on each side. */
export function clampRegion(region: BlurRegion): BlurRegion {
  const width = clamp(region.width, MIN_REGION, 1);
  const height = clamp(region.height, MIN_REGION, 1);
  return {
    id: region.id,
    width,
    height,
    x: clamp(region.x, 0, 1 - width),
    y: clamp(region.y, 0, 1 - height),
  };
}

/** The rectangle between two points (a drag in any direction). */
export function regionFromPoints(
  id: string,
  a: { x: number; y: number },
  b: { x: number; y: number },
): BlurRegion {
  const x = clamp(Math.min(a.x, b.x), 0, 1);
  const y = clamp(Math.min(a.y, b.y), 0, 1);
  return clampRegion({
    id,
    x,
    y,
    width: clamp(Math.max(a.x, b.x), 0, 1) - x,
    height: clamp(Math.max(a.y, b.y), 0, 1) - y,
  });
}

export type RegionMove = 'left' | 'right' | 'up' | 'down';

/** Moved one step (or `step`) in a direction, kept inside the photo. */
export function moveRegion(region: BlurRegion, direction: RegionMove, step = REGION_STEP) {
  const dx = direction === 'left' ? -step : direction === 'right' ? step : 0;
  const dy = direction === 'up' ? -step : direction === 'down' ? step : 0;
  return clampRegion({ ...region, x: region.x + dx, y: region.y + dy });
}

/** Grown (`wider`, `taller`) or shrunk (`narrower`, `shorter`) by a step, around its centre. */
export function resizeRegion(
  region: BlurRegion,
  change: 'wider' | 'narrower' | 'taller' | 'shorter',
  step = REGION_STEP,
): BlurRegion {
  const dw = change === 'wider' ? step : change === 'narrower' ? -step : 0;
  const dh = change === 'taller' ? step : change === 'shorter' ? -step : 0;
  const width = clamp(region.width + dw, MIN_REGION, 1);
  const height = clamp(region.height + dh, MIN_REGION, 1);
  return clampRegion({
    ...region,
    x: region.x - (width - region.width) / 2,
    y: region.y - (height - region.height) / 2,
    width,
    height,
  });
}

/** A new box in the middle of the photo (the keyboard's "Thêm vùng che"). */
export const centredRegion = (id: string, size = 0.3): BlurRegion =>
  clampRegion({ id, x: 0.5 - size / 2, y: 0.5 - size / 2, width: size, height: size });
