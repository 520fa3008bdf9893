import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from './Card';

afterEach(cleanup);

describe('Card', () => {
  it('a surface with an h3 title and content', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Card ref={ref} title="Đăng ký khai sinh" id="c">
        <p>Mã hồ sơ: 000.00.06.H56-231027-0361</p>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(ref.current?.tagName).toBe('DIV');
    expect(ref.current?.className).toBe('gm-card');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('with href, the title is the one link of the card', () => {
    render(
      <ul>
        <Card as="li" title="Đăng ký thường trú" href="/ho-so/2" headingLevel={2}>
          <p>Đang xử lý</p>
        </Card>
      </ul>,
    );
    const link = screen.getByRole('link', { name: 'Đăng ký thường trú' });
    expect(link.getAttribute('href')).toBe('/ho-so/2');
    expect(link.closest('h2')).not.toBeNull();
    const item = screen.getByRole('listitem');
    expect(item.className).toBe('gm-card gm-card--link');
  });
});
