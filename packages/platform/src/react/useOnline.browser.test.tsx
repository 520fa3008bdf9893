// In real Chromium: a component using useOnline re-renders when the simulated network drops
// and comes back, and (with browserEvents) when the browser itself fires offline/online.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { createSimulatedPlatform, type SimulatedPlatform } from '../core/simulator';
import { PlatformProvider, useOnline } from './index';

// React's act() environment flag, as Testing Library sets it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Status() {
  const online = useOnline();
  return <p role="status">{online ? 'Đang có mạng' : 'Mất mạng'}</p>;
}

let root: Root | undefined;
let platform: SimulatedPlatform | undefined;
afterEach(() => {
  act(() => root?.unmount());
  platform?.dispose();
  document.body.replaceChildren();
});

function mount(browserEvents = false) {
  platform = createSimulatedPlatform({ browserEvents });
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const current = platform;
  act(() =>
    root?.render(
      <PlatformProvider platform={current}>
        <Status />
      </PlatformProvider>,
    ),
  );
  return { platform: current, status: () => host.querySelector('[role=status]')?.textContent };
}

it('re-renders when the simulator goes offline and back online', () => {
  const { platform, status } = mount();
  expect(navigator.userAgent).toContain('Chrome');
  expect(status()).toBe('Đang có mạng');
  act(() => platform.controls.update({ online: false }));
  expect(status()).toBe('Mất mạng');
  act(() => platform.controls.update({ online: true, networkType: 'cellular' }));
  expect(status()).toBe('Đang có mạng');
});

it('with browserEvents, follows the browser’s offline and online events', () => {
  const { status } = mount(true);
  // Real offline emulation would also cut Vitest's own connection to the page, so the
  // browser's answer is overridden on this navigator instance instead.
  let onLine = false;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => onLine });
  try {
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(status()).toBe('Mất mạng');
    onLine = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(status()).toBe('Đang có mạng');
  } finally {
    Reflect.deleteProperty(navigator, 'onLine');
  }
  expect(navigator.onLine).toBe(true);
});
