import { createSimulatedPlatform } from '@govmini/platform';
import { GovMiniProvider } from '@govmini/ui';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storyCategories } from '../stories-support';
import { CategoryPicker } from './CategoryPicker';

afterEach(cleanup);
const renderIn = (ui: React.ReactElement, locale: 'vi' | 'en' = 'vi') =>
  render(
    <GovMiniProvider platform={createSimulatedPlatform()} locale={locale} applyTo="none">
      {ui}
    </GovMiniProvider>,
  );

describe('CategoryPicker', () => {
  it('offers every category with what it covers, the agency and the answer time, none chosen', () => {
    renderIn(<CategoryPicker categories={storyCategories} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(storyCategories.length);
    expect(radios.some((r) => r.checked)).toBe(false);
    const flood = screen.getByLabelText('Ngập úng, thoát nước');
    const hint = document.getElementById(flood.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Ngập sau mưa');
    expect(hint?.textContent).toContain('Cơ quan xử lý: Công ty Thoát nước đô thị.');
    expect(hint?.textContent).toContain('Thời hạn trả lời: 3 ngày làm việc.');
  });

  it('shows a category notice only while it is chosen, and reports the choice', () => {
    const onValueChange = vi.fn();
    renderIn(<CategoryPicker categories={storyCategories} onValueChange={onValueChange} />);
    const notice = screen.getByText(
      'Trường hợp khẩn cấp gây nguy hiểm đến tính mạng, vui lòng gọi 114.',
    );
    expect(notice.closest('[hidden]')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('Ngập úng, thoát nước'));
    expect(onValueChange).toHaveBeenCalledWith('ngap-ung');
    expect(notice.closest('[hidden]')).toBeNull();
  });

  it('in English', () => {
    renderIn(<CategoryPicker categories={storyCategories} />, 'en');
    expect(screen.getByRole('group', { name: 'What kind of problem is it?' })).toBeTruthy();
    expect(screen.getByLabelText('Flooding and drainage')).toBeTruthy();
  });
});
