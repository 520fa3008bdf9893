import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type Catalogue, defineCatalogue, defineLocalePack } from '../../core/locale';
import { renderWithProvider } from '../test-utils';
import { useCatalogue } from './use-catalogue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function Text({ catalogue, k, name }: { catalogue: Catalogue<string>; k: string; name?: string }) {
  const t = useCatalogue(catalogue);
  return <p>{t(k, name ? { name } : undefined)}</p>;
}

describe('useCatalogue', () => {
  it('shows Vietnamese while the English pack loads, then English, loading it once', async () => {
    const arrival = deferred<{ default: Record<string, string> }>();
    const loader = vi.fn(() => arrival.promise);
    const pack = defineLocalePack('@test/use-catalogue', { en: loader });
    const catalogue = defineCatalogue(pack, 'demo.', { hello: 'Xin chào {name}' });
    renderWithProvider(
      <>
        <Text catalogue={catalogue} k="hello" name="Lan" />
        <Text catalogue={catalogue} k="hello" name="Minh" />
      </>,
      { locale: 'en' },
    );
    expect(screen.getByText('Xin chào Lan')).toBeTruthy();
    await act(async () => arrival.resolve({ default: { 'demo.hello': 'Hello {name}' } }));
    expect(await screen.findByText('Hello Lan')).toBeTruthy();
    expect(screen.getByText('Hello Minh')).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('loads nothing for Vietnamese', () => {
    const loader = vi.fn(async () => ({ default: {} }));
    const pack = defineLocalePack('@test/use-catalogue-vi', { en: loader });
    const catalogue = defineCatalogue(pack, '', { 'k.a': 'Chữ' });
    renderWithProvider(<Text catalogue={catalogue} k="k.a" />);
    expect(screen.getByText('Chữ')).toBeTruthy();
    expect(loader).not.toHaveBeenCalled();
  });

  it('stays in Vietnamese when the pack cannot be fetched', async () => {
    const loader = vi.fn(() => Promise.reject(new Error('offline')));
    const pack = defineLocalePack('@test/use-catalogue-offline', { en: loader });
    const catalogue = defineCatalogue(pack, '', { 'k.b': 'Vẫn đọc được' });
    renderWithProvider(<Text catalogue={catalogue} k="k.b" />, { locale: 'en' });
    await act(async () => {});
    expect(loader).toHaveBeenCalled();
    expect(screen.getByText('Vẫn đọc được')).toBeTruthy();
  });
});
