import { fireEvent, screen } from '@testing-library/react';
import { createRef, type FormEvent, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MissingGovMiniProviderError } from '../provider/context';
import { renderError, renderWithProvider } from '../test-utils';
import { Button } from './Button';

const onSubmitSpy = vi.fn();

/** A form whose button shows "loading" once submitted. */
function Form() {
  const [sending, setSending] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmitSpy();
        setSending(true);
      }}
    >
      <Button type="submit" loading={sending}>
        Nộp hồ sơ
      </Button>
    </form>
  );
}

describe('Button', () => {
  it('is a native button of type "button" unless a type is given', () => {
    renderWithProvider(
      <>
        <Button>Tiếp tục</Button>
        <Button type="submit">Nộp hồ sơ</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Tiếp tục' }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('button', { name: 'Nộp hồ sơ' }).getAttribute('type')).toBe('submit');
  });

  it('does not submit its form by default', () => {
    const onSubmit = vi.fn((e: FormEvent) => e.preventDefault());
    renderWithProvider(
      <form onSubmit={onSubmit}>
        <Button>Thêm người</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('has a class per variant and passes native props and the ref', () => {
    const ref = createRef<HTMLButtonElement>();
    renderWithProvider(
      <Button ref={ref} variant="warning" className="extra" data-testid="b" fullWidth>
        Xoá tệp
      </Button>,
    );
    const button = screen.getByTestId('b');
    expect(ref.current).toBe(button);
    expect(button.className).toBe('gm-button gm-button--warning gm-button--full extra');
  });

  it('calls onClick when not loading', () => {
    const onClick = vi.fn();
    renderWithProvider(<Button onClick={onClick}>Tiếp tục</Button>);
    fireEvent.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while loading: aria-busy, aria-disabled, "Đang xử lý…", still focusable, clicks ignored', () => {
    const onClick = vi.fn();
    renderWithProvider(
      <Button loading onClick={onClick}>
        Nộp hồ sơ
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Nộp hồ sơ Đang xử lý…' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    // The spinner is decoration: only the text is read.
    expect(button.querySelector('.gm-button__spinner')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps the label in the DOM while loading, so the width holds', () => {
    renderWithProvider(<Button loading>Nộp hồ sơ</Button>);
    expect(screen.getByRole('button').querySelector('.gm-button__label')?.textContent).toBe(
      'Nộp hồ sơ',
    );
  });

  it('submits a form once when tapped twice', () => {
    onSubmitSpy.mockClear();
    renderWithProvider(<Form />);
    const button = screen.getByRole('button');
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmitSpy).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks when aria-disabled is given', () => {
    const onClick = vi.fn();
    renderWithProvider(
      <Button aria-disabled onClick={onClick}>
        Tiếp tục
      </Button>,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(onClick).not.toHaveBeenCalled();
  });

  it('speaks English and takes message overrides', () => {
    const { unmount } = renderWithProvider(<Button loading>Submit</Button>, { locale: 'en' });
    expect(screen.getByRole('button', { name: 'Submit Processing…' })).toBeTruthy();
    unmount();
    renderWithProvider(<Button loading>Gửi</Button>, {
      messages: { 'button.loading': 'Đang gửi…' },
    });
    expect(screen.getByRole('button', { name: 'Gửi Đang gửi…' })).toBeTruthy();
  });

  it('names itself when rendered outside the provider', () => {
    const error = renderError(<Button>Tiếp tục</Button>);
    expect(error).toBeInstanceOf(MissingGovMiniProviderError);
    expect((error as Error).message).toMatch(/^Button must be rendered inside/);
  });
});
