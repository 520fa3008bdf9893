import { screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { Notice, type NoticeVariant } from './Notice';

describe('Notice', () => {
  it.each([
    ['info', 'Thông tin:'],
    ['success', 'Thành công:'],
    ['warning', 'Lưu ý:'],
    ['error', 'Lỗi:'],
  ] as [NoticeVariant, string][])('%s: the title is read after "%s"', (variant, prefix) => {
    renderWithProvider(
      <Notice variant={variant} title="Hồ sơ cần bổ sung">
        Vui lòng nộp thêm bản sao giấy khai sinh.
      </Notice>,
    );
    const title = screen.getByRole('heading', { level: 2, name: `${prefix} Hồ sơ cần bổ sung` });
    expect(title.querySelector('.gm-visually-hidden')?.textContent).toBe(prefix);
    expect(screen.getByText('Vui lòng nộp thêm bản sao giấy khai sinh.')).toBeTruthy();
  });

  it('the icon is hidden from screen readers', () => {
    const { container } = renderWithProvider(<Notice title="Đã lưu" />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('info and success are polite status regions', () => {
    renderWithProvider(
      <>
        <Notice variant="info" title="Thông báo" />
        <Notice variant="success" title="Đã gửi" />
      </>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(2);
  });

  it('warning and error are live only when announced; error then is an alert', () => {
    const { rerender } = renderWithProvider(
      <>
        <Notice variant="warning" title="Sắp hết hạn" />
        <Notice variant="error" title="Chưa gửi được" />
      </>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <>
        <Notice variant="warning" title="Sắp hết hạn" announce />
        <Notice variant="error" title="Chưa gửi được" announce />
      </>,
    );
    expect(screen.getByRole('status').textContent).toContain('Sắp hết hạn');
    expect(screen.getByRole('alert').textContent).toContain('Chưa gửi được');
  });

  it('without a title the prefix leads the body; heading level and no heading', () => {
    const { container, rerender } = renderWithProvider(
      <Notice variant="warning">Hồ sơ chưa được gửi.</Notice>,
    );
    expect(container.textContent).toBe('Lưu ý: Hồ sơ chưa được gửi.');
    expect(screen.queryByRole('heading')).toBeNull();
    rerender(<Notice title="Tiêu đề" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    rerender(<Notice title="Tiêu đề" headingLevel={false} />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(container.querySelector('p.gm-notice__title')?.textContent).toBe('Thông tin: Tiêu đề');
  });

  it('native props, class and ref; English prefixes', () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProvider(<Notice ref={ref} id="n" variant="error" title="Not sent" />, {
      locale: 'en',
    });
    expect(ref.current?.id).toBe('n');
    expect(ref.current?.className).toBe('gm-notice gm-notice--error');
    expect(screen.getByRole('heading', { name: 'Error: Not sent' })).toBeTruthy();
  });
});
