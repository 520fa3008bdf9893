import { describeLocalePack } from '@govmini/test-support/locale-pack';
import { answerIssueMessages } from '../core/definition/messages';
import { dossierLocalePack } from './pack';

// Every module that declares a catalogue: the screens' messages.ts (and the lazily fetched answer
// renderers' file-messages.ts and the like), and the core's tables.
const modules: Record<string, Record<string, unknown>> = import.meta.glob(
  [
    '../**/*messages.ts',
    '../react/DossierDetail/service-error.ts',
    '../core/attachments/errors.ts',
  ],
  { eager: true },
);

// describeLocalePack compares {placeholders} exactly. The answer-issue messages place {label} or
// {labelLower} wherever each language's grammar wants the question's name, so they are checked
// in core/definition/messages.test.ts (same keys, same placeholders up to that case); every
// other key of the pack is checked here, through a view of the pack without `dossier.answer.*`.
const withoutAnswers = {
  name: `${dossierLocalePack.name} (screens, errors, attachments)`,
  entries: async (locale: 'en') =>
    Object.fromEntries(
      Object.entries(await dossierLocalePack.entries(locale)).filter(
        ([key]) => !key.startsWith(answerIssueMessages.prefix),
      ),
    ),
};
const rebound: Record<string, Record<string, unknown>> = {};
for (const [path, module] of Object.entries(modules)) {
  rebound[path] = Object.fromEntries(
    Object.entries(module)
      .filter(([, value]) => isCatalogue(value) && value !== answerIssueMessages)
      .map(([name, value]) => [name, { ...(value as object), pack: withoutAnswers }]),
  );
}

function isCatalogue(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { pack?: unknown }).pack === dossierLocalePack
  );
}

describeLocalePack(withoutAnswers, rebound);
