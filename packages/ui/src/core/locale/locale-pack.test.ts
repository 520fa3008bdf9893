import { describe, expect, it, vi } from 'vitest';
import { defineCatalogue, formatMessage, translate } from './catalogue';
import {
  defineLocalePack,
  LocalePackLoadError,
  loadLocale,
  localePacks,
  localePacksVersion,
  subscribeLocalePacks,
} from './locale-pack';

let packs = 0;
const uniqueName = () => `@test/pack-${++packs}`;

describe('defineLocalePack', () => {
  it('reads Vietnamese until the pack is loaded, then the loaded texts', async () => {
    const loader = vi.fn(async () => ({ default: { 'x.greeting': 'Hello {name}' } }));
    const pack = defineLocalePack(uniqueName(), { en: loader });
    const catalogue = defineCatalogue(pack, 'x.', { greeting: 'Xin chào {name}' });
    expect(translate(catalogue, 'en', 'greeting', { name: 'Bình' })).toBe('Xin chào Bình');
    expect(pack.isLoaded('en')).toBe(false);
    expect(pack.isLoaded('vi')).toBe(true);
    await pack.load('en');
    expect(translate(catalogue, 'en', 'greeting', { name: 'Bình' })).toBe('Hello Bình');
    expect(translate(catalogue, 'vi', 'greeting', { name: 'Bình' })).toBe('Xin chào Bình');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('shares one request between concurrent loads and never loads twice', async () => {
    const loader = vi.fn(async () => ({ default: {} }));
    const pack = defineLocalePack(uniqueName(), { en: loader });
    await Promise.all([pack.load('en'), pack.load('en'), pack.load('en')]);
    await pack.load('en');
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('a failed load is a typed error, leaves Vietnamese, and can be retried', async () => {
    const loader = vi
      .fn<() => Promise<{ default: Record<string, string> }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: { 'y.k': 'English' } });
    const pack = defineLocalePack(uniqueName(), { en: loader });
    const catalogue = defineCatalogue(pack, 'y.', { k: 'Tiếng Việt' });
    const error = await pack.load('en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalePackLoadError);
    expect(error).toMatchObject({ locale: 'en', pack: pack.name });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(translate(catalogue, 'en', 'k')).toBe('Tiếng Việt');
    await pack.load('en');
    expect(translate(catalogue, 'en', 'k')).toBe('English');
  });

  it('declaring a name twice returns the first pack', () => {
    const name = uniqueName();
    const first = defineLocalePack(name, { en: async () => ({ default: {} }) });
    expect(defineLocalePack(name, { en: async () => ({ default: {} }) })).toBe(first);
    expect(localePacks().filter((p) => p.name === name)).toHaveLength(1);
  });

  it('app overrides win over every locale', async () => {
    const pack = defineLocalePack(uniqueName(), {
      en: async () => ({ default: { 'z.k': 'English' } }),
    });
    await pack.load('en');
    const catalogue = defineCatalogue(pack, 'z.', { k: 'Tiếng Việt' });
    const overrides = { 'z.k': 'Của tỉnh' };
    expect(translate(catalogue, 'en', 'k', {}, overrides)).toBe('Của tỉnh');
    expect(translate(catalogue, 'vi', 'k', {}, overrides)).toBe('Của tỉnh');
  });
});

describe('loadLocale', () => {
  it('loads every declared pack and tells subscribers', async () => {
    const a = defineLocalePack(uniqueName(), { en: async () => ({ default: {} }) });
    const b = defineLocalePack(uniqueName(), { en: async () => ({ default: {} }) });
    const listener = vi.fn();
    const unsubscribe = subscribeLocalePacks(listener);
    const before = localePacksVersion();
    await loadLocale('en');
    unsubscribe();
    expect(a.isLoaded('en') && b.isLoaded('en')).toBe(true);
    expect(listener).toHaveBeenCalled();
    expect(localePacksVersion()).toBeGreaterThan(before);
  });

  it('rejects when a pack cannot be fetched, after loading the others', async () => {
    const good = defineLocalePack(uniqueName(), { en: async () => ({ default: {} }) });
    const offlineOnce = vi
      .fn<() => Promise<{ default: Record<string, string> }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: {} });
    const bad = defineLocalePack(uniqueName(), { en: offlineOnce });
    await expect(loadLocale('en')).rejects.toBeInstanceOf(LocalePackLoadError);
    expect(good.isLoaded('en')).toBe(true);
    expect(bad.isLoaded('en')).toBe(false);
    await loadLocale('en');
    expect(bad.isLoaded('en')).toBe(true);
  });

  it('Vietnamese needs nothing loaded', async () => {
    await expect(loadLocale('vi')).resolves.toBeUndefined();
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});
