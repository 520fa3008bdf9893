import { cleanup, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { StepIndicator } from './StepIndicator';

afterEach(cleanup);

const steps = ['Chọn thủ tục', 'Thông tin người nộp', 'Giấy tờ', 'Kiểm tra', 'Nộp hồ sơ'];

describe('StepIndicator', () => {
  it('says "Bước 2 trên 5: Thông tin người nộp" first', () => {
    const { container } = renderWithProvider(<StepIndicator current={2} steps={steps} />);
    expect(container.querySelector('p')?.textContent).toBe('Bước 2 trên 5: Thông tin người nộp');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('works with a total and a title, or a count alone, and clamps the step', () => {
    const { container, rerender } = renderWithProvider(
      <StepIndicator current={3} total={4} title="Ảnh giấy tờ" />,
    );
    expect(container.querySelector('p')?.textContent).toBe('Bước 3 trên 4: Ảnh giấy tờ');
    rerender(<StepIndicator current={9} total={4} />);
    expect(container.querySelector('p')?.textContent).toBe('Bước 4 trên 4');
  });

  it('draws a decorative bar hidden from screen readers', () => {
    const { container } = renderWithProvider(
      <StepIndicator current={2} steps={steps} showProgress />,
    );
    const bar = container.querySelector('.gm-step-indicator__bar') as HTMLElement;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('40%');
  });

  it('lists the steps with aria-current="step" and hidden "Đã xong:" on finished ones', () => {
    renderWithProvider(<StepIndicator current={3} steps={steps} variant="list" />);
    const list = screen.getByRole('list', { name: 'Các bước' });
    expect(list.tagName).toBe('OL');
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-current'))).toEqual([
      null,
      null,
      'step',
      null,
      null,
    ]);
    expect(items[0]?.textContent).toBe('✓Đã xong: Chọn thủ tục');
    expect(items[0]?.querySelector('[aria-hidden]')?.textContent).toBe('✓');
    expect(items[3]?.textContent).toBe('4Kiểm tra');
  });

  it('forwards the ref and native props', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProvider(<StepIndicator ref={ref} current={1} total={2} id="buoc" />);
    expect(ref.current?.id).toBe('buoc');
    expect(ref.current?.className).toBe('gm-step-indicator');
  });

  it('speaks English', () => {
    const { container } = renderWithProvider(
      <StepIndicator current={2} steps={['Service', 'Applicant']} variant="list" />,
      { locale: 'en' },
    );
    expect(container.querySelector('p')?.textContent).toBe('Step 2 of 2: Applicant');
    expect(screen.getByRole('list', { name: 'Steps' })).toBeTruthy();
  });
});
