import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from './EmptyState';

afterEach(cleanup);

describe('EmptyState', () => {
  it('a heading, a body and one action', () => {
    render(
      <EmptyState
        title="Chưa có hồ sơ nào"
        action={<a href="/nop-ho-so">Nộp hồ sơ mới</a>}
        illustration={<svg />}
      >
        <p>Hồ sơ đã nộp sẽ hiện ở đây.</p>
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Chưa có hồ sơ nào' })).toBeTruthy();
    expect(screen.getByText('Hồ sơ đã nộp sẽ hiện ở đây.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nộp hồ sơ mới' })).toBeTruthy();
    expect(
      document.querySelector('.gm-empty-state__illustration')?.getAttribute('aria-hidden'),
    ).toBe('true');
  });

  it('heading level, no body or action, native props and ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<EmptyState ref={ref} id="trong" title="Không tìm thấy" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    expect(ref.current?.id).toBe('trong');
    expect(ref.current?.querySelector('.gm-empty-state__body')).toBeNull();
    expect(ref.current?.querySelector('.gm-empty-state__action')).toBeNull();
  });
});
