// @vitest-environment node
// A citizen reading Vietnamese never downloads English (see @govmini/test-support's
// english-stays-lazy for what is checked).
import { fileURLToPath } from 'node:url';
import { describeEnglishStaysLazy } from '@govmini/test-support/english-stays-lazy';
import en from './en';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

describeEnglishStaysLazy({
  entries: [
    ['@govmini/dossier', source('../index.ts')],
    ['@govmini/dossier/core', source('../core/index.ts')],
  ],
  pack: source('./pack.ts'),
  english: source('./en.ts'),
  texts: en,
  minFiles: 20,
  minSentences: 200,
});
