import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { Skeleton, SkeletonGroup } from './Skeleton';

describe('Skeleton', () => {
  it('alone: hidden shapes and one "Đang tải…" status', () => {
    const { container } = renderWithProvider(<Skeleton lines={3} />);
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');
    const shapes = container.querySelector('.gm-skeleton');
    expect(shapes?.getAttribute('aria-hidden')).toBe('true');
    expect(shapes?.querySelectorAll('.gm-skeleton__bone')).toHaveLength(3);
  });

  it('in a group: one status for all, every shape hidden', () => {
    const { container } = renderWithProvider(
      <SkeletonGroup label="Đang tải danh sách hồ sơ…">
        <Skeleton shape="heading" />
        <Skeleton lines={2} />
        <Skeleton shape="circle" />
        <Skeleton shape="block" height="8rem" />
      </SkeletonGroup>,
    );
    const statuses = screen.getAllByRole('status');
    expect(statuses).toHaveLength(1);
    expect(statuses[0]?.textContent).toBe('Đang tải danh sách hồ sơ…');
    expect(container.querySelectorAll('.gm-skeleton')).toHaveLength(4);
    for (const shape of container.querySelectorAll<HTMLElement>('.gm-skeleton')) {
      expect(shape.closest('[aria-hidden="true"]')).not.toBeNull();
    }
    expect(container.querySelector<HTMLElement>('.gm-skeleton--block')?.style.height).toBe('8rem');
  });

  it('a non-text shape has one bone whatever `lines` says', () => {
    const { container } = renderWithProvider(<Skeleton shape="circle" lines={4} />);
    expect(container.querySelectorAll('.gm-skeleton__bone')).toHaveLength(1);
  });

  it('English', () => {
    renderWithProvider(<Skeleton />, { locale: 'en' });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('does not pulse under prefers-reduced-motion', () => {
    const css = readFileSync(join(__dirname, 'Skeleton.css'), 'utf8');
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\) \{\s*\.gm-skeleton__bone \{\s*animation: none;/,
    );
  });
});
