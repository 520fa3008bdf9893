// @vitest-environment node
// English must stay out of what a Vietnamese citizen downloads (see @govmini/test-support's
// english-stays-lazy for what is checked).
import { fileURLToPath } from 'node:url';
import { describeEnglishStaysLazy } from '@govmini/test-support/english-stays-lazy';
import en from './en';

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));

describeEnglishStaysLazy({
  entries: [
    ['@govmini/feedback', source('../index.ts')],
    ['@govmini/feedback/core', source('../core/index.ts')],
    ['@govmini/feedback/open311', source('../open311/index.ts')],
  ],
  pack: source('./pack.ts'),
  english: source('./en.ts'),
  texts: en,
  minFiles: 10,
  minSentences: 150,
});
