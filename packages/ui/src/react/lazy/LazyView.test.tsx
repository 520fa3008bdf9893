// A part fetched on demand: its placeholder until it arrives, drawn at once when preloaded, a
// failure with "Thử lại" that fetches again, the part's own errors left to the app, and focus
// kept when the part replaces a placeholder that held it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Component, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type LazyChunk, lazyChunk } from '../../core/lazy';
import { LazyView } from './LazyView';

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const offline = () => new TypeError('Failed to fetch dynamically imported module');

type Props = { name: string };
const Greeting = ({ name }: Props) => (
  <h2 tabIndex={-1} id="greeting">
    Xin chào {name}
  </h2>
);
const Broken = (): ReactNode => {
  throw new Error('bug in the part');
};

/** The app's own error boundary. */
class Outer extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Ứng dụng: {this.state.error.message}</p> : this.props.children;
  }
}

function view(chunk: LazyChunk<ComponentType<Props>>, refocus?: () => void) {
  return (
    <LazyView
      chunk={chunk}
      refocus={refocus}
      loading={
        <p tabIndex={-1} id="placeholder">
          Đang tải lời chào
        </p>
      }
      failed={(retry, retrying) => (
        <button type="button" onClick={retry} aria-busy={retrying}>
          Thử lại
        </button>
      )}
    >
      {(Part) => <Part name="Mai" />}
    </LazyView>
  );
}

describe('LazyView', () => {
  test('shows the placeholder until the code has arrived, then the part', async () => {
    const fetch = deferred<ComponentType<Props>>();
    render(view(lazyChunk(() => fetch.promise)));
    expect(screen.getByText('Đang tải lời chào')).toBeTruthy();
    await act(async () => fetch.resolve(Greeting));
    expect(screen.getByText('Xin chào Mai')).toBeTruthy();
    expect(screen.queryByText('Đang tải lời chào')).toBeNull();
  });

  test('once preloaded, the part is drawn in the first render, without a placeholder', async () => {
    const load = vi.fn(async () => Greeting);
    const chunk = lazyChunk(load);
    await Promise.all([chunk.preload(), chunk.preload()]);
    // Synchronous render: no act(async), no waiting.
    render(view(chunk));
    expect(screen.getByText('Xin chào Mai')).toBeTruthy();
    expect(screen.queryByText('Đang tải lời chào')).toBeNull();
    expect(load).toHaveBeenCalledOnce();
  });

  test('a failed preload is not final: drawing the part fetches it again', async () => {
    const load = vi
      .fn<() => Promise<ComponentType<Props>>>()
      .mockRejectedValueOnce(offline())
      .mockResolvedValueOnce(Greeting);
    const chunk = lazyChunk(load);
    await expect(chunk.preload()).resolves.toBeUndefined();
    render(view(chunk));
    expect(await screen.findByText('Xin chào Mai')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('a fetch that fails shows the failure; "Thử lại" stays, busy, until the next fetch ends', async () => {
    const second = deferred<ComponentType<Props>>();
    const load = vi
      .fn<() => Promise<ComponentType<Props>>>()
      .mockRejectedValueOnce(offline())
      .mockReturnValueOnce(second.promise);
    render(view(lazyChunk(load)));
    const retry = await screen.findByRole('button', { name: 'Thử lại' });
    expect(retry.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByText('Xin chào Mai')).toBeNull();
    fireEvent.click(retry);
    expect(screen.getByRole('button', { name: 'Thử lại' }).getAttribute('aria-busy')).toBe('true');
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => second.resolve(Greeting));
    expect(screen.getByText('Xin chào Mai')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
  });

  test('a retry that fails again shows the failure again, no longer busy', async () => {
    const load = vi.fn<() => Promise<ComponentType<Props>>>().mockRejectedValue(offline());
    render(view(lazyChunk(load)));
    fireEvent.click(await screen.findByRole('button', { name: 'Thử lại' }));
    await act(async () => undefined);
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Thử lại' }).getAttribute('aria-busy')).toBe('false');
  });

  test("an error of the part itself is not taken for a failed fetch: it reaches the app's boundary", async () => {
    const chunk = lazyChunk(async () => Broken as unknown as ComponentType<Props>);
    await chunk.preload();
    // React reports the caught error on window and the console too: expected here, kept quiet.
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Outer>{view(chunk)}</Outer>);
    expect(screen.getByText('Ứng dụng: bug in the part')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).toBeNull();
    spy.mockRestore();
    window.removeEventListener('error', quiet);
  });

  test('the part replacing a focused placeholder gets focus where `refocus` puts it', async () => {
    const fetch = deferred<ComponentType<Props>>();
    render(
      view(
        lazyChunk(() => fetch.promise),
        () => document.getElementById('greeting')?.focus(),
      ),
    );
    (document.getElementById('placeholder') as HTMLElement).focus();
    await act(async () => fetch.resolve(Greeting));
    expect(document.activeElement?.id).toBe('greeting');
  });

  test('focus elsewhere on the page stays where it is when the part arrives', async () => {
    const fetch = deferred<ComponentType<Props>>();
    const refocus = vi.fn();
    render(
      <>
        <button type="button">Khác</button>
        {view(
          lazyChunk(() => fetch.promise),
          refocus,
        )}
      </>,
    );
    screen.getByRole('button', { name: 'Khác' }).focus();
    await act(async () => fetch.resolve(Greeting));
    expect(document.activeElement?.textContent).toBe('Khác');
    expect(refocus).not.toHaveBeenCalled();
  });
});
