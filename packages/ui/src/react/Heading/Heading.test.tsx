import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Heading } from './Heading';

afterEach(cleanup);

describe('Heading', () => {
  it.each([1, 2, 3, 4] as const)('level %i renders h%i with its default size', (level) => {
    render(<Heading level={level}>Nộp hồ sơ</Heading>);
    const heading = screen.getByRole('heading', { level });
    expect(heading.tagName).toBe(`H${level}`);
    expect(heading.className).toBe(`gm-heading gm-heading--${['xl', 'l', 'm', 's'][level - 1]}`);
  });

  it('takes a size apart from its level, native props and the ref', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Heading ref={ref} level={1} size="m" id="tieu-de" className="extra">
        Đăng ký khai sinh
      </Heading>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' });
    expect(ref.current).toBe(heading);
    expect(heading.id).toBe('tieu-de');
    expect(heading.className).toBe('gm-heading gm-heading--m extra');
  });

  it('needs no provider (it has no words of its own)', () => {
    expect(() => render(<Heading level={2}>Hồ sơ của tôi</Heading>)).not.toThrow();
  });
});
