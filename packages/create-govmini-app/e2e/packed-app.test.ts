// Each step of the packed-app proof is one test, in order, over one temporary app: pack every
// publishable package, check the tarballs, scaffold with the packed create-govmini-app outside
// the workspace, install, one React, typecheck, the app's tests, build. Then the guide's steps
// on the same app (guide-steps.ts): its screenshots in Chromium, its edits, a rebuild. A step
// after a failed one fails as "not run" rather than pass unchecked. The temporary folder is
// removed at the end.
import { afterAll, describe, expect, it } from 'vitest';
import { packedAppSteps } from '../../../scripts/check-packed-app.mjs';
import { guideSteps } from './guide-steps';

const { steps, context, cleanup } = packedAppSteps();
let broken: string | undefined;

describe('the published packages, packed and used by a new app', () => {
  afterAll(() => cleanup({ keep: Boolean(process.env.GOVMINI_KEEP_PACKED_APP) }));

  for (const step of [...steps, ...guideSteps(context)]) {
    it(step.name, async () => {
      expect(broken, `not run: "${broken}" failed`).toBeUndefined();
      try {
        await step.run();
      } catch (error) {
        broken = step.name;
        throw error;
      }
    });
  }
});
