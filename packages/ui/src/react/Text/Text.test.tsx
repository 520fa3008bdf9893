import { cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Text } from './Text';

afterEach(cleanup);

describe('Text', () => {
  it('is a paragraph of body text by default', () => {
    render(<Text>Hồ sơ được giải quyết trong 5 ngày làm việc.</Text>);
    const p = screen.getByText('Hồ sơ được giải quyết trong 5 ngày làm việc.');
    expect(p.tagName).toBe('P');
    expect(p.className).toBe('gm-text gm-text--body');
  });

  it.each(['lead', 'small'] as const)('variant %s', (variant) => {
    render(<Text variant={variant}>Chữ</Text>);
    expect(screen.getByText('Chữ').className).toBe(`gm-text gm-text--${variant}`);
  });

  it('secondary colour, another element, native props and the ref', () => {
    const ref = createRef<HTMLParagraphElement>();
    render(
      <Text ref={ref} as="span" variant="small" secondary id="ngay-nop">
        Ngày nộp: 12/03/2025
      </Text>,
    );
    const el = screen.getByText('Ngày nộp: 12/03/2025');
    expect(el.tagName).toBe('SPAN');
    expect(el.id).toBe('ngay-nop');
    expect(ref.current).toBe(el);
    expect(el.className).toBe('gm-text gm-text--small gm-text--secondary');
  });
});
