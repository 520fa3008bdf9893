import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedPlatform, type SimulatorOptions } from '../core/simulator';
import type { Platform } from '../core/types';
import {
  MissingPlatformProviderError,
  PlatformProvider,
  useAppLifecycle,
  useDarkMode,
  useOnline,
  usePermission,
  usePlatform,
} from './index';

const platforms: Platform[] = [];
function setup(options: SimulatorOptions = {}) {
  const platform = createSimulatedPlatform(options);
  platforms.push(platform);
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <PlatformProvider platform={platform}>{children}</PlatformProvider>
  );
  return { platform, wrapper };
}
afterEach(() => {
  cleanup();
  for (const platform of platforms.splice(0)) platform.dispose();
});

describe('PlatformProvider and usePlatform', () => {
  it('gives the platform to the tree', () => {
    const { platform, wrapper } = setup();
    const { result } = renderHook(() => usePlatform(), { wrapper });
    expect(result.current).toBe(platform);
  });

  it.each<[string, () => unknown]>([
    ['usePlatform', () => usePlatform()],
    ['useOnline', () => useOnline()],
    ['usePermission', () => usePermission('location')],
  ])('%s outside the provider names itself and the fix', (hook, use) => {
    // React reports the render error to the console and (in jsdom) to window.onerror: expected.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const swallow = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', swallow);
    let thrown: unknown;
    try {
      renderHook(use);
    } catch (error) {
      thrown = error;
    }
    window.removeEventListener('error', swallow);
    quiet.mockRestore();
    expect(thrown).toBeInstanceOf(MissingPlatformProviderError);
    expect((thrown as MissingPlatformProviderError).hook).toBe(hook);
    expect((thrown as Error).message).toContain(`${hook}()`);
    expect((thrown as Error).message).toContain('<PlatformProvider');
    expect((thrown as Error).message).toContain('GovMiniProvider');
  });
});

describe('useOnline and useDarkMode', () => {
  it('useOnline follows the network', () => {
    const { platform, wrapper } = setup();
    const { result } = renderHook(() => useOnline(), { wrapper });
    expect(result.current).toBe(true);
    act(() => platform.controls.update({ online: false }));
    expect(result.current).toBe(false);
    act(() => platform.controls.update({ online: true }));
    expect(result.current).toBe(true);
  });

  it('useDarkMode follows the host theme', () => {
    const { platform, wrapper } = setup({ system: { darkMode: true } });
    const { result } = renderHook(() => useDarkMode(), { wrapper });
    expect(result.current).toBe(true);
    act(() => platform.controls.update({ system: { darkMode: false } }));
    expect(result.current).toBe(false);
  });

  it('unsubscribes on unmount', () => {
    const { platform, wrapper } = setup();
    const { unmount } = renderHook(
      () => {
        useOnline();
        useDarkMode();
      },
      { wrapper },
    );
    unmount();
    const network = vi.fn();
    // A fresh listener still works, and nothing left behind throws.
    platform.system.onNetworkChange(network);
    platform.controls.update({ online: false, system: { darkMode: true } });
    expect(network).toHaveBeenCalledTimes(1);
  });
});

describe('usePermission', () => {
  it('reads the state, then asks and updates', async () => {
    const { platform, wrapper } = setup();
    const { result } = renderHook(() => usePermission('location'), { wrapper });
    expect(result.current.state).toBe('unknown');
    await waitFor(() => expect(platform.controls.history).toHaveLength(1));
    expect(result.current.state).toBe('unknown');
    let granted: boolean | undefined;
    await act(async () => {
      granted = await result.current.request();
    });
    expect(granted).toBe(true);
    expect(result.current).toMatchObject({ state: 'granted', pending: false });
  });

  it('is pending while the prompt is open', async () => {
    const { wrapper } = setup({ latencyMs: { authorize: 30 } });
    const { result } = renderHook(() => usePermission('camera'), { wrapper });
    let request: Promise<boolean> | undefined;
    act(() => {
      request = result.current.request();
    });
    expect(result.current.pending).toBe(true);
    await act(async () => {
      await request;
    });
    expect(result.current).toMatchObject({ state: 'granted', pending: false });
  });

  it('a refusal resolves false and shows denied; a decline at explain resolves false', async () => {
    const { wrapper } = setup({ permissions: { location: 'prompt-deny' } });
    const { result } = renderHook(() => usePermission('location'), { wrapper });
    await act(async () => {
      expect(await result.current.request({ explain: () => false })).toBe(false);
    });
    expect(result.current.state).toBe('unknown');
    await act(async () => {
      expect(await result.current.request()).toBe(false);
    });
    expect(result.current.state).toBe('denied');
  });

  it('other failures reject with the PlatformError', async () => {
    const { wrapper } = setup({ failures: { authorize: -1403 } });
    const { result } = renderHook(() => usePermission('location'), { wrapper });
    await act(async () => {
      await expect(result.current.request()).rejects.toMatchObject({ code: 'permission_denied' });
    });
    expect(result.current.pending).toBe(false);
  });

  it('reads again when the app is shown (the citizen may have changed it in settings)', async () => {
    const { platform, wrapper } = setup({ permissions: { camera: 'denied' } });
    const { result } = renderHook(() => usePermission('camera'), { wrapper });
    await waitFor(() => expect(result.current.state).toBe('denied'));
    platform.controls.setPermission('camera', 'granted');
    act(() => platform.controls.fire('shown'));
    await waitFor(() => expect(result.current.state).toBe('granted'));
  });
});

function Saver({ label, seen }: { label: string; seen: string[] }) {
  useAppLifecycle({
    onHidden: () => seen.push(`${label}:hidden`),
    onShown: () => seen.push(`${label}:shown`),
    onClosing: () => seen.push(`${label}:closing`),
  });
  return <p>{label}</p>;
}

describe('useAppLifecycle', () => {
  it('calls the latest handlers, subscribes once, and stops on unmount', () => {
    const { platform } = setup();
    const seen: string[] = [];
    const on = vi.spyOn(platform.lifecycle, 'on');
    const view = render(
      <PlatformProvider platform={platform}>
        <Saver label="a" seen={seen} />
      </PlatformProvider>,
    );
    act(() => platform.controls.fire('hidden'));
    view.rerender(
      <PlatformProvider platform={platform}>
        <Saver label="b" seen={seen} />
      </PlatformProvider>,
    );
    expect(screen.getByText('b')).toBeTruthy();
    act(() => {
      platform.controls.fire('shown');
      platform.controls.fire('closing');
    });
    expect(on).toHaveBeenCalledTimes(3);
    view.unmount();
    platform.controls.fire('hidden');
    expect(seen).toEqual(['a:hidden', 'b:shown', 'b:closing']);
  });
});
