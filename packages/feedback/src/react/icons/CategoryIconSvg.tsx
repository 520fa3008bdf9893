// The category icons, drawn inline (no icon font, no network): simple 24-unit outlines that stay
// readable at small sizes and in high contrast (they use currentColor). Decorative: the
// category's title says what it is, so the icon is hidden from screen readers.
import type { SVGProps } from 'react';
import type { CategoryIcon as CategoryIconName } from '../../core/types';

const paths: Record<CategoryIconName, string> = {
  // A road with a pothole.
  road: 'M8 2 4 22M16 2l4 20M12 3v3m0 4v3m0 4v3M9 16.5c1-1 5-1 6 0s-5 2-6 0Z',
  // Waves over a house line.
  flood:
    'M4 11 12 4l8 7M6 9.5V14m12-4.5V14M2 17c2 0 2-1.5 4-1.5s2 1.5 4 1.5 2-1.5 4-1.5 2 1.5 4 1.5 2-1.5 4-1.5M2 21c2 0 2-1.5 4-1.5s2 1.5 4 1.5 2-1.5 4-1.5 2 1.5 4 1.5 2-1.5 4-1.5',
  // A bin.
  rubbish: 'M3 6h18M9 6V3h6v3M5 6l1.5 15h11L19 6M10 10v7m4-7v7',
  // A street light.
  light: 'M7 22h6M10 22V6a3 3 0 0 1 3-3h3m0 0v3m-2.5 0h5l-1 3h-3Z',
  // A tree.
  tree: 'M12 22v-7m0 0-3-3m3 3 3-2M12 2a6 6 0 0 0-6 6 4 4 0 0 0 1 6.5h10A4 4 0 0 0 18 8a6 6 0 0 0-6-6Z',
  // A drop and a pipe.
  water: 'M12 3s-6 7-6 11a6 6 0 0 0 12 0c0-4-6-11-6-11Zm-3 11a3 3 0 0 0 3 3',
  // A speaker with sound.
  noise: 'M3 9v6h4l5 4V5L7 9Zm13-1a5 5 0 0 1 0 8m3-11a9 9 0 0 1 0 14',
  // A traffic light.
  traffic: 'M8 2h8v20H8ZM12 6.5v.01M12 12v.01M12 17.5v.01M8 6H5m3 6H5m11-6h3m-3 6h3',
  // A building with a crack.
  building: 'M4 22V4h10v18M14 9h6v13M2 22h20M7 8h4M7 12h4M7 16h4m-1-12 1 3-2 2 1 3',
  // An office counter with a person.
  office: 'M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm-5 10a5 5 0 0 1 10 0M2 14h20v3H2Zm2 3v5m16-5v5',
  // A shield.
  safety: 'M12 2 4 5v6c0 5 3.5 9 8 11 4.5-2 8-6 8-11V5Zm-3 10 2 2 4-4',
  // A speech bubble.
  other: 'M4 4h16v12H9l-5 4ZM8 9h8m-8 3h5',
};

export interface CategoryIconSvgProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  name: CategoryIconName;
}

/** A category's icon; an unknown name (a newer configuration) falls back to `other`. */
export function CategoryIconSvg({ name, className, ...props }: CategoryIconSvgProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className ? `gm-category-icon ${className}` : 'gm-category-icon'}
      {...props}
    >
      <path d={paths[name] ?? paths.other} />
    </svg>
  );
}

export const categoryIconNames = /* @__PURE__ */ Object.keys(paths) as CategoryIconName[];
