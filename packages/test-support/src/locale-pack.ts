// Checks one package's English locale pack against its Vietnamese catalogues: every key has a
// text, the same {placeholders}, NFC, and no stray keys. The pack's en.ts is also typed against
// the catalogues; this catches what types cannot (placeholders, normalisation, empty texts).
//
//   describeLocalePack(dossierLocalePack, import.meta.glob('../**/messages.ts', { eager: true }));
import { describe, expect, it } from 'vitest';

interface PackLike {
  readonly name: string;
  entries(locale: 'en'): Promise<Readonly<Record<string, string>>>;
}

interface CatalogueLike {
  readonly prefix: string;
  readonly vi: Readonly<Record<string, string>>;
  readonly pack: PackLike;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function cataloguesOf(pack: PackLike, modules: Record<string, unknown>): CatalogueLike[] {
  const found = new Set<CatalogueLike>();
  for (const module of Object.values(modules)) {
    for (const value of Object.values(module as Record<string, unknown>)) {
      const candidate = value as Partial<CatalogueLike> | null;
      if (candidate && typeof candidate === 'object' && candidate.pack === pack) {
        found.add(candidate as CatalogueLike);
      }
    }
  }
  return [...found];
}

/** Defines the tests; `modules` are the package's modules that export catalogues. */
export function describeLocalePack(pack: PackLike, modules: Record<string, unknown>): void {
  const catalogues = cataloguesOf(pack, modules);

  describe(`${pack.name} English locale pack`, () => {
    it('finds the catalogues it checks', () => {
      expect(catalogues.length).toBeGreaterThan(0);
    });

    it('has every Vietnamese key, with the same placeholders, in NFC', async () => {
      const en = await pack.entries('en');
      const problems: string[] = [];
      for (const catalogue of catalogues) {
        for (const [key, vi] of Object.entries(catalogue.vi)) {
          const fullKey = catalogue.prefix + key;
          const text = en[fullKey];
          if (!text?.trim()) problems.push(`${fullKey}: no English text`);
          else if (placeholders(text).join() !== placeholders(vi).join())
            problems.push(
              `${fullKey}: placeholders {${placeholders(vi)}} in vi, {${placeholders(text)}} in en`,
            );
          if (vi !== vi.normalize('NFC')) problems.push(`${fullKey}: Vietnamese not NFC`);
          if (text && text !== text.normalize('NFC')) problems.push(`${fullKey}: English not NFC`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has no key that no catalogue declares', async () => {
      const declared = new Set(
        catalogues.flatMap((c) => Object.keys(c.vi).map((key) => c.prefix + key)),
      );
      const stray = Object.keys(await pack.entries('en')).filter((key) => !declared.has(key));
      expect(stray).toEqual([]);
    });
  });
}
