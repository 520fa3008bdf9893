import { act, cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProvider } from '../test-utils';
import { COUNT_ANNOUNCE_DELAY, countCharacters, TextArea } from './TextArea';

afterEach(cleanup);

const live = (container: HTMLElement) =>
  container.querySelector('[aria-live="polite"]') as HTMLElement;
const visibleCount = (container: HTMLElement) =>
  container.querySelector('.gm-textarea__count') as HTMLElement;

function TrimmingForm({ seen }: { seen: string[] }) {
  const [value, setValue] = useState('');
  return (
    <TextArea
      label="Nội dung"
      maxLength={10}
      value={value}
      onChange={(e) => {
        seen.push(e.target.value);
        setValue(e.target.value.trimStart());
      }}
    />
  );
}

describe('TextArea', () => {
  it('wires label, hint, error and the limit', () => {
    const { getByLabelText } = renderWithProvider(
      <TextArea
        id="noi-dung"
        label="Nội dung phản ánh"
        hint="Mô tả sự việc"
        error="Vui lòng nhập nội dung"
        maxLength={200}
      />,
    );
    const area = getByLabelText('Nội dung phản ánh') as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-describedby')).toBe(
      'noi-dung-hint noi-dung-error noi-dung-limit',
    );
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('noi-dung-limit')?.textContent).toBe(
      'Có thể nhập tối đa 200 ký tự.',
    );
  });

  it('never sets the native maxlength, so typing is never blocked', () => {
    const { getByLabelText } = renderWithProvider(<TextArea label="Nội dung" maxLength={5} />);
    const area = getByLabelText('Nội dung') as HTMLTextAreaElement;
    expect(area.hasAttribute('maxlength')).toBe(false);
    fireEvent.change(area, { target: { value: 'Đường hỏng nặng' } });
    expect(area.value).toBe('Đường hỏng nặng');
  });

  describe('character count', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('shows what is left, then what is over, and marks the box when over', () => {
      const { getByLabelText, container } = renderWithProvider(
        <TextArea label="Nội dung" maxLength={25} defaultValue="Đèn đường" />,
      );
      expect(visibleCount(container).textContent).toBe('Còn 16 ký tự');
      expect(visibleCount(container).getAttribute('aria-hidden')).toBe('true');
      const area = getByLabelText('Nội dung');
      fireEvent.change(area, { target: { value: 'Đèn đường ở tổ 5 bị hỏng đã hai tuần' } });
      expect(visibleCount(container).textContent).toBe('Vượt quá 11 ký tự');
      expect(visibleCount(container).className).toContain('gm-textarea__count--over');
      expect(area.className).toContain('gm-input--error');
      // Over the limit is not an error by itself: the form decides when it is sent.
      expect(area.hasAttribute('aria-invalid')).toBe(false);
    });

    it('announces politely only when typing pauses, and not on first render', () => {
      const { getByLabelText, container } = renderWithProvider(
        <TextArea label="Nội dung" maxLength={20} defaultValue="abc" />,
      );
      act(() => {
        vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY * 2);
      });
      expect(live(container).textContent).toBe('');
      const area = getByLabelText('Nội dung');
      fireEvent.change(area, { target: { value: 'abcd' } });
      act(() => {
        vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY / 2);
      });
      fireEvent.change(area, { target: { value: 'abcde' } });
      act(() => {
        vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY / 2);
      });
      expect(live(container).textContent).toBe('');
      act(() => {
        vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY);
      });
      expect(live(container).textContent).toBe('Còn 15 ký tự');
    });

    it('speaks English too', () => {
      const { getByLabelText, container } = renderWithProvider(
        <TextArea label="Details" maxLength={3} />,
        { locale: 'en' },
      );
      fireEvent.change(getByLabelText('Details'), { target: { value: 'abcde' } });
      act(() => {
        vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY);
      });
      expect(visibleCount(container).textContent).toBe('Characters over the limit: 2');
      expect(live(container).textContent).toBe('Characters over the limit: 2');
      expect(container.querySelector('.gm-visually-hidden')?.textContent).toBe(
        'Up to 3 characters.',
      );
    });
  });

  it('counts characters as people do (NFC, one per code point)', () => {
    expect(countCharacters('Tiếng Việt')).toBe(10);
    expect(countCharacters('Tiếng Việt'.normalize('NFD'))).toBe(10);
    expect(countCharacters('👍🏻')).toBe(2);
    expect(countCharacters('👍')).toBe(1);
  });

  it('works controlled, and calls the native onChange', () => {
    const seen: string[] = [];
    const { getByLabelText, container } = renderWithProvider(<TrimmingForm seen={seen} />);
    const area = getByLabelText('Nội dung') as HTMLTextAreaElement;
    fireEvent.change(area, { target: { value: '  ab' } });
    expect(seen).toEqual(['  ab']);
    expect(area.value).toBe('ab');
    expect(visibleCount(container).textContent).toBe('Còn 8 ký tự');
  });

  it('has no count without maxLength, and forwards the ref', () => {
    const ref = createRef<HTMLTextAreaElement>();
    const { container } = renderWithProvider(<TextArea ref={ref} label="Ghi chú" rows={3} />);
    expect(ref.current?.tagName).toBe('TEXTAREA');
    expect(ref.current?.rows).toBe(3);
    expect(visibleCount(container)).toBeNull();
    expect(live(container)).toBeNull();
  });
});
