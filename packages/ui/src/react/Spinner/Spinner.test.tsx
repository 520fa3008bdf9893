import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { Spinner } from './Spinner';

describe('Spinner', () => {
  it('is a status named "Đang tải…"; the ring is hidden', () => {
    renderWithProvider(<Spinner />);
    const status = screen.getByRole('status', { name: 'Đang tải…' });
    expect(status.textContent).toBe('Đang tải…');
    expect(status.querySelector('.gm-spinner__circle')?.getAttribute('aria-hidden')).toBe('true');
    expect(status.querySelector('.gm-visually-hidden')).not.toBeNull();
  });

  it('takes a label of its own, can show it, sizes, ref', () => {
    const ref = createRef<HTMLSpanElement>();
    renderWithProvider(<Spinner ref={ref} label="Đang tải hồ sơ…" showLabel size="large" />);
    const status = screen.getByRole('status', { name: 'Đang tải hồ sơ…' });
    expect(ref.current).toBe(status);
    expect(status.className).toBe('gm-spinner gm-spinner--large');
    expect(status.querySelector('.gm-spinner__label')?.textContent).toBe('Đang tải hồ sơ…');
  });

  it('English and overrides', () => {
    const { unmount } = renderWithProvider(<Spinner />, { locale: 'en' });
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    unmount();
    renderWithProvider(<Spinner />, { messages: { 'spinner.label': 'Chờ một chút…' } });
    expect(screen.getByRole('status', { name: 'Chờ một chút…' })).toBeTruthy();
  });

  it('stands still under prefers-reduced-motion', () => {
    const css = readFileSync(join(__dirname, 'Spinner.css'), 'utf8');
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\) \{\s*\.gm-spinner__circle \{\s*animation: none;/,
    );
  });
});
