// The whole app, rendered as a citizen opens it: the province's home page with the chosen
// services, and the language switch (English is a pack loaded on demand).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProvinceApp } from './app';

afterEach(cleanup);

describe('the app', () => {
  it('opens on the home page with the province’s services', async () => {
    render(<ProvinceApp />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('{{displayName}}');
    const services = screen.getAllByRole('link').map((link) => link.textContent ?? '');
    // #if dossier
    expect(services.some((text) => text.startsWith('Nộp hồ sơ trực tuyến'))).toBe(true);
    // #endif
    // #if feedback
    expect(services.some((text) => text.startsWith('Gửi phản ánh, kiến nghị'))).toBe(true);
    // #endif
    expect(services.some((text) => text.startsWith('Tài khoản'))).toBe(true);
  });

  it('switches to English from “Cỡ chữ và ngôn ngữ”', async () => {
    render(<ProvinceApp />);
    fireEvent.click(await screen.findByRole('link', { name: /^Cỡ chữ và ngôn ngữ/ }));
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Text size and language',
    });
    expect(heading).toBeTruthy();
  });
});
