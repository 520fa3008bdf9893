import { describeLocalePack } from '@govmini/test-support/locale-pack';
import { authLocalePack } from './pack';

// The screens' catalogues (react/**/messages.ts) and the AuthErrorCode texts (messages/index.ts).
describeLocalePack(
  authLocalePack,
  import.meta.glob(['../**/messages.ts', '../messages/index.ts'], { eager: true }),
);
