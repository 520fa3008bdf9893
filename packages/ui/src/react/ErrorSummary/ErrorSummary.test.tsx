import { cleanup, fireEvent } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateInput } from '../DateInput';
import { Radio, RadioGroup } from '../RadioGroup';
import { TextInput } from '../TextInput';
import { renderWithProvider } from '../test-utils';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

afterEach(cleanup);

// jsdom does not lay out or scroll; record what would be scrolled into view, and how.
const scrolled: Element[] = [];
const scrollOptions: (boolean | ScrollIntoViewOptions | undefined)[] = [];
beforeEach(() => {
  scrolled.length = 0;
  scrollOptions.length = 0;
  Element.prototype.scrollIntoView = function (
    this: Element,
    options?: boolean | ScrollIntoViewOptions,
  ) {
    scrolled.push(this);
    scrollOptions.push(options);
  };
});

/** jsdom has no matchMedia: this one says whether the citizen asked for less motion. */
function preferLessMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
  })) as unknown as typeof window.matchMedia;
}
afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia');
});

const errors: ErrorSummaryItem[] = [
  { fieldId: 'ho-ten', message: 'Vui lòng nhập họ và tên' },
  { fieldId: 'gioi-tinh', message: 'Vui lòng chọn giới tính' },
  { fieldId: 'ngay-sinh', message: 'Vui lòng nhập năm sinh' },
];

function Form({ list = errors }: { list?: ErrorSummaryItem[] }) {
  return (
    <>
      <ErrorSummary errors={list} />
      <TextInput id="ho-ten" label="Họ và tên" error="Vui lòng nhập họ và tên" />
      <RadioGroup id="gioi-tinh" label="Giới tính" error="Vui lòng chọn giới tính">
        <Radio value="nam" label="Nam" />
        <Radio value="nu" label="Nữ" />
      </RadioGroup>
      <DateInput
        id="ngay-sinh"
        label="Ngày sinh"
        error="Vui lòng nhập năm sinh"
        errorFields={['year']}
      />
    </>
  );
}

function ResubmittingPage() {
  const [list, setList] = useState(errors);
  const [, setTick] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setTick((n) => n + 1)}>
        render
      </button>
      <button type="button" onClick={() => setList(errors.slice(1))}>
        submit
      </button>
      <Form list={[...list]} />
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = renderWithProvider(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('is an alert titled "Có vấn đề cần sửa", focused on mount, with a link per error', () => {
    const { getByRole } = renderWithProvider(<Form />);
    const summary = getByRole('alert', { name: 'Có vấn đề cần sửa' });
    expect(summary.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(summary);
    expect(getByRole('heading', { level: 2 }).textContent).toBe('Có vấn đề cần sửa');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#ho-ten',
      '#gioi-tinh',
      '#ngay-sinh',
    ]);
    expect(links[0]?.textContent).toBe('Vui lòng nhập họ và tên');
  });

  it('taking focus, it scrolls its title into view: smoothly, unless less motion is asked', () => {
    preferLessMotion(false);
    const first = renderWithProvider(<Form />);
    const summary = first.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(scrolled).toEqual([summary]);
    expect(scrollOptions).toEqual([{ block: 'start', behavior: 'smooth' }]);
    first.unmount();

    preferLessMotion(true);
    renderWithProvider(<Form />);
    expect(scrollOptions.at(-1)).toEqual({ block: 'start', behavior: 'auto' });
  });

  it('a link focuses its field and scrolls its label into view, without changing the hash', () => {
    const { getByText, getByLabelText } = renderWithProvider(<Form />);
    const link = getByText('Vui lòng nhập họ và tên', { selector: 'a' });
    const click = fireEvent.click(link);
    expect(click).toBe(false); // default prevented
    expect(document.activeElement).toBe(getByLabelText('Họ và tên'));
    expect(scrolled.at(-1)?.tagName).toBe('LABEL');
    expect(window.location.hash).toBe('');
  });

  it('a link to a group focuses its first input and scrolls its legend into view', () => {
    const { getByText, getByLabelText } = renderWithProvider(<Form />);
    fireEvent.click(getByText('Vui lòng chọn giới tính', { selector: 'a' }));
    expect(document.activeElement).toBe(getByLabelText('Nam'));
    expect(scrolled.at(-1)?.tagName).toBe('LEGEND');
  });

  it('a link to a date focuses the box that is wrong', () => {
    const { getByText, getByLabelText } = renderWithProvider(<Form />);
    fireEvent.click(getByText('Vui lòng nhập năm sinh', { selector: 'a' }));
    expect(document.activeElement).toBe(getByLabelText('Năm'));
  });

  it('takes focus again when the errors change, not on every render', () => {
    const { getByText, getByRole } = renderWithProvider(<ResubmittingPage />);
    const render = getByText('render');
    render.focus();
    fireEvent.click(render);
    expect(document.activeElement).toBe(render);
    fireEvent.click(getByText('submit'));
    expect(document.activeElement).toBe(getByRole('alert'));
  });

  it('can leave focus alone, and forwards its ref', () => {
    const ref = createRef<HTMLDivElement>();
    const { getByRole } = renderWithProvider(
      <>
        <ErrorSummary
          ref={ref}
          errors={errors}
          disableAutoFocus
          description="Vui lòng sửa các mục dưới đây."
        />
        <TextInput id="ho-ten" label="Họ và tên" />
      </>,
    );
    expect(document.activeElement).toBe(document.body);
    expect(ref.current).toBe(getByRole('alert'));
    expect(getByRole('alert').textContent).toContain('Vui lòng sửa các mục dưới đây.');
  });

  it('speaks English, and takes an app override', () => {
    const en = renderWithProvider(<ErrorSummary errors={errors} />, { locale: 'en' });
    expect(en.getByRole('heading').textContent).toBe('There is a problem');
    cleanup();
    const custom = renderWithProvider(<ErrorSummary errors={errors} />, {
      messages: { 'errorSummary.title': 'Hồ sơ chưa đủ thông tin' },
    });
    expect(custom.getByRole('heading').textContent).toBe('Hồ sơ chưa đủ thông tin');
  });
});
