import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { Link } from './Link';

describe('Link', () => {
  it('is a native link with its href, class and ref', () => {
    const ref = createRef<HTMLAnchorElement>();
    renderWithProvider(
      <Link ref={ref} href="/ho-so" className="extra">
        Xem hồ sơ
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Xem hồ sơ' });
    expect(ref.current).toBe(link);
    expect(link.getAttribute('href')).toBe('/ho-so');
    expect(link.className).toBe('gm-link extra');
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.hasAttribute('rel')).toBe(false);
  });

  it('external: new page, rel noopener noreferrer, and says so', () => {
    renderWithProvider(
      <Link href="https://dichvucong.gov.vn" external rel="help">
        Cổng Dịch vụ công quốc gia
      </Link>,
    );
    const link = screen.getByRole('link', {
      name: 'Cổng Dịch vụ công quốc gia (mở trang mới)',
    });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('help noopener noreferrer');
    expect(link.querySelector('.gm-visually-hidden')?.textContent).toBe('(mở trang mới)');
  });

  it('says it in English', () => {
    renderWithProvider(
      <Link href="https://example.org" external>
        Portal
      </Link>,
      { locale: 'en' },
    );
    expect(screen.getByRole('link', { name: 'Portal (opens in a new tab)' })).toBeTruthy();
  });
});
