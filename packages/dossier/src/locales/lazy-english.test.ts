// @vitest-environment node
// A citizen reading Vietnamese never downloads English: nothing a client entry loads imports
// ./en.ts statically (only the pack's `import('./en')`, which runs when English is asked for and
// which bundlers split into its own chunk), and no English text of the pack is left inline in a
// module those entries load.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '@govmini/test-support/module-graph';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from './en';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const englishPack = source('./en.ts');

/** The texts a module ships: its string and template literals and JSX text (not comments). */
function literals(file: string): string[] {
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

// Long enough to be a sentence, not a word like "Change" that a comment or a key could hold.
const sentences = Object.entries(en).filter(([, text]) => text.length >= 24);

describe.each([
  ['@govmini/dossier', '../index.ts'],
  ['@govmini/dossier/core', '../core/index.ts'],
])('%s', (_, entry) => {
  const graph = moduleGraph(source(entry));

  it('loads the locale pack but not its English texts', () => {
    expect(graph.files.length).toBeGreaterThan(20);
    expect(graph.files).toContain(source('./pack.ts'));
    expect(graph.files).not.toContain(englishPack);
  });

  it('has no English text of the pack inline in a module it loads', () => {
    expect(sentences.length).toBeGreaterThan(200);
    const inline = graph.files.flatMap((file) => {
      const texts = literals(file);
      return sentences
        .filter(([, sentence]) => texts.some((text) => text.includes(sentence)))
        .map(([key]) => key);
    });
    expect(inline).toEqual([]);
  });
});
