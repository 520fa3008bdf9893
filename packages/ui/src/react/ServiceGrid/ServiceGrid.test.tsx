import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceGrid, ServiceTile } from './ServiceGrid';

afterEach(cleanup);

const icon = (
  <svg viewBox="0 0 24 24">
    <title>should not be read</title>
    <path d="M0 0h24v24H0z" />
  </svg>
);

describe('ServiceGrid', () => {
  it('a labelled list of tiles: links and buttons named by their label only', () => {
    const onClick = vi.fn();
    render(
      <ServiceGrid aria-label="Dịch vụ">
        <ServiceTile href="/nop-ho-so" icon={icon} label="Nộp hồ sơ" />
        <ServiceTile onClick={onClick} icon={icon} label="Tra cứu hồ sơ" />
      </ServiceGrid>,
    );
    const list = screen.getByRole('list', { name: 'Dịch vụ' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Nộp hồ sơ' }).getAttribute('href')).toBe('/nop-ho-so');
    const button = screen.getByRole('button', { name: 'Tra cứu hồ sơ' });
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    for (const el of document.querySelectorAll('.gm-service-tile__icon')) {
      expect(el.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('a description is read with the label; refs reach the link and the list', () => {
    const listRef = createRef<HTMLUListElement>();
    const tileRef = createRef<HTMLAnchorElement | HTMLButtonElement>();
    render(
      <ServiceGrid ref={listRef} aria-label="Dịch vụ">
        <ServiceTile
          ref={tileRef}
          href="/ho-so"
          label="Hồ sơ của tôi"
          description="2 cần bổ sung"
        />
      </ServiceGrid>,
    );
    const link = screen.getByRole('link', { name: 'Hồ sơ của tôi 2 cần bổ sung' });
    expect(tileRef.current).toBe(link);
    expect(listRef.current?.className).toBe('gm-service-grid');
  });
});
