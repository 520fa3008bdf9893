// Each step of the release rehearsal (scripts/check-registry-release.mjs) is one test, in order,
// against one Verdaccio on 127.0.0.1: version and publish a copy of the repository, scaffold an app
// from the registry, install, one React, typecheck, tests, build, a second release and `pnpm
// update`, a `next` pre-release. A step after a failed one fails as "not run". Verdaccio is stopped
// and the temporary folder removed at the end, whatever happened.
import { afterAll, describe, expect, it } from 'vitest';
import { registryReleaseSteps } from '../../../scripts/check-registry-release.mjs';

const { steps, cleanup } = registryReleaseSteps();
let broken: string | undefined;

describe('a release through a real npm registry (Verdaccio), installed by a new app', () => {
  afterAll(() => cleanup({ keep: Boolean(process.env.GOVMINI_KEEP_REGISTRY_RUN) }));

  for (const step of steps) {
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
