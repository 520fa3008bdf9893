import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithAuth } from '../test-support';
import { maskPhoneForDisplay } from './mask-phone';
import { ProfileSummary } from './ProfileSummary';

describe('maskPhoneForDisplay', () => {
  it.each([
    ['+84912345678', '09•• ••• 678'],
    ['84912345678', '09•• ••• 678'],
    ['0912345678', '09•• ••• 678'],
    ['0912 345 678', '09•• ••• 678'],
    ['02431234567', '02• •••• •567'],
    ['12345', '•••••'],
  ])('%s → %s', (input, masked) => {
    expect(maskPhoneForDisplay(input)).toBe(masked);
  });
});

describe('ProfileSummary', () => {
  const profile = { zaloId: 'z1', name: 'Trần Thị Bình', phone: '+84912345678' };

  it('shows the name and masks phone and CCCD, for eyes and for screen readers', () => {
    renderWithAuth(<ProfileSummary profile={profile} cccd="001203012345" />);
    expect(screen.getByRole('heading', { name: 'Thông tin tài khoản' })).toBeTruthy();
    expect(screen.getByText('Trần Thị Bình')).toBeTruthy();
    const phone = screen.getByText('09•• ••• 678');
    expect(phone.getAttribute('aria-hidden')).toBe('true');
    expect(phone.parentElement?.textContent).toContain('đã che một phần, tận cùng là 6 7 8');
    expect(screen.getByText('001••••••345')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('912345678');
    expect(text).not.toContain('203012');
  });

  it('leaves out the CCCD row when there is none, and says when nobody is signed in', () => {
    renderWithAuth(<ProfileSummary />);
    expect(screen.getByText('Chưa đăng nhập.')).toBeTruthy();
    expect(screen.queryByText('Số CCCD')).toBeNull();
  });
});
