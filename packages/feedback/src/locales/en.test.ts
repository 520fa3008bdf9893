import { describeLocalePack } from '@govmini/test-support/locale-pack';
import { feedbackLocalePack } from './pack';

// Every module declaring a catalogue: the screens' messages.ts, core/messages.ts (errors,
// statuses, issues) and ReportDetail/service-error.ts.
describeLocalePack(
  feedbackLocalePack,
  import.meta.glob(['../**/messages.ts', '../react/ReportDetail/service-error.ts'], {
    eager: true,
  }),
);
