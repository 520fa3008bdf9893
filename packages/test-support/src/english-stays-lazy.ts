// A citizen reading Vietnamese never downloads English: nothing a client entry loads imports the
// package's src/locales/en.ts statically (only the pack's `import('./en')`, which runs when
// English is asked for and which bundlers split into its own chunk), and no English text of the
// pack is left inline in a module those entries load.
//
//   describeEnglishStaysLazy({
//     entries: [['@govmini/dossier', source('../index.ts')]],
//     pack: source('./pack.ts'), english: source('./en.ts'), texts: en,
//   });
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { moduleGraph } from './module-graph';

export interface EnglishStaysLazyOptions {
  /** [name shown in the report, absolute path of the entry's source]. */
  readonly entries: readonly (readonly [string, string])[];
  /** Absolute paths of the locale pack (which each entry must load) and of its English module. */
  readonly pack: string;
  readonly english: string;
  /** The English texts, by key. */
  readonly texts: Readonly<Record<string, string>>;
  /** Sanity floors, so a broken graph or an emptied pack cannot pass by finding nothing. */
  readonly minFiles?: number;
  readonly minSentences?: number;
}

/** The texts a module ships: its string and template literals and JSX text (not comments). */
export function shippedTexts(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind));
  return found;
}

export function describeEnglishStaysLazy(options: EnglishStaysLazyOptions): void {
  const { entries, pack, english, texts, minFiles = 10, minSentences = 100 } = options;
  // Long enough to be a sentence, not a word like "Change" that a comment or a key could hold.
  const sentences = Object.entries(texts).filter(([, text]) => text.length >= 24);

  describe.each(entries.map(([name, entry]) => [name, entry] as const))('%s', (_, entry) => {
    const graph = moduleGraph(entry);

    it('loads the locale pack but not its English texts', () => {
      expect(graph.files.length).toBeGreaterThan(minFiles);
      expect(graph.files).toContain(pack);
      expect(graph.files).not.toContain(english);
    });

    it('has no English text of the pack inline in a module it loads', () => {
      expect(sentences.length).toBeGreaterThan(minSentences);
      const inline = graph.files.flatMap((file) => {
        const shipped = shippedTexts(file);
        return sentences
          .filter(([, sentence]) => shipped.some((text) => text.includes(sentence)))
          .map(([key]) => key);
      });
      expect(inline).toEqual([]);
    });
  });
}
